// Hand-written postings and a clock for the personal reminder tests.
import { posting } from '../reminders/helpers.ts';

export const POSTINGS = [
  posting('xrootd-monitoring', '2025-06-20', {
    title: 'XRootD data monitoring developer',
    experiment: null,
    skills: ['Python'],
  }),
  posting('dirac-grid', '2025-06-27', {
    title: 'DIRAC grid software engineer',
    experiment: 'LHCb',
    skills: ['Python'],
  }),
  posting('cms-trigger', '2025-06-13', { title: 'CMS trigger software engineer', experiment: 'CMS' }),
  posting('cms-dqm', '2025-07-10', { title: 'CMS DQM shift manager', experiment: 'CMS' }),
  posting('old-call', '2025-05-01', { title: 'Detector alignment fellow', experiment: 'ATLAS' }),
];

/** 09:00 in Zurich on a June 2025 day. */
export const june = (day: number) => new Date(`2025-06-${String(day).padStart(2, '0')}T07:00:00Z`);

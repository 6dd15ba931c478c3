import { describe, expect, it } from 'vitest';
import { matchesFilter, subscriptionMatches } from '../../src/reminders/filter.ts';
import { posting } from './helpers.ts';

const cern = posting('cern-cpp', '2025-06-20');
const lyon = posting('lyon-k8s', '2025-06-20', {
  title: 'Cloud engineer for the computing centre',
  organisation: 'CC-IN2P3',
  experiment: null,
  location: { text: 'Villeurbanne (Lyon)', line: 2 },
  country: 'France',
  skills: ['Kubernetes', 'Go', 'Machine learning'],
});
const zurich = posting('zurich', null, { location: { text: 'Zürich', line: 2 }, country: 'Switzerland' });

describe('matchesFilter', () => {
  it('matches everything without a filter', () => {
    expect(matchesFilter(cern, null)).toBe(true);
    expect(matchesFilter(cern, '  ')).toBe(true);
  });

  it.each([
    ['C++', cern, true],
    ['c++', lyon, false],
    ['CMS', cern, true],
    ['cms', lyon, false],
    ['France', lyon, true],
    ['kubernetes', lyon, true],
    ['Kubernetes France', lyon, true],
    ['kubernetes switzerland', lyon, false],
    ['lyon', lyon, true],
    ['CC-IN2P3', lyon, true],
    ['machine learning', lyon, true],
    ['go', lyon, true],
    ['cloud', lyon, true],
    ['zurich', zurich, true],
    ['CERN, python', cern, true],
    ['java', cern, false],
  ])('%s -> %s', (filter, p, expected) => {
    expect(matchesFilter(p, filter)).toBe(expected);
  });

  it('does not match a word inside another word', () => {
    expect(matchesFilter(cern, 'C')).toBe(false);
    expect(matchesFilter(lyon, 'kube')).toBe(false);
  });
});

describe('subscriptionMatches', () => {
  it('with neither posting ids nor a filter, matches every posting (a channel subscription)', () => {
    expect(subscriptionMatches(cern, { filter: null })).toBe(true);
    expect(subscriptionMatches(lyon, { filter: null, postingIds: [] })).toBe(true);
  });

  it('with posting ids and no filter, matches only those postings', () => {
    const sub = { filter: null, postingIds: ['lyon-k8s'] };
    expect(subscriptionMatches(lyon, sub)).toBe(true);
    expect(subscriptionMatches(cern, sub)).toBe(false);
    expect(subscriptionMatches(zurich, { filter: '  ', postingIds: ['lyon-k8s'] })).toBe(false);
  });

  it('with both, matches a named posting or one that matches the filter', () => {
    const sub = { filter: 'France', postingIds: ['zurich'] };
    expect(subscriptionMatches(zurich, sub)).toBe(true);
    expect(subscriptionMatches(lyon, sub)).toBe(true);
    expect(subscriptionMatches(cern, sub)).toBe(false);
  });

  it('with a filter alone, is the filter', () => {
    expect(subscriptionMatches(cern, { filter: 'CMS' })).toBe(true);
    expect(subscriptionMatches(lyon, { filter: 'CMS' })).toBe(false);
  });
});

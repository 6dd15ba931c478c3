import { describe, expect, it } from 'vitest';
import { extractWorkload } from '../../src/facts/workload.ts';
import { entry } from './entry.ts';

const fteOf = (...lines: string[]) => extractWorkload(lines.map((t, i) => entry(t, { line: i + 1 })))?.fte;

describe('the workload', () => {
  it('reads FTE and percentages, with the lower bound of a range', () => {
    expect(fteOf('This is a 0.8 FTE post.')).toBe(0.8);
    expect(fteOf('FTE: 0,6')).toBe(0.6);
    expect(fteOf('You may work part-time, with a minimum work rate of 60%.')).toBe(0.6);
    expect(fteOf('Workload: 70-100%')).toBe(0.7);
    expect(fteOf('Pensum 80 – 100 %')).toBe(0.8);
    expect(fteOf('We offer a 50% position for three years.')).toBe(0.5);
    expect(fteOf('Taux d’activité : 90%')).toBe(0.9);
  });
  it('reads hours against a stated full week, and days a week', () => {
    expect(fteOf('The post is 20 hours per week (full-time: 40 hours).')).toBe(0.5);
    expect(fteOf('30 hours a week, of a standard 37.5 hours week')).toBe(0.8);
    expect(fteOf('Time commitment: 3 days per week')).toBe(0.6);
    expect(fteOf('5 day(s) per week')).toBe(1);
    expect(extractWorkload([entry('You work 20 hours per week.')])).toMatchObject({ fte: null });
  });
  it('reads half time and full time only when stated', () => {
    expect(fteOf('You work half the regular working hours.')).toBe(0.5);
    expect(fteOf('Position type: Full-time')).toBe(1);
    expect(fteOf('Poste à temps plein')).toBe(1);
    expect(fteOf('Vollzeit, befristet')).toBe(1);
    expect(fteOf('Quotité de travail : Complet')).toBe(1);
    expect(fteOf('The post can be filled full- or part-time.')).toBeNull();
    expect(fteOf('We pay 80% of the full economic cost.')).toBeUndefined();
    expect(fteOf('100% presence at the lab is required')).toBeUndefined();
    expect(fteOf('One seat is reserved for candidates with a disability of at least 33%.')).toBeUndefined();
  });
  it('reads a percentage of full time as the workload, not as a share of something else', () => {
    expect(fteOf('Workload: 65% of a full-time position')).toBe(0.65);
    expect(fteOf('The post is 50% of the regular working hours.')).toBe(0.5);
    expect(fteOf('Employment level: 80% of a full time appointment')).toBe(0.8);
  });
  it('prefers a stated fraction to a bare part-time', () => {
    expect(fteOf('Teilzeit ist möglich.', 'Beschäftigungsgrad: 50%')).toBe(0.5);
  });
  it('reads a heading that is only a workload', () => {
    expect(extractWorkload([entry('Full Time', { kind: 'heading' })])?.fte).toBe(1);
    expect(
      extractWorkload([entry('Full time research in a team that values focus and care', { kind: 'heading' })]),
    ).toBeNull();
  });
});

describe('a workload line the title reader sets aside', () => {
  it('reads "Full Time" above the role title of a saved job page', async () => {
    const { parseFile } = await import('../../src/corpus/parse-file.ts');
    const text = 'Full Time\nCloses: 7 August 2027\nData Engineer for Weather Archives\n\nLocation: Reading, UK\n';
    const p = parseFile('page.txt', Buffer.from(text)).postings[0];
    expect(p?.title).toBe('Data Engineer for Weather Archives');
    expect(p?.workload).toEqual({ text: 'Full Time', line: 1, fte: 1 });
  });
});

describe('the workload in the words of other postings', () => {
  it('reads a German scope of employment as a percentage', () => {
    expect(fteOf('Beschäftigungsumfang: 50 %')).toBe(0.5);
    expect(fteOf('Der Stellenanteil beträgt 75%.')).toBe(0.75);
    expect(fteOf('Die Stelle hat einen Umfang von 65 % einer Vollzeitstelle.')).toBe(0.65);
  });
  it('reads a bracketed rate on a title line, not one beside pay', () => {
    expect(fteOf('Postdoc (60 %) in Astroparticle Physics')).toBe(0.6);
    expect(fteOf('Doktorandin / Doktorand in Neutronenphysik (80-100%)')).toBe(0.8);
    expect(fteOf('Research Software Engineer (50%)')).toBe(0.5);
    expect(fteOf('Salary: CHF 85000 - 95000 per year (100%).')).toBeUndefined();
    expect(fteOf('Computing officer (2 posts) (100%)')).toBeUndefined();
  });
  it('takes the lower bound of a range of hours against the full week', () => {
    expect(fteOf('Workload: 32-40 hours per week (full time is 40 hours)')).toBe(0.8);
    expect(fteOf('20 to 30 hours a week, of a standard 40 hours week')).toBe(0.5);
  });
});

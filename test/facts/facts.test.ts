import { describe, expect, it } from 'vitest';
import { contactsOf } from '../../src/facts/contacts.ts';
import { extractDates } from '../../src/facts/dates.ts';
import { extractDuration } from '../../src/facts/duration.ts';
import { extractSalary } from '../../src/facts/salary.ts';
import { skillVocabulary } from '../../src/facts/vocab.ts';
import { extractWorkload } from '../../src/facts/workload.ts';
import { entry } from './entry.ts';

const e = entry;
const ref = new Date(Date.UTC(2026, 0, 1));

describe('skills vocabulary', () => {
  it('takes Go the language, not go the verb', () => {
    expect(skillVocabulary.find('Some experience in Go (Golang) would be an advantage.')).toEqual(['Go']);
    expect(skillVocabulary.find('We go to the site and go ahead.')).toEqual([]);
    expect(skillVocabulary.find('Go to the website to apply.')).toEqual([]);
  });
  it('matches aliases and symbols', () => {
    expect(skillVocabulary.find('k8s, c++ and gitlab CI with ML-based tools')).toEqual([
      'Kubernetes',
      'C++',
      'CI',
      'machine learning',
    ]);
    expect(skillVocabulary.find('the root of the problem is a rest')).toEqual([]);
  });
});

describe('dates with roles', () => {
  it('never takes an unrelated date for a deadline', () => {
    const d = extractDates([e('The experiment started in 2012 and published results on 4 July 2012.')], ref);
    expect(d.deadline).toBeNull();
  });
  it('reads deadline, start range and revision cues', () => {
    expect(extractDates([e('Applications close on 20 December 2026.')], ref).deadline?.date).toBe('2026-12-20');
    expect(
      extractDates([e('Starting date: From May to September 2021', { kind: 'label', section: 'start' })], ref).start,
    ).toMatchObject({
      from: '2021-05-01',
      to: '2021-09-30',
    });
    expect(extractDates([e('Topic revision: r2 - 2021-02-19 - Someone')], ref).posted?.date).toBe('2021-02-19');
  });
});

describe('money and time', () => {
  it('reads salaries', () => {
    expect(extractSalary([e('Salary: GBP 45,000 - 52,000 per annum, depending on experience')])).toMatchObject({
      min: 45000,
      max: 52000,
      currency: 'GBP',
      period: 'year',
    });
  });
  it('reads durations and workload', () => {
    expect(extractDuration([e('2 years contract.')])?.months).toBe(24);
    expect(extractDuration([e('The position is open to candidates with 1-5 years experience')])).toBeNull();
    expect(extractWorkload([e('0.5 FTE total for one year, renewable')])?.fte).toBe(0.5);
  });
});

describe('contacts', () => {
  it('reads "name at domain" and mailto links', () => {
    expect(contactsOf([e('send CVs to : kirsti.aspola at cern.ch, by 30 January 2020')]).map((c) => c.email)).toEqual([
      'kirsti.aspola@cern.ch',
    ]);
    expect(contactsOf([e('100% presence at CERN required')])).toEqual([]);
  });
});

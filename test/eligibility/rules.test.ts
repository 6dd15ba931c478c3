import { describe, expect, it } from 'vitest';
import { buildRules } from '../../src/eligibility/index.ts';
import { isInformational, parseCriterion } from '../../src/eligibility/rules.ts';
import { catA, graduate, posting, ska } from './helpers.ts';

const kinds = (t: string) => parseCriterion(t).map((r) => r.kind);

describe('criteria become typed rules', () => {
  it('nationality: CERN Member or Associate Member State, with the late-2025 list', () => {
    const [rule] = parseCriterion('You are a national of a CERN Member State or Associate Member State.');
    expect(rule?.kind).toBe('nationality');
    const countries = rule?.kind === 'nationality' ? rule.countries : [];
    for (const c of ['Estonia', 'Slovenia', 'Brazil', 'Ireland', 'Cyprus', 'Türkiye', 'Italy', 'United Kingdom'])
      expect(countries).toContain(c);
    for (const c of ['Chile', 'United States', 'Japan', 'Russia']) expect(countries).not.toContain(c);
  });

  it('nationality: Member States only when associates are not named', () => {
    const [rule] = parseCriterion('You must be a national of a CERN Member State');
    expect(rule?.kind === 'nationality' && rule.countries.includes('Brazil')).toBe(false);
  });

  it('nationality: EU nationals and a named list', () => {
    const [eu] = parseCriterion('Open to EU nationals only');
    expect(
      eu?.kind === 'nationality' && eu.countries.includes('Malta') && !eu.countries.includes('United Kingdom'),
    ).toBe(true);
    const [named] = parseCriterion('Open to citizens of France, Germany or Italy');
    expect(named).toMatchObject({ kind: 'nationality', countries: ['France', 'Germany', 'Italy'] });
  });

  it('right to work in a country', () => {
    expect(parseCriterion('the right to work in the United Kingdom')).toEqual([
      { kind: 'right_to_work', country: 'United Kingdom' },
    ]);
    expect(parseCriterion('You must have the right to work in the UK')).toEqual([
      { kind: 'right_to_work', country: 'United Kingdom' },
    ]);
  });

  it('one sentence yields experience, degree and no-PhD rules (003)', () => {
    const rules = buildRules(graduate)[1]?.rules ?? [];
    expect(rules).toEqual(
      expect.arrayContaining([
        { kind: 'max_experience', years: 2, byDeadline: true },
        { kind: 'highest_degree', allowed: ['bachelor', 'master'] },
        // "By the application deadline, ... You must have a university degree".
        { kind: 'degree_required', min: 'bachelor', by: 'deadline' },
        { kind: 'degree_not_held', degree: 'phd' },
      ]),
    );
    expect(rules.some((r) => r.kind === 'degree_required' && r.min === 'phd')).toBe(false);
  });

  it('degree held: "MSc or PhD" needs at least a master', () => {
    expect(parseCriterion('MSc or PhD in physics required')).toEqual([
      { kind: 'degree_required', min: 'master', field: 'physics' },
    ]);
    expect(parseCriterion('degree in computer science, physics or engineering')).toEqual([
      { kind: 'degree_required', min: 'bachelor', field: 'computer science, physics or engineering' },
    ]);
  });

  it('experience: maximum and minimum', () => {
    expect(parseCriterion('a maximum of 2 years of professional experience')).toEqual([
      { kind: 'max_experience', years: 2, byDeadline: false },
    ]);
    expect(parseCriterion('3+ years of professional experience with Python')).toEqual([
      { kind: 'min_experience', years: 3, skill: 'Python' },
    ]);
    expect(parseCriterion('at least five years of experience in C++')).toEqual([
      { kind: 'min_experience', years: 5, skill: 'C++' },
    ]);
  });

  it('no earlier contract, affiliation and presence', () => {
    expect(parseCriterion('You have never had a CERN fellow or graduate contract before.')).toEqual([
      { kind: 'no_earlier_contract', kinds: ['CERN fellow', 'CERN graduate'] },
    ]);
    expect(parseCriterion('affiliation to a CMS institute required')).toEqual([{ kind: 'affiliation', to: 'CMS' }]);
    expect(parseCriterion('100% presence at CERN required')).toEqual([{ kind: 'presence', where: 'CERN' }]);
  });

  it('everything else stays a criterion to check yourself', () => {
    expect(kinds('A strong publication record is important')).toEqual([]);
    expect(kinds('Good communication skills')).toEqual([]);
  });

  it('pointer lines and contract terms are informational', () => {
    expect(
      isInformational(
        'Please pay attention to the additional criteria and requirements for this specific position and mentioned above.',
      ),
    ).toBe(true);
    expect(
      isInformational('contract of 1 year, extendable by +1 year upon mutual agreement of all involved parties.'),
    ).toBe(true);
    expect(isInformational('Proficiency in English is important')).toBe(false);
    expect(buildRules(catA).map((c) => c.informational)).toEqual([false, false, true]);
  });

  it('reads eligibility-like lines from the requirements (SKA)', () => {
    const criteria = buildRules(ska);
    expect(criteria.map((c) => c.rules[0]?.kind)).toEqual(['degree_required', 'min_experience', 'right_to_work']);
    expect(criteria[2]?.quote.line).toBe(19);
  });

  it('builds rules once per posting and rebuilds when the text changes', () => {
    const p = posting('memo', ['You are a national of a CERN Member State.']);
    const a = buildRules(p);
    expect(buildRules(p)).toBe(a);
    const changed = { ...p, text: `${p.text}\nmore`, eligibility: [{ text: 'EU nationals only', line: 3 }] };
    expect(buildRules(changed)).not.toBe(a);
  });
});

describe('degree alternatives', () => {
  it('"a software engineer degree or a PhD" admits any university degree', () => {
    expect(
      parseCriterion('The candidate must have a software engineer degree or a PhD degree in physics or astrophysics'),
    ).toEqual([expect.objectContaining({ kind: 'degree_required', min: 'bachelor' })]);
  });

  it('an EU Member State is the EU, not CERN', () => {
    const [rule] = parseCriterion('Citizens of an EU Member State');
    expect(rule).toMatchObject({ kind: 'nationality', group: 'an EU Member State' });
    expect(rule?.kind === 'nationality' && rule.countries.includes('Norway')).toBe(false);
  });

  it('reads an affiliation written with a capital letter', () => {
    expect(parseCriterion('Affiliation to an ATLAS institute is required')).toEqual([
      { kind: 'affiliation', to: 'ATLAS' },
    ]);
  });
});

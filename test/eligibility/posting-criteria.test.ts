// The posting side: which lines of a posting are criteria, in every phrasing (entries of our own).
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/corpus/role.ts';
import { createCriteria } from '../../src/facts/criteria.ts';

function criteriaOf(entries: Partial<Entry>[]): string[] {
  const c = createCriteria();
  entries.forEach((e, i) => {
    c.add({ text: '', line: i + 1, kind: 'text', section: 'none', ...e } as Entry);
  });
  return c.quotes().map((q) => q.text);
}

describe('criteria lines', () => {
  it('reads prose outside sections when it demands something', () => {
    expect(
      criteriaOf([
        { text: 'The candidate must hold a PhD in astronomy.' },
        { text: 'Applicants should have a degree in engineering.' },
        { text: 'Our group works on PhD-level research in cosmology.' },
      ]),
    ).toEqual(['The candidate must hold a PhD in astronomy.', 'Applicants should have a degree in engineering.']);
  });
  it('reads the criteria of an eligibility section and leaves job terms out', () => {
    expect(
      criteriaOf([
        { text: 'You are a national of an EU Member State.', kind: 'item', section: 'eligibility' },
        { text: 'Three-year contract, renewable once.', kind: 'item', section: 'eligibility' },
        { text: 'Salary: EUR 50,000 gross per year', kind: 'item', section: 'eligibility' },
        { text: 'Kind regards,', section: 'eligibility' },
      ]),
    ).toEqual(['You are a national of an EU Member State.']);
  });
  it('joins a criterion wrapped over several lines, but not two bullets', () => {
    expect(
      criteriaOf([
        { text: 'You hold a doctorate in physics, obtained no more than', kind: 'item', section: 'eligibility' },
        { text: 'five years before the closing date.', section: 'eligibility' },
        { text: 'full-time presence on site required', kind: 'item', section: 'eligibility' },
        { text: 'membership of a Belle II institute required', kind: 'item', section: 'eligibility' },
      ]),
    ).toEqual([
      'You hold a doctorate in physics, obtained no more than five years before the closing date.',
      'full-time presence on site required',
      'membership of a Belle II institute required',
    ]);
  });
  it('takes the criterion sentences of a long paragraph or a description', () => {
    const para =
      'The fellowship funds two years of independent research at the institute, with a travel budget and support for a small group. Applicants must have obtained their PhD after 1 January 2020. Applications must be submitted through the portal as one PDF file including a CV and a research plan, with the names of three referees who will be contacted directly.';
    expect(criteriaOf([{ text: para, section: 'description' }])).toEqual([
      'Applicants must have obtained their PhD after 1 January 2020.',
    ]);
  });
  it('a short line that opens with a degree is a requirement', () => {
    expect(criteriaOf([{ text: 'Ph.D. in statistics or applied mathematics' }])).toEqual([
      'Ph.D. in statistics or applied mathematics',
    ]);
  });
  it('criteria in French, German, Italian and Spanish', () => {
    expect(
      criteriaOf([
        { text: "Les candidats doivent être titulaires d'un doctorat." },
        { text: 'Bewerber müssen einen Hochschulabschluss in Physik haben.' },
        { text: 'I candidati devono essere iscritti a un corso di laurea magistrale.' },
        { text: 'Los candidatos deben tener la nacionalidad de un país de la UE.' },
        { text: 'Le laboratoire est situé à Grenoble.' },
      ]),
    ).toHaveLength(4);
  });
  it('keeps negations and exceptions as written', () => {
    expect(
      criteriaOf([
        { text: 'Open to non-Dutch citizens only.' },
        { text: 'Applicants with a PhD are not eligible.' },
        { text: 'No previous postdoctoral appointment at a national laboratory.' },
      ]),
    ).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const criteriaOf = (text: string) =>
  parseFile('p.txt', Buffer.from(text)).postings[0]?.eligibility.map((q) => q.text) ?? [];

describe('a degree beside a looser demand word', () => {
  it('is a criterion in prose and in a description', () => {
    const c = criteriaOf(
      'Postdoctoral Fellow in Plasma Diagnostics\n\nThe Torus Laboratory seeks a fellow to join its diagnostics team. Experience with laser interferometry is welcome, and a good record of publications is essential, together with a PhD in plasma or atomic physics.\n',
    );
    expect(c.some((q) => q.includes('is essential, together with a PhD in plasma'))).toBe(true);
    expect(
      criteriaOf('Research Engineer\n\nA Master’s degree in electrical engineering is mandatory for this post.\n'),
    ).toEqual(['A Master’s degree in electrical engineering is mandatory for this post.']);
    expect(criteriaOf('Ingénieur de recherche\n\nUn doctorat en chimie est indispensable.\n')).toEqual([
      'Un doctorat en chimie est indispensable.',
    ]);
  });

  it('is no criterion without a degree', () => {
    expect(
      criteriaOf(
        'Postdoc in Cosmology\n\nThe group plays an essential role in the survey and its PhD programme is large.\n',
      ),
    ).toEqual([]);
    expect(criteriaOf('Engineer\n\nSafety training is mandatory for all staff on site.\n')).toEqual([]);
  });
});

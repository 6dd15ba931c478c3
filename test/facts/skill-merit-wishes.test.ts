import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const skillsOf = (text: string) => {
  const p = parseFile('p.md', Buffer.from(text)).postings[0];
  return { required: p?.requiredSkills.flatMap((s) => s.skills), desired: p?.desiredSkills.flatMap((s) => s.skills) };
};

describe('a skill the posting only counts as a merit', () => {
  it('is desired, not required, whichever way the merit is written', () => {
    for (const wish of [
      'Experience with machine learning is considered a strong merit.',
      'Experience with machine learning is a merit.',
      'Experience with machine learning is highly valued.',
    ]) {
      const got = skillsOf(
        `# Doctoral student in detector physics\n\n## Your qualifications\n\nGood programming skills in Python are required. ${wish}\n`,
      );
      expect(got.required).toContain('Python');
      expect(got.required).not.toContain('machine learning');
      expect(got.desired).toContain('machine learning');
    }
  });
});

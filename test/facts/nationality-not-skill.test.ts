import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { withoutNationalities } from '../../src/facts/nationality-words.ts';

const first = (text: string) => parseFile('w.txt', Buffer.from(text)).postings[0];

describe('a language name used as a nationality is no skill', () => {
  it('drops "Non-Italian", "French nationals" and "German applicants"', () => {
    expect(withoutNationalities('Non-Italian citizens must speak English.', ['Italian', 'English'])).toEqual([
      'English',
    ]);
    expect(withoutNationalities('French nationals are exempt from the test', ['French'])).toEqual([]);
    expect(withoutNationalities('German applicants send a copy of their diploma', ['German'])).toEqual([]);
    expect(withoutNationalities('non Spanish candidates are welcome', ['Spanish'])).toEqual([]);
  });

  it('keeps the language when the same line also asks for it', () => {
    expect(withoutNationalities('Non-German citizens need fluent German.', ['German'])).toEqual(['German']);
    expect(withoutNationalities('Good command of Italian is required', ['Italian'])).toEqual(['Italian']);
  });

  it('leaves a requirement list without the nationality word as a skill', () => {
    const p = first(
      'Research Fellow in Optics\n\nRequirements\n- PhD in physics\n- Non-Italian citizens: good knowledge of Python\n- Fluent German is an asset\n',
    );
    expect(p?.skills).not.toContain('Italian');
    expect(p?.requiredSkills.flatMap((s) => s.skills)).toEqual(['Python']);
    expect(p?.desiredSkills.flatMap((s) => s.skills)).toEqual(['German']);
  });
});

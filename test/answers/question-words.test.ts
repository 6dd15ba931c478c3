// Which words of a question are about the asker, and which name the posting.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/answers/intents.ts';
import { selfClauses, withoutPostingName } from '../../src/answers/question-words.ts';
import type { Posting } from '../../src/corpus/posting.ts';

const posting = { title: 'Beam Line Operator', experiment: 'NA64', organisation: 'CERN' } as Posting;

const selfWordsOf = (text: string) => {
  const c = classify(text);
  const self = selfClauses(c);
  return c.words.filter((_, i) => self[i]).map((w) => w.raw);
};

describe('clauses about the asker', () => {
  it.each([
    ['Dutch engineer here, employed by an NA64 institute, can I apply?', ['employed', 'by', 'an', 'NA64', 'institute']],
    ['Physicist, affiliated with an NA64 group, is the job open to me?', ['affiliated', 'with', 'an', 'NA64', 'group']],
    ['angestellt bei einem NA64 Institut, kann ich mich bewerben?', ['angestellt', 'bei', 'einem', 'NA64', 'Institut']],
  ])('"%s": an opening participle describes the asker', (text, words) => {
    expect(selfWordsOf(text)).toEqual(words);
  });

  it('keeps the name of the posting asked about out of the facts, and the asker own words in', () => {
    const text = 'Dutch engineer here, employed by an NA64 institute. can I apply for the NA64 beam line operator job?';
    const out = withoutPostingName(text, posting);
    expect(out).toContain('employed by an NA64 institute');
    expect(out).not.toMatch(/the NA64 beam/);
  });
});

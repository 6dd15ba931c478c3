// "Which positions are not open yet?" and "which jobs are no longer open?": a negated status
// word asks for the postings whose window has not opened, or those that closed.
import { describe, expect, it } from 'vitest';
import { askerOfTexts, type JsonReply } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'later-call.txt': `Postdoctoral Researcher in Gravitational Waves

Applications open on 1 March 2027 and close on 31 March 2027.
`,
  'open-now.txt': `Data Engineer for the Telescope Archive

Closing date: 20 February 2027
`,
  'gone.txt': `Summer Intern in Radio Astronomy

Applications closed on 5 January 2027.
`,
};

const { ask } = askerOfTexts(POSTINGS);
const files = (r: JsonReply) => r.postings.map((p) => p.source.file);

describe('negated status words', () => {
  it.each([
    'which positions are not open yet?',
    'what opens soon?',
    'list the calls that will open',
    'quels postes ne sont pas encore ouverts ?',
  ])('"%s" lists what has not opened', (q) => {
    expect(files(ask(q))).toEqual(['later-call.txt']);
  });

  it.each([
    'which jobs are no longer open?',
    'list the positions that are not open',
    'welche Stellen sind nicht mehr offen?',
  ])('"%s" lists what closed', (q) => {
    expect(files(ask(q))).toEqual(['gone.txt']);
  });

  it('"which jobs are open?" lists only what is open today', () => {
    expect(files(ask('which jobs are open?'))).toEqual(['open-now.txt']);
  });
});

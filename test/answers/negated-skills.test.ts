// "which jobs don't need C++?": a negated skill in a question about several postings excludes
// those that require it, and a posting that only wishes for it says so.
import { describe, expect, it } from 'vitest';
import { askerOfTexts, type JsonReply } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'trigger-developer.md': `# Trigger software developer

Deadline: 20 March 2027

## Requirements
- Excellent knowledge of C++ and Python
`,
  'web-developer.md': `# Web developer for shift tools

Deadline: 25 March 2027

## Requirements
- Good knowledge of JavaScript
- Knowledge of C++ would be an advantage
`,
  'data-steward.md': `# Data steward

Deadline: 30 March 2027

## Requirements
- Experience with Python and SQL
`,
};

const { ask } = askerOfTexts(POSTINGS);
const files = (r: JsonReply) => r.postings.map((p) => p.source.file).sort();

describe('a skill the question negates', () => {
  it.each([
    "which jobs don't need C++?",
    'which positions do not require C++?',
    'jobs without C++',
    'welche Stellen brauchen kein C++?',
    'quels postes sans C++ ?',
  ])('"%s" lists the postings that do not require it', (q) => {
    const r = ask(q);
    expect(files(r)).toEqual(['data-steward.md', 'web-developer.md']);
    expect(r.text).toMatch(/not requiring C\+\+/);
  });

  it('says when a listed posting only wishes for the skill', () => {
    expect(ask("which jobs don't need C++?").text).toMatch(
      /C\+\+ only desired: "Knowledge of C\+\+ would be an advantage"/,
    );
  });

  it('combines a wanted skill with a negated one', () => {
    expect(files(ask('which jobs need Python but not C++?'))).toEqual(['data-steward.md']);
  });

  it('still lists the postings asking for a skill that nothing negates', () => {
    expect(files(ask('which jobs need C++?'))).toEqual(['trigger-developer.md', 'web-developer.md']);
  });
});

// Questions where the asker speaks of themselves and asks about no posting in particular: the
// sentences about themselves are facts for eligibility, not filters ("Italian" is a nationality
// there, not a language the jobs ask for).
import { describe, expect, it } from 'vitest';
import { askerOfTexts } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'data-analyst.md': `# Data Analyst for Beam Instrumentation

Location: Zurich, Switzerland
Deadline: 20 March 2027

## Requirements
- Python and SQL for the analysis pipelines
- A bachelor's degree in physics or computing

## Eligibility
- Applicants must hold at least a bachelor's degree.
`,
  'translator.md': `# Technical Writer

Location: Rome, Italy
Deadline: 25 March 2027

## Requirements
- Fluent Italian and English

## Eligibility
- Applicants must hold a PhD in physics.
`,
};

const { ask } = askerOfTexts(POSTINGS);

describe('the asker speaks of themselves', () => {
  it.each(["I'm Italian, which jobs need Python?", 'I am Italian. Which positions ask for Python?'])(
    '"%s" filters by the skill, not by the nationality',
    (q) => {
      const r = ask(q);
      expect(r.postings.map((p) => p.source.file)).toEqual(['data-analyst.md']);
      expect(r.text).not.toMatch(/asking for Italian/);
    },
  );

  it.each([
    "I only have a bachelor's degree, what is there for me?",
    "I'm Italian with a bachelor's. Anything for me?",
    "I'm a French physicist with a bachelor's degree",
  ])('"%s" judges every posting on what they said', (q) => {
    const r = ask(q);
    expect(r.text).toMatch(/Your eligibility for each posting/);
    expect(r.text).toMatch(/Data Analyst for Beam Instrumentation — eligible/);
    expect(r.text).toMatch(/Technical Writer — not eligible/);
  });

  it('still lists by a plain filter when nobody speaks of themselves', () => {
    expect(ask('which jobs need Italian?').postings.map((p) => p.source.file)).toEqual(['translator.md']);
  });

  it.each([
    "I'm Italian with a PhD, do I stand a chance for the technical writer job?",
    "I'm Italian with a PhD. Is the technical writer job for me?",
    "I'm Italian with a PhD, could I get the technical writer job?",
  ])('"%s" is an eligibility question about that posting', (q) => {
    const r = ask(q);
    expect(r.eligibility?.verdict).toBe('eligible');
    expect(r.postings[0]?.source.file).toBe('translator.md');
  });
});

describe('a skill asked of one posting', () => {
  it('says whether it is required, quoting the line', () => {
    const r = ask('does the beam instrumentation analyst job need Python?');
    expect(r.text).toMatch(/requires Python: "Python and SQL for the analysis pipelines" \(line \d+\)/);
  });

  it('says the posting does not ask for it, and what it asks for instead', () => {
    const r = ask('do I need Rust for the beam instrumentation analyst job?');
    expect(r.text).toMatch(/does not ask for Rust/);
    expect(r.text).toMatch(/It asks for: .*Python/);
  });

  it('a language is a skill too', () => {
    expect(ask('do I need to speak Italian for the technical writer job?').text).toMatch(/requires Italian/);
  });
});

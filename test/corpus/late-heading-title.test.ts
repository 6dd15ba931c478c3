import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

// A page that never set its title as a heading: paragraphs first, a section heading lower down.
const PROSE = [
  'The Institute for Nuclear Theory invites applications for two postdoctoral positions from the autumn of 2027, in lattice QCD and in the theory of light nuclei. Both are fixed-term appointments.',
  'The positions are normally for three years. Fellows take part in the seminars and workshops of the institute and may spend time at partner laboratories abroad.',
];

describe('a heading after the prose', () => {
  it('is a section of a page whose title was never a heading, not its title', () => {
    for (const [file, text] of [
      ['late.md', `${PROSE.join('\n\n')}\n\n## Requirements for the positi\n`],
      [
        'late.html',
        `<html><body>${PROSE.map((p) => `<p>${p}</p>`).join('')}<h2>How to apply</h2><p>Send a CV.</p></body></html>`,
      ],
    ]) {
      const p = parseFile(file as string, Buffer.from(text as string)).postings[0];
      expect(p?.title).not.toMatch(/Requirements|How to apply/);
      expect(p?.title).toMatch(/postdoctoral positions/i);
    }
  });

  it('is still the title after a short line or two above it (a crumb, a kicker)', () => {
    const text = `Jobs > Theory\n\n## Postdoctoral Fellow in Lattice QCD\n\n${PROSE.join('\n\n')}\n`;
    expect(parseFile('crumb.md', Buffer.from(text)).postings[0]?.title).toBe('Postdoctoral Fellow in Lattice QCD');
    const one = `${PROSE[0]}\n\n# Postdoctoral Fellow in Lattice QCD\n\n${PROSE[1]}\n`;
    expect(parseFile('lead.md', Buffer.from(one)).postings[0]?.title).toBe('Postdoctoral Fellow in Lattice QCD');
  });
});

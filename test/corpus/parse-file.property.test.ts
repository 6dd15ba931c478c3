import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { Posting } from '../../src/corpus/posting.ts';

const names = fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.markdown', 'e.htm');
// Text built from the pieces postings are made of, so the parsers' paths are exercised.
const piece = fc.constantFrom(
  '---\n',
  'title: x\n',
  '# Heading\n',
  '**Contract:** 2 years\n',
  '- item\n',
  '  - nested\n',
  'Deadline: 30 January 2027\n',
  'Starting date: From May to September 2027\n',
  '\t<p>cell</p>\t<ul> • a • b\n',
  'Position\tDescription\tDuties\tSkills\n',
  'From: a@b.cc\nSubject: Job\n',
  '202411071118\n',
  '#tag #other\n',
  '<html><h1>T</h1><ul><li>x</li></ul>\n',
  'salary 1000 € per month net\n',
  'name at cern.ch\n',
  '&a [*a]\n',
  '\n',
);

function assertValid(file: string, bytes: Buffer) {
  const r = parseFile(file, bytes);
  expect(r.file).toBe(file);
  for (const p of r.postings) expect(Posting.safeParse(p).success).toBe(true);
  for (const w of r.warnings) expect(w.file).toBe(file);
}

describe('parseFile never throws', () => {
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(names, fc.uint8Array({ maxLength: 2000 }), (file, bytes) => assertValid(file, Buffer.from(bytes))),
      { numRuns: 200 },
    );
  });
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(names, fc.string({ maxLength: 2000, unit: 'grapheme' }), (file, s) =>
        assertValid(file, Buffer.from(s)),
      ),
      { numRuns: 200 },
    );
  });
  it('on text assembled from posting pieces', () => {
    fc.assert(
      fc.property(names, fc.array(piece, { maxLength: 40 }), (file, parts) =>
        assertValid(file, Buffer.from(parts.join(''))),
      ),
      { numRuns: 300 },
    );
  });
});

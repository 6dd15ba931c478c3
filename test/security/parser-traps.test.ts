// Files shaped to make a parser slow out of proportion to their size, and files that are not
// the folder's own (symbolic links to secrets): each is refused quickly, with a warning that
// names the file and says why, and the rest of the corpus loads.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_KEYS } from '../../src/corpus/formats/front-matter.ts';
import { htmlDepth, MAX_HTML_DEPTH } from '../../src/corpus/limits.ts';
import { type Corpus, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';

const GOOD = `Data Engineer, Radio Astronomy Group

Location: Bologna, Italy
Deadline: 12 March 2027

We look for an engineer to run the correlator's data pipelines.
Contact: radio-jobs@example.org
`;

let root: string;
let dir: string;
let corpus: Corpus;
let loadMs: number;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'positions-traps-'));
  dir = join(root, 'corpus');
  mkdirSync(dir);
  writeFileSync(
    join(root, 'secret.txt'),
    `Root password for the archive\n\nDeadline: 1 May 2027\nThe password is hunter2.\n`,
  );
  writeFileSync(join(dir, 'good.txt'), GOOD);
  symlinkSync(join(root, 'secret.txt'), join(dir, 'linked-secret.txt'));
  symlinkSync('/proc/self/environ', join(dir, 'environ.txt'));
  symlinkSync(join(root, 'corpus', 'good.txt'), join(dir, 'link-inside.txt'));
  writeFileSync(join(dir, 'unclosed.html'), `<h1>Engineer</h1>${'<div><b>x '.repeat(20_000)}Deadline: 1 May 2027`);
  const keys = Array.from({ length: 40_000 }, (_, i) => `key${i}: value ${i}`).join('\n');
  writeFileSync(join(dir, 'many-keys.md'), `---\ntitle: "Engineer"\ndeadline: 2027-05-01\n${keys}\n---\n\nA job.\n`);
  const t0 = performance.now();
  corpus = await loadCorpus(dir, { workers: 0 });
  loadMs = performance.now() - t0;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const reason = (file: string) => corpus.warnings.find((w) => w.file === file && w.severity === 'skipped')?.reason;

describe('parser traps and files from outside the folder', () => {
  it('loads the good posting, and refuses each trap with a warning naming it, in well under a second each', () => {
    expect(corpus.postings.map((p) => p.source.file)).toEqual(['good.txt']);
    expect(reason('unclosed.html')).toBe(`elements nested more than ${MAX_HTML_DEPTH} deep (unclosed tags?)`);
    expect(reason('many-keys.md')).toBe(`front matter with 40002 keys, over ${MAX_KEYS}`);
    expect(loadMs).toBeLessThan(5_000);
  });

  it('never follows a symbolic link, even one pointing inside the folder', () => {
    for (const f of ['linked-secret.txt', 'environ.txt', 'link-inside.txt'])
      expect(reason(f), f).toMatch(/^a symbolic link/);
    expect(JSON.stringify(corpus)).not.toContain('hunter2');
  });

  it('measures nesting without counting elements that do not nest', () => {
    expect(htmlDepth('<div><p>a<p>b<ul><li>c<li>d</ul></div><br><img src=x>')).toBe(2);
    expect(htmlDepth('<div><div><span>x</span></div></div><div/>')).toBe(3);
    expect(htmlDepth('text with a <user@example.org> address')).toBe(1);
    // A well-formed posting with ordinary nesting parses.
    const ok = parseFile(
      'ok.html',
      Buffer.from(
        `<html><body><div><section><h1>Engineer</h1><ul><li>C++</li></ul><p>Deadline: 1 May 2027</p></section></div></body></html>`,
      ),
    );
    expect(ok.postings).toHaveLength(1);
  });

  it('takes a front matter block with ordinary nested keys', () => {
    const fm = `---\ntitle: "Engineer"\ndeadline: 2027-05-01\ncontact:\n  name: "A. B."\n  email: "a@example.org"\nskills:\n  - Python\n  - C++\n---\n\nA job.\n`;
    expect(parseFile('fm.md', Buffer.from(fm)).postings).toHaveLength(1);
  });
});

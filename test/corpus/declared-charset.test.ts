import { describe, expect, it } from 'vitest';
import { decodeDeclaredCharset } from '../../src/corpus/declared-charset.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';

describe('pages in the charset they declare', () => {
  it('are read in it when they are not UTF-8', () => {
    const html =
      '<html><head><meta charset="windows-1252"><title>x</title></head><body><h1>Ingénieur système</h1><p>Date limite : 15 mars 2027 – Genève</p></body></html>';
    const bytes = Buffer.from(html.replace('–', '\x96'), 'latin1');
    const p = parseFile('page.html', bytes).postings[0];
    expect(p?.title).toBe('Ingénieur système');
    expect(p?.text).toContain('15 mars 2027 – Genève');
  });

  it('know the http-equiv form and the ISO labels', () => {
    const html = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Zürich</p>';
    expect(decodeDeclaredCharset(Buffer.from(html, 'latin1'))).toContain('Zürich');
  });

  it('leave files without a declaration, or with an unknown one, unread', () => {
    const latin = Buffer.from('Stelle in Zürich\nFrist: 1. Mai 2027\n', 'latin1');
    expect(decodeDeclaredCharset(latin)).toBeNull();
    expect(parseFile('job.txt', latin).warnings[0]?.reason).toBe('not UTF-8 text');
    expect(decodeDeclaredCharset(Buffer.from('<meta charset="klingon-7"><p>\xe9</p>', 'latin1'))).toBeNull();
    expect(decodeDeclaredCharset(Buffer.from('<meta charset="utf-8"><p>\xe9</p>', 'latin1'))).toBeNull();
  });
});

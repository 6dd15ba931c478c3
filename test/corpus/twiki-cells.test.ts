import { describe, expect, it } from 'vitest';
import { cellSegments } from '../../src/corpus/formats/twiki-table.ts';

describe('TWiki cells read without the HTML parser', () => {
  it('give the segments the parser gives', () => {
    // A comment (dropped by the parser) sends the same cell through node-html-parser.
    const texts = ['', ' ', 'Run the DAQ.', ' • Run it • Fix it', '1. one 2. two', 'a > b "c"', ' ‣ x\u00a0 ▪ y '];
    for (const t of texts)
      for (const [fast, parsed] of [
        [`<p>${t}</p>`, `<p>${t}<!-- --></p>`],
        [`<ul style="list-style-type: none">${t}`, `<ul style="list-style-type: none">${t}<!-- -->`],
      ])
        expect(cellSegments(fast as string, 3), fast).toEqual(cellSegments(parsed as string, 3));
  });
});

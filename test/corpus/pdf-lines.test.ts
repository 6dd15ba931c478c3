import { describe, expect, it } from 'vitest';
import { type PositionedText, rebuildPdfLines } from '../../src/corpus/formats/pdf-lines.ts';

/** A run of text at (x, y) in points, 10 pt high, about 5 pt a character wide. */
const run = (str: string, x: number, y: number, height = 10): PositionedText => ({
  str,
  transform: [height, 0, 0, height, x, y],
  width: str.length * height * 0.5,
  height,
});

describe('rebuildPdfLines', () => {
  it('orders lines top to bottom and runs left to right, whatever order the runs come in', () => {
    const lines = rebuildPdfLines([
      run('Closing', 50, 600),
      run('Senior Software Developer', 50, 700, 16),
      run('date: 12 May 2027', 92, 600),
      run('Team: Online', 50, 680),
    ]);
    expect(lines).toEqual(['Senior Software Developer', 'Team: Online', 'Closing date: 12 May 2027']);
  });

  it('joins runs of one baseline that sit a little apart, and a superscript that sits a little higher', () => {
    const lines = rebuildPdfLines([run('Start', 50, 500), run('1', 78, 503, 6), run('of March', 84, 500)]);
    expect(lines).toEqual(['Start 1 of March']);
  });

  it('does not add a space between runs that touch (one word cut into pieces)', () => {
    expect(rebuildPdfLines([run('Kuber', 50, 400), run('netes', 75, 400)])).toEqual(['Kubernetes']);
  });

  it('keeps short lines, list items and headings each on their own line', () => {
    const lines = rebuildPdfLines([
      run('Duties', 50, 700),
      run('- maintain the trigger software', 50, 688),
      run('- run shifts in the control room', 50, 676),
      run('Requirements', 50, 640),
      run('- a PhD in physics', 50, 628),
    ]);
    expect(lines).toEqual([
      'Duties',
      '- maintain the trigger software',
      '- run shifts in the control room',
      'Requirements',
      '- a PhD in physics',
    ]);
  });

  it('skips empty runs and collapses spaces', () => {
    expect(rebuildPdfLines([run('', 10, 10), run('  Contact:   Ana  ', 50, 300)])).toEqual(['Contact: Ana']);
    expect(rebuildPdfLines([])).toEqual([]);
  });

  describe('prose the page wrapped', () => {
    // A text block 500 pt wide from x = 50: a line of 96 characters runs to its right margin.
    const full = (text: string, y: number, x = 50) => run(text.padEnd(96, ' ').slice(0, 96).trimEnd(), x, y);
    const longLine = 'Applications, with a CV, a statement of research interests and three letters, must reach us by';

    it('is joined again, each joined line leaving an empty slot so that slots stay visual lines', () => {
      const lines = rebuildPdfLines([
        run('Research Fellow', 50, 720, 14),
        full(longLine, 700),
        run('15 March 2027 at noon Geneva time.', 50, 688),
        run('Contact: Ana Silva', 50, 660),
      ]);
      expect(lines).toEqual([
        'Research Fellow',
        `${longLine} 15 March 2027 at noon Geneva time.`,
        '',
        'Contact: Ana Silva',
      ]);
    });

    it('joins a word cut by a hyphen at the margin without a space', () => {
      const cut = 'The successful candidate will take part in the design of the next generation of long-';
      const lines = rebuildPdfLines([full(cut, 700), run('term upgrades.', 50, 688)]);
      expect(lines[0]).toMatch(/long-term upgrades\.$/);
      expect(lines[1]).toBe('');
    });

    // Ragged right: a line ends where the next word would not have fitted, short of the margin
    // (the block's widest line, 525 pt; 80% of the block's width is 430 pt).
    const wide = `${'Interviews take place in the spring, and applications are reviewed as they come in'.padEnd(94, ' ')}.`;
    const ragged = 'The full call, with the list of documents, is on the page'; // ends at 335 pt

    it('is joined where the next word would not have fitted, short of the margin', () => {
      const compound = 'https://jobs.example.edu/calls/2027/postdoc-detector-physics and in print.';
      const lines = rebuildPdfLines([full(wide, 720), run(ragged, 50, 708), run(compound, 50, 696)]);
      expect(lines[1]).toBe(`${ragged} ${compound}`);
      // The same line followed by a word that would have fitted is a line of its own.
      expect(
        rebuildPdfLines([full(wide, 720), run(ragged, 50, 708), run('online.', 50, 696)]).filter(Boolean),
      ).toHaveLength(3);
    });

    it('joins an amount that starts like a list number, and a lowercase word before a colon that did not fit', () => {
      const cut = 'During the 6-36 months the doctoral students are supervised by a staff member and receive';
      expect(rebuildPdfLines([full(cut, 700), run('4.210,- CHF a month.', 50, 688)])[0]).toMatch(
        /receive 4\.210,- CHF/,
      );
      const degree = 'Degrees obtained abroad must be recognised by the ministry or by a Norwegian higher education';
      expect(
        rebuildPdfLines([full(degree, 700), run('institution: applicants who cannot show this...', 50, 688)])[0],
      ).toMatch(/higher education institution: applicants/);
      // A capitalised label after a full line is still a label, in any language and spacing.
      expect(rebuildPdfLines([full(degree, 700), run('Deadline: 1 May 2027', 50, 688)])[1]).toBe(
        'Deadline: 1 May 2027',
      );
      for (const next of [
        'Quotité de travail : temps complet',
        'Site(s) concerné(s) : Grenoble',
        'Éligibilité : doctorat',
      ])
        expect(rebuildPdfLines([full(degree, 700), run(next, 50, 688)])[1]).toBe(next);
    });

    it("joins a numbered item's text that goes on from the block's left edge, and a short line cut before an address", () => {
      const item = '3. Applicants who held any employment contract with the university or its institutes in the';
      const lines = rebuildPdfLines([
        full(wide, 720),
        run(item, 62, 708),
        run('preceding 18 months are not eligible.', 50, 696),
        run('4. Applicants must be enrolled.', 62, 684),
      ]);
      expect(lines.slice(1)).toEqual([
        `${item} preceding 18 months are not eligible.`,
        '',
        '4. Applicants must be enrolled.',
      ]);
      const url = 'https://careers.example.org/vacancies/2027/research-software-engineer-data-acquisition?lang=en';
      expect(rebuildPdfLines([full(wide, 720), run('Apply online at', 50, 708), run(url, 50, 696)])[1]).toBe(
        `Apply online at ${url}`,
      );
    });

    it("joins a heading's lines, set further apart than the body's in proportion to their size", () => {
      const heading = 'Two Postdoctoral Research Fellows in Experimental';
      const lines = rebuildPdfLines([
        run(heading, 50, 720, 18),
        run('Particle Physics at the Example Institute', 50, 698, 18),
        // The body, set 12 pt apart.
        ...[670, 658, 646, 634, 622].map((y) => full(longLine, y)),
        run('15 March 2027.', 50, 610),
      ]);
      expect(lines[0]).toBe(`${heading} Particle Physics at the Example Institute`);
      expect(lines[1]).toBe('');
      // Two headings of one size whose second would have fitted after the first stay apart.
      expect(
        rebuildPdfLines([
          run('Research Fellow', 50, 720, 18),
          run('Example Institute', 50, 698, 18),
          full(wide, 670),
        ]).filter(Boolean),
      ).toHaveLength(3);
    });

    it('joins an address cut at its "?" or at a "." that lowercase carries on, not a sentence that ends in an address', () => {
      const query = 'Applications are accepted through the portal only: https://apply.example.org/form/view.php?';
      expect(rebuildPdfLines([full(query, 700), run('id=2027-17 by 1 May 2027.', 50, 688)])[0]).toBe(
        `${query} id=2027-17 by 1 May 2027.`,
      );
      const host = 'Read the full call and the rules of the programme on the web page of the institute, www.example.';
      expect(rebuildPdfLines([full(host, 700), run('org/calls before applying.', 50, 688)])[0]).toBe(
        `${host} org/calls before applying.`,
      );
      const ends = 'Read the full call and the rules of the programme on the web page at https://example.org/calls.';
      expect(
        rebuildPdfLines([full(ends, 700), run('Interviews are held in June.', 50, 688)]).filter(Boolean),
      ).toHaveLength(2);
    });

    it('is not joined after a sentence, a heading or a short line, nor to a list item, a label or a new paragraph', () => {
      const sentence = `${'We offer a stimulating international environment and a two-year contract'.padEnd(95, ' ')}.`;
      expect(
        rebuildPdfLines([full(sentence, 700), run('Duties include shifts.', 50, 688)]).filter(Boolean),
      ).toHaveLength(2);
      expect(rebuildPdfLines([full(longLine, 700), run('- a PhD in physics', 50, 688)]).filter(Boolean)).toHaveLength(
        2,
      );
      expect(rebuildPdfLines([full(longLine, 700), run('Deadline: 1 May 2027', 50, 688)]).filter(Boolean)).toHaveLength(
        2,
      );
      expect(rebuildPdfLines([run('A short line', 50, 700), run('and another one', 50, 688)])).toEqual([
        'A short line',
        'and another one',
      ]);
      // A wide gap: a new paragraph.
      expect(rebuildPdfLines([full(longLine, 700), run('next paragraph', 50, 640)]).filter(Boolean)).toHaveLength(2);
      // A different size: a heading or a footnote.
      expect(rebuildPdfLines([full(longLine, 700), run('small print', 50, 690, 7)]).filter(Boolean)).toHaveLength(2);
      // Another left edge: another column or block.
      expect(rebuildPdfLines([full(longLine, 700), run('elsewhere', 300, 688)]).filter(Boolean)).toHaveLength(2);
    });
  });
});

describe('tables without rules', () => {
  it('read a short label and a value far to its right as "Label: value"', () => {
    expect(rebuildPdfLines([run('Closing date', 50, 500), run('15 March 2027', 250, 500)])).toEqual([
      'Closing date: 15 March 2027',
    ]);
    expect(rebuildPdfLines([run('Duration', 50, 500), run('2 years, renewable', 250, 500)])).toEqual([
      'Duration: 2 years, renewable',
    ]);
  });

  it('leave a label that has its colon, a sentence, a list item and rows of three cells as they are', () => {
    expect(rebuildPdfLines([run('Location:', 50, 500), run('Trieste', 250, 500)])).toEqual(['Location: Trieste']);
    expect(rebuildPdfLines([run('We offer a contract.', 50, 500), run('Page 2', 450, 500)])).toEqual([
      'We offer a contract. Page 2',
    ]);
    expect(rebuildPdfLines([run('- Python', 50, 500), run('advanced', 250, 500)])).toEqual(['- Python advanced']);
    expect(rebuildPdfLines([run('Name', 50, 500), run('Office', 200, 500), run('Phone', 350, 500)])).toEqual([
      'Name Office Phone',
    ]);
  });
});

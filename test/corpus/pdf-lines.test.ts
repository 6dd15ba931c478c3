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
    expect(lines).toEqual(['Senior Software Developer', 'Team: Online', '', 'Closing date: 12 May 2027']);
  });

  it('joins runs of one baseline that sit a little apart, and a superscript that sits a little higher', () => {
    const lines = rebuildPdfLines([run('Start', 50, 500), run('1', 78, 503, 6), run('of March', 84, 500)]);
    expect(lines).toEqual(['Start 1 of March']);
  });

  it('does not add a space between runs that touch (one word cut into pieces)', () => {
    expect(rebuildPdfLines([run('Kuber', 50, 400), run('netes', 75, 400)])).toEqual(['Kubernetes']);
  });

  it('keeps lines of a paragraph together and marks a wide gap as a paragraph break', () => {
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
      '',
      'Requirements',
      '- a PhD in physics',
    ]);
  });

  it('skips empty runs and collapses spaces', () => {
    expect(rebuildPdfLines([run('', 10, 10), run('  Contact:   Ana  ', 50, 300)])).toEqual(['Contact: Ana']);
    expect(rebuildPdfLines([])).toEqual([]);
  });
});

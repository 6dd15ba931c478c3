import { describe, expect, it } from 'vitest';
import { splitColumns } from '../../src/corpus/formats/pdf-columns.ts';
import { type PositionedText, rebuildPdfLines } from '../../src/corpus/formats/pdf-lines.ts';

const run = (str: string, x: number, y: number, height = 10): PositionedText => ({
  str,
  transform: [height, 0, 0, height, x, y],
  width: str.length * height * 0.5,
  height,
});

// Two columns 230 pt wide, at x = 50 and x = 320: lines of 46 characters fill a column.
const leftText = [
  'The group operates the tracking detector of th',
  'experiment and prepares its upgrade for the ne',
  'run. The fellow will take part in the commissi',
  'of the new modules and in the data quality wor',
  'of the collaboration, and will supervise stude',
  'in the laboratory of the department each term.',
  'Experience with silicon sensors is an advantag',
];
const rightText = [
  'Applications must be sent before the deadline ',
  'of 30 April 2027 with a CV and two references ',
  'to the secretariat of the department, who will',
  'forward them to the selection committee. Short',
  'listed candidates will be invited to interview',
  'in May. The position is open to all nationalit',
  'and the contract is for two years, renewable. ',
];

function twoColumnPage(): PositionedText[] {
  const items: PositionedText[] = [run('Fellowship in Silicon Tracking', 50, 760, 16)];
  leftText.forEach((t, i) => {
    items.push(run(t, 50, 720 - i * 12), run(rightText[i] as string, 320, 720 - i * 12));
  });
  items.push(run('Example Institute, Physics Department, 2027 and beyond', 50, 600));
  return items;
}

describe('pages in two columns', () => {
  it('are read a column at a time, a title above and a line below staying in place', () => {
    const lines = rebuildPdfLines(twoColumnPage()).filter(Boolean);
    expect(lines[0]).toBe('Fellowship in Silicon Tracking');
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    // The whole left column comes before the right one.
    expect(at('silicon sensors')).toBeLessThan(at('Applications must be sent'));
    expect(lines.some((l) => l.includes('th Applications'))).toBe(false);
    expect(lines[lines.length - 1]).toBe('Example Institute, Physics Department, 2027 and beyond');
  });

  it('keep a table of short labels and values whole', () => {
    const rowsOf = [
      ['Closing date', '30 April 2027'],
      ['Duration', 'Two years'],
      ['Location', 'Heidelberg, Germany'],
      ['Start', 'October 2027'],
      ['Salary', 'TV-L E13'],
      ['Workload', '100%'],
      ['Contact', 'office@example.org'],
      ['Reference', '2027-15'],
    ];
    const items = rowsOf.flatMap(([a, b], i) => [
      run(a as string, 50, 700 - i * 14),
      run(b as string, 320, 700 - i * 14),
    ]);
    expect(splitColumns(items)).toHaveLength(1);
    expect(rebuildPdfLines(items)[0]).toBe('Closing date: 30 April 2027');
  });

  it('leave a single column, and a page of few lines, as they are', () => {
    const single = leftText.map((t, i) => run(`${t}${t}`, 50, 700 - i * 12));
    expect(splitColumns(single)).toHaveLength(1);
    expect(splitColumns([run('a', 50, 700), run('b', 320, 700)])).toHaveLength(1);
  });
});

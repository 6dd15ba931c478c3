import { describe, expect, it } from 'vitest';
import { unwrapLines, wrapWidth } from '../../src/corpus/formats/hard-wrap.ts';
import { numberedLines } from '../../src/corpus/formats/text-lines.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';

/** Wraps each line of `text` at `width` columns, as a mail program or `fold -s` does. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      const out: string[] = [];
      let cur = '';
      for (const word of line.trim().split(/\s+/)) {
        if (!word) continue;
        if (cur && (indent + cur).length + 1 + word.length > width) {
          out.push(out.length ? cur : indent + cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      out.push(out.length ? cur : indent + cur);
      return out;
    })
    .join('\n');
}

const texts = (text: string) => unwrapLines(numberedLines(text)).map((l) => l.text);

// A posting of our own, a paragraph a line, in the shape of a mailing-list announcement.
const POSTING = `Research Software Engineer for the Muon Trigger and the Data Acquisition of the Upgraded Detector

The Institute for Subatomic Physics of Example University in Utrecht, the Netherlands, invites applications for a Research Software Engineer to join the muon trigger group of its collider physics department for an initial period of three years.

The engineer will maintain the trigger emulation software, port the track finder to GPUs and take part in the commissioning of the upgraded detector during the yearly technical stops.

Requirements:
- a master's degree in physics, computer science or a related field, and at least two years of experience with modern C++ in large code bases;
- experience with Python and with continuous integration.

The gross salary is between EUR 4,100 and EUR 5,300 per month, depending on experience, plus a holiday allowance of eight per cent and an end-of-year bonus.

The deadline for applications is 14 March 2027. Please send a CV and a motivation letter to dr. Anneke de Vries (a.devries@example.edu).`;

describe('the width a text was wrapped at', () => {
  it('is read off a text wrapped at 60, 72 or 78 columns', () => {
    for (const width of [60, 72, 78]) {
      const w = wrapWidth(numberedLines(wrap(POSTING, width)));
      expect(w).toBeGreaterThanOrEqual(width - 3);
      expect(w).toBeLessThanOrEqual(width);
    }
  });

  it('is 0 for a paragraph a line, a form of short lines and a short text', () => {
    expect(wrapWidth(numberedLines(POSTING))).toBe(0);
    const form = [
      'Position: Engineer',
      'Group: Trigger',
      'Site: Utrecht',
      'Start: 1 May 2027',
      'Closes: 1 March',
      'Ref: 77',
    ];
    expect(wrapWidth(numberedLines(form.join('\n')))).toBe(0);
    expect(wrapWidth(numberedLines(wrap(POSTING, 72).split('\n').slice(0, 4).join('\n')))).toBe(0);
  });

  it('is read off a wrapped text with a list of short lines without bullets', () => {
    const areas = ['Lattice field theory', 'Collider phenomenology', 'Neutrino physics', 'Dark matter'];
    const text = wrap(
      POSTING.replace('Requirements:', `Research areas:\n${[...areas, ...areas].join('\n')}\nRequirements:`),
      72,
    );
    expect(wrapWidth(numberedLines(text))).toBeGreaterThanOrEqual(69);
    expect(texts(text)).toContain(areas[0]);
  });

  it('is 0 for lines of much the same length that each end where the next word would have fitted', () => {
    const titles = [
      'Doctoral projects of the Example Graduate School in Data Science',
      'Applications for all projects are open until 15 May 2027.',
      'DeepSky: Neural Networks for the Classification of Radio Sources',
      'FastWave: Rapid Inference for Gravitational Wave Signals',
      'IceAge: Machine Learning for Ice Core Climate Archives',
      'PlasmaTwin: Digital Twins of Fusion Plasma Experiments',
      'Send a CV and two letters of reference to the school office.',
    ];
    expect(wrapWidth(numberedLines(titles.join('\n')))).toBe(0);
    expect(texts(titles.join('\n'))).toEqual(titles);
  });
});

describe('a text wrapped by hand', () => {
  it('has each paragraph on its first line again, with as many lines as before', () => {
    const wrapped = wrap(POSTING, 72);
    const lines = texts(wrapped);
    expect(lines).toHaveLength(wrapped.split('\n').length);
    const paragraphs = lines.filter((l) => l.trim());
    expect(paragraphs).toEqual(POSTING.split('\n').filter((l) => l.trim()));
    // Each paragraph stays on the line it starts on.
    const deadline = wrapped.split('\n').findIndex((l) => l.startsWith('The deadline for applications'));
    expect(lines[deadline]).toMatch(/^The deadline for applications is 14 March 2027\. Please send/);
  });

  it('keeps list items, labels, headings and code apart, and joins a list item going on from the margin', () => {
    const text = [
      'The group is looking for a person who enjoys working on large distributed systems and who',
      'likes to travel to the experiment for shifts several times a year, usually in the winter.',
      'Deadline: 1 May 2027',
      '- a doctorate in physics or in a neighbouring field, obtained no more than five years',
      'before the closing date of this call;',
      '- fluency in English',
      '## Benefits of the position at the institute, described in full in the staff handbook',
      'Public transport and lunches at the canteen are paid for by the institute for all staff.',
      '```',
      'an example block of code that is long enough to reach the margin of this text, really',
      'and continues here',
      '```',
      'The appointment is full-time and comes with a pension scheme; part-time work is possible.',
    ].join('\n');
    // The cut sentence and the cut list item are joined; every other line stays as it is.
    const lines = text.split('\n');
    const joined = (i: number) => `${lines[i]} ${lines[i + 1]}`;
    expect(texts(text).filter((l) => l)).toEqual([joined(0), lines[2], joined(3), ...lines.slice(5)]);
  });

  it('keeps a line that ends where the next word would have fitted: the writer broke it', () => {
    const text = [
      'Applications are welcome from all nationalities; we particularly encourage women to apply.',
      'Contact',
      'Dr. Jane Example, Group Leader, Trigger and Data Acquisition, Example University',
      'Phone +31 30 000 0000',
      'The institute is an equal opportunity employer and values diversity in all its teams.',
      'It offers flexible working hours, a generous travel budget and excellent childcare.',
    ].join('\n');
    expect(texts(text).filter((l) => l)).toHaveLength(6);
  });
});

describe('a posting wrapped by hand', () => {
  it('gives the same facts as the same posting a paragraph a line, at any width', () => {
    const base = parseFile('rse.txt', Buffer.from(POSTING)).postings[0];
    expect(base?.deadline?.date).toBe('2027-03-14');
    for (const width of [60, 66, 72, 78]) {
      const p = parseFile('rse.txt', Buffer.from(wrap(POSTING, width))).postings[0];
      expect(p?.title, `width ${width}`).toBe(base?.title);
      expect(p?.deadline?.date, `width ${width}`).toBe('2027-03-14');
      expect(p?.salary, `width ${width}`).toMatchObject({ min: 4100, max: 5300, currency: 'EUR', period: 'month' });
      expect(p?.duration?.months, `width ${width}`).toBe(36);
      expect(p?.degree, `width ${width}`).toBe(base?.degree);
      expect(p?.contacts.map((c) => c.email)).toEqual(['a.devries@example.edu']);
      // The deadline is quoted whole and cited at the line its sentence starts on.
      const line = wrap(POSTING, width)
        .split('\n')
        .findIndex((l) => l.startsWith('The deadline'));
      expect(p?.deadline?.line).toBe(line + 1);
      expect(p?.deadline?.text).toBe(base?.deadline?.text);
    }
  });
});

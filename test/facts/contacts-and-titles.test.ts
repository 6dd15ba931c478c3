import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const parse = (name: string, text: string) => parseFile(name, Buffer.from(text)).postings;

describe('contacts written with "at"', () => {
  it('reads "name at cern.ch" and "name [at] desy [dot] de"', () => {
    const [p] = parse(
      'a.txt',
      'Data engineer\n\nSend your CV to kirsti.aspola at cern.ch or to jo [at] desy [dot] de.\n',
    );
    expect(p?.contacts.map((c) => c.email)).toEqual(['kirsti.aspola@cern.ch', 'jo@desy.de']);
  });

  it('does not join "the team at CNRS. The" into an address', () => {
    const [p] = parse('b.txt', 'Data engineer\n\nYou will join the team at CNRS. The deadline is 1 December 2026.\n');
    expect(p?.contacts).toEqual([]);
  });
});

describe('markdown titles', () => {
  it('a first heading that names a section word is still the title', () => {
    const [p] = parse(
      'c.md',
      '# Java developer position in distributed computing at CNRS\n\n## Requirements\n- Java\n',
    );
    expect(p?.title).toBe('Java developer position in distributed computing at CNRS');
  });

  it('a first heading that is a section name is not the title', () => {
    const [p] = parse('d.md', 'ALICE O2 software engineer\n\n# Requirements\n- C++\n');
    expect(p?.title).toBe('ALICE O2 software engineer');
  });
});

describe('eligibility lines', () => {
  it('takes "authorized to work in the United States" as a criterion, and a Location line as none', () => {
    const [p] = parse(
      'e.txt',
      'Computing professional\n\nLocation: Fermi National Accelerator Laboratory, Batavia, United States\n\nRequirements\n- You must be authorized to work in the United States\n',
    );
    expect(p?.eligibility.map((q) => q.text)).toEqual(['You must be authorized to work in the United States']);
  });

  it('does not take prose that describes the job as a criterion', () => {
    const [p] = parse('f.txt', 'CBM software\n\nGSI opens a PhD student position in the CBM experiment.\n');
    expect(p?.eligibility).toEqual([]);
  });
});

describe('start dates', () => {
  it('reads "between X and Y" as a range', () => {
    const [p] = parse('g.txt', 'Beamline scientist\n\nStarting date: between 1 March 2027 and 1 June 2027.\n');
    expect(p?.start).toMatchObject({ from: '2027-03-01', to: '2027-06-01' });
  });
});

describe('impossible dates', () => {
  it('reports "31 February" and "April 31" in the file report, and takes no date from them', () => {
    const r = parseFile(
      'h.txt',
      Buffer.from(
        'Detector fellow\n\nApply by 31 February 2027.\nStart: April 31st\n31 junior engineers, 30 May 2027\n',
      ),
    );
    expect(r.warnings.map((w) => [w.line, w.reason])).toEqual([
      [3, "'31 February' is not a date; no date was taken from it"],
      [4, "'April 31st' is not a date; no date was taken from it"],
    ]);
    expect(r.postings[0]?.deadline).toBeNull();
  });
});

describe('repeated lines', () => {
  it('quotes a line once whatever its case, "İ" (two characters in lower case) included', () => {
    const [p] = parse(
      'f.md',
      '# Detector engineer\n\n## Duties\n- Run the DAQ\n- run the daq\n- İzmir liaison\n- i\u0307zmir liaison\n- Run the DAC\n',
    );
    expect(p?.duties.map((d) => d.text)).toEqual(['Run the DAQ', 'İzmir liaison', 'Run the DAC']);
  });
});

describe('posting texts', () => {
  it('are in one-byte form exactly when they fit, from any file', async () => {
    const { serialize } = await import('node:v8');
    // v8.serialize tags a one-byte string '"' and a two-byte one 'c'.
    const oneByte = (s: string) => serialize(s)[2] === 0x22;
    for (const [name, text] of [
      ['g.txt', 'Detector engineer\n\nDuties:\n• Run the DAQ\n'],
      ['h.html', '<h1>Detector engineer</h1><p>Run the DAQ &amp; more</p>'],
      ['i.html', '<h1>Detector engineer</h1><p>Run the DAQ &bull; and more</p>'],
      ['j.md', '# Detector engineer\n\nRun the DAQ in Zürich.\n'],
      ['k.md', '# Detector engineer\n\nRun the DAQ in Zürich\u200b.\n'],
    ]) {
      const [p] = parse(name as string, text as string);
      const fits = !/[^\x00-\xff]/.test(p?.text ?? '');
      expect(p && oneByte(p.text), name).toBe(fits);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const locationOf = (name: string, text: string) => parseFile(name, Buffer.from(text)).postings[0]?.location?.text;

describe('a known city after the host on one of the first lines', () => {
  it('is the location: "Host, City" and a banner of parts', () => {
    expect(locationOf('a.txt', 'Postdoc in Neutrino Physics\nDESY, Hamburg\nDeadline: 1 February 2027\n')).toBe(
      'Hamburg',
    );
    expect(locationOf('b.txt', 'Thèse en physique des particules\nCNRS, Marseille\n')).toBe('Marseille');
    expect(
      locationOf(
        'c.md',
        '# DAQ Engineer (m/f/d)\n\n**Deutsches Elektronen-Synchrotron DESY** | Zeuthen | Full-time\n\nWe build DAQ.\n',
      ),
    ).toBe('Zeuthen');
  });

  it('is not the first part, a research site or a list of subjects', () => {
    expect(locationOf('d.txt', 'Research Engineer\nGeneva, a global city, hosts many labs\n')).toBeUndefined();
    expect(locationOf('e.txt', 'Lecturer\nPhysics, Chemistry and Biology\nWe teach.\n')).toBeUndefined();
    expect(locationOf('f.txt', 'Software Engineer\nUniversity of Kestrel, CERN\n')).toBeUndefined();
  });
});

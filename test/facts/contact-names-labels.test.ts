import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { nameBefore } from '../../src/facts/contacts.ts';

const first = (text: string) => parseFile('w.txt', Buffer.from(text)).postings[0];

describe('contact names beside their address', () => {
  it.each([
    ['Questions should be directed to Prof. Dr. Hanna Kestrel by email ', 'Prof. Dr. Hanna Kestrel'],
    ['Informal enquiries may be made to Professor Ada Nordlicht, email: ', 'Professor Ada Nordlicht'],
    ['Contact: Dr. Anna-Lena Kestrel, ', 'Dr. Anna-Lena Kestrel'],
    ['Ansprechpartner: Dr. Karl-Heinz Ostwald, E-Mail: ', 'Dr. Karl-Heinz Ostwald'],
    ['For details write to Jean-Luc Martin by e-mail: ', 'Jean-Luc Martin'],
  ])('"%s"', (prefix, name) => {
    expect(nameBefore(prefix)).toBe(name);
  });

  it('keeps scientific and HR contacts apart, each with its own name', () => {
    const p = first(
      'Postdoc in Optics\n\nScientific contact: Dr. Jana Roe (jana.roe@kestrel.example.org)\nHR contact: Ms. Eva Stone (hr@kestrel.example.org)\n',
    );
    expect(p?.contacts.map((c) => [c.name, c.email])).toEqual([
      ['Dr. Jana Roe', 'jana.roe@kestrel.example.org'],
      ['Ms. Eva Stone', 'hr@kestrel.example.org'],
    ]);
  });
});

describe('a label whose value holds a section word', () => {
  it('"Department: Institute for ..." opens no location section', () => {
    const p = first(
      'Postdoc in Nuclear Physics\n\nOrganisation: Kestrel Research Centre\nDepartment: Institute for Nuclear Physics (INP)\nResearch Field: Physics\nCountry: Germany\n\nThe centre, located in Kestrel near Aachen, seeks a postdoc.\n',
    );
    expect(p?.location?.text).not.toBe('Research Field: Physics');
  });
});

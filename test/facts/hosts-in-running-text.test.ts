import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const postingsOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings;
const postingOf = (text: string) => postingsOf(text)[0];

describe('the host and town of "a position is available at ..."', () => {
  it('takes the host after "is available" and the city written after it, not a lab the project uses', () => {
    const p = postingOf(
      'Postdoctoral Fellow in Neutrino Detector Development\n' +
        'A postdoctoral position in experimental physics is available in the group of Professor Ana Lind at the Department of Physics, University of Helsinki in Helsinki.\n' +
        'The group contributes to the ALPS II experiment at DESY, Hamburg, Germany, and to detector research at CERN.\n',
    );
    expect(p?.organisation).toBe('University of Helsinki');
    expect(p?.location?.text).toBe('Helsinki');
  });

  it('takes the host of "two PhD positions are available at ..."', () => {
    const p = postingOf(
      'PhD Positions in Plasma Physics\nTwo PhD positions are available at Lund University, Sweden, starting in autumn.\n',
    );
    expect(p?.organisation).toBe('Lund University');
  });

  it('does not take a host from "more information is available at ..."', () => {
    const p = postingOf(
      'Research Software Engineer\nThe Cosmic Data Group at DESY is looking for a research software engineer.\n' +
        'More information is available at the University of Hamburg website.\n',
    );
    expect(p?.organisation).toBe('DESY');
  });
});

describe('a title that reads like a host', () => {
  it('takes the laboratory the text names over the "Associate Laboratory" of a director title', () => {
    const p = postingOf(
      'Associate Laboratory Director, Photon Sciences\n\nJob ID 4410\n\n' +
        'Argonne National Laboratory delivers science for the nation. Argonne National Laboratory is located near Chicago.\n',
    );
    expect(p?.organisation).not.toBe('Associate Laboratory');
    expect(p?.organisation).toMatch(/Argonne National Laboratory/);
  });
});

describe('numbered sections that are one posting', () => {
  it('keeps "1. Positions Offered, 2. Affiliation, 3. Period ..." one posting', () => {
    const ps = postingsOf(
      'Open Call for a Tenure-track Lecturer\n\n' +
        '  1. Positions Offered\n\n    One Tenure-track Lecturer\n\n' +
        '  2. Affiliation\n\n    Institute for Advanced Studies\n\n' +
        '  3. Research Areas\n\n    Marine ecology 1\n\n' +
        '  4. Start of Employment\n\n    As soon as possible after 1 April 2027\n\n' +
        '  5. Period of Employment\n\n    Five years (60 months)\n',
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]?.duration?.months).toBe(60);
  });

  it('still splits roles listed under a list heading of their own', () => {
    const ps = postingsOf(
      'Open positions\n\n* Postdoctoral Researcher in Lattice Field Theory\n* PhD Student in Collider Phenomenology\n\nApply by 1 March 2027.\n',
    );
    expect(ps.length).toBe(2);
  });
});

describe('a bracketed "as of" is no start', () => {
  it('reads no start from the reference day of a degree-age rule', () => {
    const p = postingOf(
      'Tenure-track Assistant Professor\nApplicants must have obtained a Ph.D. within the past eight years (as of October 1, 2027).\n',
    );
    expect(p?.start).toBeNull();
  });

  it('still reads "as of" a start day in a sentence of its own', () => {
    const p = postingOf('Research Engineer\nThe position is available as of 1 March 2027.\n');
    expect(p?.start?.from).toBe('2027-03-01');
  });
});

describe('a hiring sentence set as a sub-heading', () => {
  const page = (subheading: string) =>
    parseFile(
      'p.html',
      Buffer.from(
        `<html><body><h1>Doctoral Fellowship in Nuclear Physics</h1><h2>${subheading}</h2>` +
          '<ul><li>Closing date: 12 May 2027</li></ul>' +
          '<p>The Graduate Academy of the Cluster of Excellence offers several fellowships for outstanding graduates.</p>' +
          '</body></html>',
      ),
    ).postings[0];

  it('names the host, over a unit that a later paragraph says offers the fellowships', () => {
    const cases: Array<[string, string]> = [
      ['University of Tübingen is offering a Doctoral Fellowship in Nuclear Physics', 'University of Tübingen'],
      ['The University of Bonn invites applications for a Doctoral Fellowship', 'University of Bonn'],
      ['Technische Universität Dresden is seeking doctoral fellows', 'Technische Universität Dresden'],
    ];
    for (const [subheading, host] of cases) expect(page(subheading)?.organisation).toBe(host);
  });

  it('is not a hiring sentence when it names no host', () => {
    expect(page('What we offer in this fellowship programme')?.organisation).not.toMatch(/offer/i);
  });
});

import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const titleOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0]?.title;

describe('a first line that is a notice, not a title', () => {
  it('passes over a line of the call dates that names no role', () => {
    for (const first of [
      'Recruitment opens on 3 March 2027',
      'Periodo de solicitud del 01/04/2027 al 30/04/2027',
      'Call closed - the next round runs from 1 June to 30 June 2027',
    ])
      expect(
        titleOf(
          `${first}\n\nThe Orion Institute invites applications for one postdoctoral fellowship in radio astronomy.\n`,
        ),
      ).toBe('Postdoctoral fellowship in radio astronomy');
  });

  it('keeps a first line with a year that names its role', () => {
    expect(titleOf('Summer Student Programme 2027\n\nThe programme runs for ten weeks.\n')).toBe(
      'Summer Student Programme 2027',
    );
  });

  it('passes over a sentence that opens a list', () => {
    expect(
      titleOf(
        'For every position of this network the following rules apply:\n\nThe Vega Observatory invites applications for a research engineer in optics.\n',
      ),
    ).toBe('Research engineer in optics');
  });

  it("passes over a site's menu of offers in the plural", () => {
    for (const first of ['Grants & Awards', 'Becas y empleos', 'Stages et emplois'])
      expect(
        titleOf(`${first}\n\nThe Lyra Centre invites applications for a postdoctoral researcher in plasma physics.\n`),
      ).toBe('Postdoctoral researcher in plasma physics');
  });

  it('passes over "The Post" and a duties heading as the first line', () => {
    expect(titleOf('The Post\n\nThe Kepler Laboratory is seeking a detector physicist for its neutrino group.\n')).toBe(
      'Detector physicist for its neutrino group',
    );
    expect(
      titleOf(
        '## Your work assignments\n\nYou will calibrate the tracker.\n\n## Your qualifications\n\nAs a doctoral student you hold a master degree.\n',
      ),
    ).not.toBe('Your work assignments');
  });

  it('passes over a dated step of a timeline', () => {
    expect(
      titleOf(
        'Call closed - next call from 1 May 2027\n\n1 May 2027: Start of PhD projects\n\nThe Lyra Centre invites applications for a PhD studentship in cosmology.\n',
      ),
    ).toBe('PhD studentship in cosmology');
  });
});

describe('a title a form or a hiring line introduces', () => {
  it('reads a title field in capitals without a colon, without its codes', () => {
    expect(
      titleOf(
        'Vacancy 27-114\nOpening date: May 2, 2027\n\nTITLE Instrument Scientist (Spectroscopy), GS-1310, Grade 12; $91,000 to $118,000 per year\nLOCATION: Tucson, AZ\n',
      ),
    ).toBe('Instrument Scientist (Spectroscopy)');
    expect(titleOf('Notice 14\n\nPOSITION Research Software Engineer, Band 6\nDIVISION: Computing\n')).toBe(
      'Research Software Engineer',
    );
  });

  it('reads the line under "we are seeking:"', () => {
    expect(
      titleOf(
        'At our campus in Leiden we are seeking:\n\nCryogenics Technician for the dilution refrigerator platform\n\nThe group builds quantum sensors.\n',
      ),
    ).toBe('Cryogenics Technician for the dilution refrigerator platform');
    expect(
      titleOf(
        'Für unseren Standort in Jena suchen wir:\n\nIngenieur für Lasersysteme (w/m/d)\n\nDas Institut forscht an Optik.\n',
      ),
    ).toBe('Ingenieur für Lasersysteme (w/m/d)');
  });
});

describe('a composed title', () => {
  it('does not take a role noun inside an institution name for the role', () => {
    for (const school of ['the Orion Graduate School', 'the local graduate school', 'our Fellows Programme office'])
      expect(titleOf(`Apply now\n\nThank you for your interest in ${school}. The call opens in May.\n`)).not.toMatch(
        /graduate|fellows/i,
      );
  });

  it('keeps a count of years with its role noun, not a broken word', () => {
    const t = titleOf(
      'Two 3-year postdoc positions will become available in the unit in autumn.\n\nWe study gravity.\n',
    );
    expect(t?.startsWith('-')).toBe(false);
  });
});

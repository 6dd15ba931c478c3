import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { findOrgSite } from '../../src/facts/org-site.ts';

const first = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0];
const whereOf = (text: string) => {
  const p = first(text);
  return [p?.organisation ?? null, p?.location?.text ?? null, p?.country ?? null];
};

describe('a known host written with its site', () => {
  it('splits the host from its site or town', () => {
    expect(findOrgSite('CEA Saclay')).toEqual({ organisation: 'CEA', place: 'Saclay', whole: true });
    expect(findOrgSite('DESY Zeuthen – Astroparticle Physics')).toMatchObject({
      organisation: 'DESY',
      place: 'Zeuthen',
    });
    expect(findOrgSite('Le CNRS Marseille recrute un ingénieur')).toMatchObject({
      organisation: 'CNRS',
      place: 'Marseille',
      whole: false,
    });
    expect(findOrgSite("L'INFN Padova cerca un tecnologo")).toMatchObject({ organisation: 'INFN', place: 'Padova' });
    expect(findOrgSite('Das KIT Karlsruhe sucht')).toMatchObject({ organisation: 'KIT', place: 'Karlsruhe' });
  });
  it('does not take a country, another host or a plain word for a site', () => {
    expect(findOrgSite('CERN Member States nationals')).toBeNull();
    expect(findOrgSite('INFN Italy')).toBeNull();
    expect(findOrgSite('CERN DESY collaboration')).toBeNull();
    expect(findOrgSite('The CMS Collaboration at CERN')).toBeNull();
    expect(findOrgSite('a visit to the CEA Archive')).toBeNull();
  });
  it('gives the organisation from a label and the site as the location', () => {
    expect(whereOf('Ingénieur de recherche en électronique\nOrganisation : CEA Saclay\n\nTexte du poste.\n')).toEqual([
      'CEA',
      'Saclay',
      null,
    ]);
    expect(
      whereOf('CEA Saclay – Irfu – Département de Physique\n\nPost-doctorat : imagerie médicale\n\nTexte.\n'),
    ).toEqual(['CEA', 'Saclay', null]);
    expect(whereOf("Tecnologo per il calcolo\n\nL'INFN Padova cerca un tecnologo per il calcolo.\n")).toEqual([
      'INFN',
      'Padova',
      null,
    ]);
    expect(whereOf('DESY, Zeuthen\n\nWissenschaftler (m/w/d) Astroteilchenphysik\n\nText.\n')).toEqual([
      'DESY',
      'Zeuthen',
      null,
    ]);
  });
});

describe("a research site's town", () => {
  it('joins the site when the posting names the town', () => {
    expect(
      whereOf(
        'Postdoc in Muon Physics\n\nThe Laboratory for Particle Physics at PSI is seeking a postdoc.\n\nYou will work at our site in Villigen.\n',
      )[1],
    ).toBe('PSI, Villigen');
    expect(whereOf('Fellow in Accelerator Physics\n\nA fellowship at CERN, near Geneva.\n')[1]).toBe('CERN, Geneva');
  });
  it('leaves the site alone when the town is not named', () => {
    expect(
      whereOf('Postdoc in Muon Physics\n\nThe Laboratory for Particle Physics at PSI is seeking a postdoc.\n')[1],
    ).toBe('PSI');
  });
  it('reads the site from its German name', () => {
    expect(whereOf('Postdoc (m/w/d) Neutronenstreuung\nArbeitsort: Paul Scherrer Institut\n\nText.\n')).toEqual([
      'PSI',
      'Paul Scherrer Institut',
      null,
    ]);
  });
});

describe("a location's country code", () => {
  it('states the country when it is the town’s', () => {
    expect(whereOf('Postdoc in Muon Physics\nLocation: Villigen, CH\n\nText.\n')[2]).toBe('Switzerland');
    expect(whereOf('Detector Engineer\nLocation: Hamburg, DE\n\nText.\n')[2]).toBe('Germany');
  });
  it("is not a state's code that is another country's", () => {
    expect(whereOf('Postdoctoral Scholar\nLocation: Berkeley, CA\n\nText.\n')[2]).toBeNull();
    expect(whereOf('Staff Scientist\nLocation: Newark, DE\n\nText.\n')[2]).toBeNull();
  });
});

describe('a site in prose', () => {
  it('is no place of work among others ("and elsewhere")', () => {
    expect(
      whereOf('Theory Postdoc\n\nThe group analyses data from experiments at DESY and elsewhere.\n')[1],
    ).toBeNull();
    expect(
      whereOf('Postdoc en théorie\n\nLe groupe étudie les données des expériences au CERN et ailleurs.\n')[1],
    ).toBeNull();
    expect(whereOf('Theory Postdoc\n\nThe postdoc will spend a year at DESY.\n')[1]).toBe('DESY');
  });
  it("is read from a role's own bullet in a list of roles", () => {
    const list = `# Network jobs

## Current openings

* [Detector Fellowship](https://example.org/a) - two years of work at CERN on the tracker upgrade.
* [Software Grant](https://example.org/b) - six months of work at DESY on the trigger.
* [Analysis Fellowship](https://example.org/c) - one year at home with visits.
`;
    const ps = parseFile('list.md', Buffer.from(list)).postings;
    expect(ps.map((p) => p.location?.text ?? null)).toEqual(['CERN', 'DESY', null]);
  });
});

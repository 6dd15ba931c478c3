import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { countryOfPlace, isKnownPlace } from '../../src/facts/gazetteer.ts';

const parse = (name: string, text: string) => parseFile(name, Buffer.from(text)).postings;
const first = (text: string) => parse('p.txt', text)[0];

describe('the gazetteer', () => {
  it('gives the country of cities, research sites and states', () => {
    expect(countryOfPlace('Odense')).toBe('Denmark');
    expect(countryOfPlace('Santiago')).toBe('Chile');
    expect(countryOfPlace('Meyrin')).toBe('Switzerland');
    expect(countryOfPlace('Batavia')).toBe('United States');
    expect(countryOfPlace('Garching')).toBe('Germany');
    expect(countryOfPlace('Tennessee')).toBe('United States');
    expect(countryOfPlace('Atlantis Minor')).toBeNull();
    expect(isKnownPlace('Tennessee')).toBe(false);
    expect(isKnownPlace('DESY')).toBe(true);
  });
});

describe('location headers', () => {
  it.each([
    ['Location: Didcot, United Kingdom', 'Didcot, United Kingdom', 'United Kingdom'],
    ['Duty station: Garching bei München, Germany', 'Garching bei München, Germany', 'Germany'],
    ['Place of work: Lund, Sweden', 'Lund, Sweden', 'Sweden'],
    ['Lieu de travail : Annecy, France', 'Annecy, France', 'France'],
    ['Arbeitsort: Darmstadt, Deutschland', 'Darmstadt, Deutschland', 'Germany'],
    ['Sede: Frascati (Roma), Italia', 'Frascati (Roma), Italia', 'Italy'],
  ])('%s', (header, location, country) => {
    const p = first(`Vacuum Technician\n\n${header}\n\nYou will maintain the vacuum systems.\n`);
    expect(p?.location?.text).toBe(location);
    expect(p?.country).toBe(country);
  });

  it('reads a header whose value is on the next line', () => {
    const p = first(
      'Cryogenics Engineer\nPosition Location:\nIllinois, United States of America\nDeadline: 1 May 2031\n',
    );
    expect(p?.location?.text).toBe('Illinois, United States of America');
    expect(p?.country).toBe('United States');
  });

  it('reads the place under a header row', () => {
    const p = first(
      'Head of Detector Group\nPublished Deadline Location\n2 Feb 30 Mar Copenhagen\nThe group builds detectors.\n',
    );
    expect(p?.location?.text).toBe('Copenhagen');
  });
});

describe('locations in prose', () => {
  it('reads "based in", "located in" and "-based"', () => {
    expect(
      first('Data Engineer\n\nThe position is based in Odense, Denmark, in the physics department.\n')?.location?.text,
    ).toBe('Odense, Denmark');
    expect(
      first('Data Engineer\n\nOur offices are located in Batavia, Illinois and the team travels often.\n')?.location
        ?.text,
    ).toBe('Batavia, Illinois');
    expect(first('Data Engineer\n\nThe Lyon-based group runs a computing centre.\n')?.location?.text).toBe('Lyon');
  });

  it('takes the city over the site name it is in', () => {
    const p = first('Astronomer\n\nYou will be based in the KEK offices in Tsukuba with trips abroad.\n');
    expect(p?.location?.text).toBe('Tsukuba');
  });

  it('reads a research site the work happens at', () => {
    const p = first('Summer work\n\nThere will be summer work at DESY for students of physics.\n');
    expect(p?.location?.text).toBe('DESY');
  });

  it('reads the city in the host institution name', () => {
    const p = first(
      'Research Associate\n\nThe University of Aarhus invites applications for a research associate position.\n',
    );
    expect(p?.organisation).toBe('University of Aarhus');
    expect(p?.location?.text).toBe('Aarhus');
  });

  it('reads a lone city line under the title', () => {
    const p = first('Plasma Fellowship 2031\n\nGlasgow\nFunding type: Fellowship\nThe fellowship lasts five years.\n');
    expect(p?.location?.text).toBe('Glasgow');
  });
});

describe('the country', () => {
  it('is the country the location names, the first of two', () => {
    const p = first('Software Engineer\nLocation: Bristol, UK or Lyon, France\n');
    expect(p?.country).toBe('United Kingdom');
  });

  it('comes from the gazetteer when the posting names it elsewhere', () => {
    const p = first('Software Engineer\nLocation: Aarhus\n\nWe welcome applicants from all over Denmark and abroad.\n');
    expect(p?.country).toBe('Denmark');
  });

  it('is not added when the posting never names it', () => {
    const p = first('Software Engineer\nLocation: Aarhus\n\nWe welcome applicants from everywhere.\n');
    expect(p?.location?.text).toBe('Aarhus');
    expect(p?.country).toBeNull();
  });

  it('is the host research site country when no location is given', () => {
    const p = first(
      'Return Fellowship\n\nThe Paul Scherrer Institute PSI is the largest research centre in Switzerland.\n',
    );
    expect(p?.location).toBeNull();
    expect(p?.country).toBe('Switzerland');
  });
});

import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { broadestOrgName, findOrgNames } from '../../src/facts/org-names.ts';

const parse = (name: string, text: string) => parseFile(name, Buffer.from(text)).postings;
const orgOf = (text: string) => parse('o.txt', text)[0]?.organisation;

describe('institution names', () => {
  it('finds names with their head word and rank', () => {
    expect(findOrgNames('The Optics Group of the Kestrel University Department of Physics').map((o) => o.name)).toEqual(
      ['Optics Group', 'Kestrel University', 'Department of Physics'],
    );
    expect(broadestOrgName('the Centre for Imaging of the University of Aarhus (AU)')?.name).toBe(
      'University of Aarhus (AU)',
    );
    expect(broadestOrgName('Istituto Nazionale di Astrofisica – sede di Roma')?.name).toBe(
      'Istituto Nazionale di Astrofisica',
    );
    expect(broadestOrgName('Executive Director - Marine Science and Engineering Council')?.name).toBe(
      'Marine Science and Engineering Council',
    );
    expect(broadestOrgName('Karl Weber-Universität Halle is offering')?.name).toBe('Karl Weber-Universität Halle');
  });

  it('does not make a name of a bare head word', () => {
    expect(findOrgNames('See the University web site and the Institute rules.')).toEqual([]);
  });
});

describe('the organisation of a posting', () => {
  it('reads an employer header', () => {
    expect(orgOf('Laser Physicist\nEmployer: Helios Light Source GmbH\nLocation: Berlin\n')).toBe(
      'Helios Light Source GmbH',
    );
    expect(orgOf('Chercheur\nÉtablissement porteur : Institut des Étoiles\n')).toBe('Institut des Étoiles');
    expect(orgOf('Data Engineer\nCompany: Corvid Research Laboratory\n')).toBe('Corvid Research Laboratory');
  });

  it('reads the subject of a hiring sentence, the broadest host first', () => {
    expect(
      orgOf('Postdoc in optics\n\nThe Centre for Imaging at Kestrel University invites applications for a postdoc.\n'),
    ).toBe('Kestrel University');
    expect(
      orgOf(
        'Postdoc in optics\n\nThe Institute of Solar Physics of the Danube Academy of Sciences is seeking a postdoc.\n',
      ),
      // An institute "of the" Academy is named with it: the academy is no broader host here.
    ).toBe('Institute of Solar Physics of the Danube Academy of Sciences');
    expect(orgOf('Postdoc\n\nThe Plasma Centre offers a two-year position at Kestrel National Laboratory.\n')).toBe(
      'Kestrel National Laboratory',
    );
  });

  it('reads a host after "the appointment is with"', () => {
    expect(
      orgOf('Developer\n\nThe appointment is with the University of Aarhus, however remote work is possible.\n'),
    ).toBe('University of Aarhus');
  });

  it('reads the institution in the title', () => {
    expect(orgOf('5 postdoctoral positions at Universidad de Salamanca\n\nApply online.\n')).toBe(
      'Universidad de Salamanca',
    );
  });

  it('reads an institution line heading the page', () => {
    expect(orgOf('Corvid National Laboratory (CNL)\nLocation: Ames\n\nWe build instruments.\n')).toBe(
      'Corvid National Laboratory (CNL)',
    );
  });

  it('writes a known organisation with its full name when the text has both', () => {
    expect(orgOf('Engineer\n\nThe European Space Agency (ESA) builds satellites. ESA staff work in teams.\n')).toBe(
      'European Space Agency (ESA)',
    );
    expect(orgOf('Engineer\n\nESA staff work in teams. ESA builds satellites.\n')).toBe('ESA');
  });

  it('says nothing when no institution is named', () => {
    expect(orgOf('PhD in Physics\n\nThe call has been published on the University web site.\n')).toBeNull();
  });
});

describe('a name with a typographic possessive', () => {
  it('reads "ECMWF’s" as ECMWF, as it reads "ECMWF\'s"', () => {
    for (const apostrophe of ['’', "'"]) {
      const text = `Data Engineer for Weather Archives\n\nLocation: Reading, UK\n\nWe support ECMWF${apostrophe}s forecasts and ECMWF${apostrophe}s users.\n`;
      expect(parseFile('a.txt', Buffer.from(text)).postings[0]?.organisation).toBe('ECMWF');
    }
  });
});

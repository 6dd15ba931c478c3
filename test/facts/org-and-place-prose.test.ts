import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { broadestOrgName } from '../../src/facts/org-names.ts';

const first = (text: string) => parseFile('o.txt', Buffer.from(text)).postings[0];

describe('the organisation of a page', () => {
  it('reads a header whose label names alternatives', () => {
    expect(
      first(
        'Research Fellow in Optics\n\nORGANISATION/COMPANY: Kestrel University\n\nThe Nordlicht Institute for Optics seeks a research fellow.\n',
      )?.organisation,
    ).toBe('Kestrel University');
    expect(
      first(
        'Research Fellow in Optics\n\nEmployer / Institution: Nordlicht Institute\n\nThe Kestrel Centre for Optics seeks a research fellow.\n',
      )?.organisation,
    ).toBe('Nordlicht Institute');
  });
  it('keeps the institution heading the page over its department that hires', () => {
    const text =
      'Nordlicht National Laboratory\n\nResearch Associate\n\nThe Chemistry Department is seeking a Research Associate to join us.\n';
    expect(first(text)?.organisation).toBe('Nordlicht National Laboratory');
    const uni = 'Kestrel University\n\nPostdoctoral Fellow\n\nThe Optics Group is looking for a postdoctoral fellow.\n';
    expect(first(uni)?.organisation).toBe('Kestrel University');
  });
  it('keeps the hiring institute when the first line names no institution', () => {
    const text = 'Postdoctoral Fellow in Optics\n\nThe Nordlicht Institute for Optics is seeking a postdoc.\n';
    expect(first(text)?.organisation).toBe('Nordlicht Institute for Optics');
  });
  it('reads a name whose words are listed with commas and a conjunction', () => {
    expect(broadestOrgName('KCX - Centro de Estudios Ópticos, Acústicos y Térmicos')?.name).toBe(
      'Centro de Estudios Ópticos, Acústicos y Térmicos',
    );
    expect(broadestOrgName('the Institute for Optics, Acoustics and Heat of the region')?.name).toBe(
      'Institute for Optics, Acoustics and Heat',
    );
    // A comma that ends the name: the words after it are no list of its own.
    expect(broadestOrgName('Kestrel Institute, Nordlicht campus')?.name).toBe('Kestrel Institute');
  });
  it('leaves out an article that opens the sentence', () => {
    expect(broadestOrgName('Das Institut für Optik sucht eine Doktorandin')?.name).toBe('Institut für Optik');
  });
});

describe('the location from a preposition in prose', () => {
  it('reads a known city after a preposition of several languages', () => {
    expect(first('Assegno di ricerca\n\nUn assegno di ricerca presso la Sezione di Torino.\n')?.location?.text).toBe(
      'Torino',
    );
    expect(
      first('Contrato predoctoral\n\nSe ofrece un contrato en el grupo de óptica,\nen Sevilla.\n')?.location?.text,
    ).toBe('Sevilla');
    expect(
      first('PhD student in Optics\n\nThe lab is seeking a PhD student for its facility in Hamburg.\n')?.location?.text,
    ).toBe('Hamburg');
    expect(first('Doktorand*in (m/w/d)\n\nDie Arbeit findet bei München statt.\n')?.location?.text).toBe('München');
  });
  it('gives no location for a preposition before a word that is no city or a country', () => {
    expect(
      first('PhD student in Optics\n\nWe work in Optics and Photonics with partners in Germany.\n')?.location,
    ).toBeNull();
  });
  it('adds no country the posting does not name', () => {
    expect(first('Assegno di ricerca\n\nUn assegno presso la Sezione di Padova.\n')?.country).toBeNull();
  });
});

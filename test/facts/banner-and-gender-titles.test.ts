import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { namesRole } from '../../src/facts/title.ts';

const titleOf = (text: string) => parseFile('t.txt', Buffer.from(text)).postings[0]?.title;

describe('a banner or portal line over the role line', () => {
  it('gives way to the role line below it', () => {
    expect(
      titleOf('Jobs Portal - People in Science\n\nResearch Engineer in Plasma Diagnostics\n\nWe build tokamaks.\n'),
    ).toBe('Research Engineer in Plasma Diagnostics');
    expect(titleOf("Portail Emploi Exemple\n\nOffre d'emploi\n\nChercheuse ou chercheur en cosmologie (H/F)\n")).toBe(
      'Chercheuse ou chercheur en cosmologie (H/F)',
    );
    expect(
      titleOf('Scientists on the Move\n\nData Analyst for Neutrino Oscillations\n\nThe group studies beams.\n'),
    ).toBe('Data Analyst for Neutrino Oscillations');
  });
  it('keeps a first line that names one role', () => {
    expect(titleOf('Postdoctoral Researcher in Optics\n\nSoftware Engineer wanted too\n')).toBe(
      'Postdoctoral Researcher in Optics',
    );
  });
});

describe('German titles with gender markers', () => {
  it('reads the role line with its markers', () => {
    expect(titleOf('Nordlicht Institut für Plasmaphysik\n\nDoktorand*in (m/w/d) Astroteilchenphysik\n')).toBe(
      'Doktorand*in (m/w/d) Astroteilchenphysik',
    );
    expect(titleOf('Kestrel Universität\n\nIngenieur:in Datenverarbeitung (f/m/x)\n\nWir bieten viel.\n')).toBe(
      'Ingenieur:in Datenverarbeitung (f/m/x)',
    );
    expect(titleOf('Kestrel Zentrum\n\nStellenausschreibung\n\nPhysikerin / Physiker (w/m/d) für Detektoren\n')).toBe(
      'Physikerin / Physiker (w/m/d) für Detektoren',
    );
  });
  it('counts the German and Spanish role nouns as roles', () => {
    expect(namesRole('Mitarbeiter*in (w/m/d) im Labor')).toBe(true);
    expect(namesRole('Doktorandin Teilchenphysik')).toBe(true);
    expect(namesRole('Contrato predoctoral en óptica')).toBe(true);
  });
});

describe('a head count after the title', () => {
  it('is dropped after a comma, in several languages', () => {
    expect(titleOf('Kestrel Observatory\n\nPosition: Research Astronomer, one person\n')).toBe('Research Astronomer');
    expect(titleOf('Kestrel Observatory\n\nPosition: Instrument Scientist, 2 positions\n')).toBe(
      'Instrument Scientist',
    );
    expect(titleOf('Kestrel Labor\n\nStelle: Ingenieurin Kryotechnik, zwei Stellen\n')).toBe('Ingenieurin Kryotechnik');
  });
  it('keeps the words after a comma that are no count', () => {
    expect(titleOf('Kestrel Observatory\n\nPosition: Research Astronomer, Optical Instruments\n')).toBe(
      'Research Astronomer, Optical Instruments',
    );
  });
});

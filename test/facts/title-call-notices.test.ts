import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { notATitle, roleLabelTitle } from '../../src/facts/title.ts';

const titleOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0]?.title;

describe('a call notice or decree line', () => {
  it.each([
    ['Bando n. 25741/2026'],
    ['BANDO DI SELEZIONE PUBBLICA PER TITOLI E COLLOQUIO'],
    ['Decreto Rettorale n. 456 del 12/11/2026'],
    ['D.R. n. 1234/2026'],
    ['Avviso di selezione pubblica n. 3/2027'],
    ['Convocatoria 2027/15 - Resolución de 3 de noviembre de 2026'],
    ['Avis de recrutement n° 2026-45'],
    ['Ausschreibungsnummer 2026-117'],
  ])('is no title: %s', (line) => {
    expect(notATitle(line)).toBe('call notice');
  });

  it('gives way to the role line under it, in five languages', () => {
    expect(titleOf('Bando di concorso n. 123/2026\n\nBorsa di studio per neolaureati in Fisica\n\nTesto.\n')).toBe(
      'Borsa di studio per neolaureati in Fisica',
    );
    expect(
      titleOf(
        'Decreto Rettorale n. 456 del 12/11/2026\n\nRicercatore a tempo determinato in Fisica Sperimentale\n\nTesto.\n',
      ),
    ).toBe('Ricercatore a tempo determinato in Fisica Sperimentale');
    expect(titleOf('Avis de recrutement n° 2026-45\n\nIngénieur de recherche en calcul scientifique\n\nTexte.\n')).toBe(
      'Ingénieur de recherche en calcul scientifique',
    );
    expect(titleOf('Ausschreibungsnummer 2026-117\n\nDoktorand (m/w/d) Teilchenphysik\n\nText.\n')).toBe(
      'Doktorand (m/w/d) Teilchenphysik',
    );
    expect(
      titleOf(
        'Convocatoria 2027/15 - Resolución de 3 de noviembre de 2026\n\nContrato predoctoral en física de partículas\n\nTexto.\n',
      ),
    ).toBe('Contrato predoctoral en física de partículas');
  });

  it('gives the role it offers, or the one a hiring sentence offers', () => {
    expect(titleOf('Bando per il conferimento di n. 2 borse di studio per laureati\n\nTesto del bando.\n')).toBe(
      'Borse di studio per laureati',
    );
    expect(
      titleOf(
        'Bando n. 25741/2026\n\nIl Dipartimento di Fisica offre un assegno di ricerca per attività sul rivelatore.\n',
      ),
    ).toBe('Assegno di ricerca per attività sul rivelatore');
  });

  it('stays a title when it names its role and no number', () => {
    expect(
      titleOf(
        'Universidad Autónoma de Madrid\n\nConvocatoria de contrato predoctoral en física teórica\n\nLa Universidad convoca un contrato.\n',
      ),
    ).toBe('Convocatoria de contrato predoctoral en física teórica');
  });
});

describe('a role label with its topic', () => {
  it('is a title', () => {
    expect(roleLabelTitle("Post-doctorat : calibration du calorimètre de l'expérience ATLAS")).toBe(true);
    expect(roleLabelTitle('PhD position: search for dark matter with XENONnT')).toBe(true);
    expect(roleLabelTitle('Postdoc: Muon g-2 tracker alignment')).toBe(true);
    expect(titleOf('Irfu\n\nPhD position: search for dark matter with XENONnT\n\nText.\n')).toBe(
      'PhD position: search for dark matter with XENONnT',
    );
    expect(titleOf('CEA Saclay – Irfu\n\nPost-doctorat : reconstruction des traces pour T2K\n\nTexte.\n')).toBe(
      'Post-doctorat : reconstruction des traces pour T2K',
    );
  });
  it('is not a person, a date or a length under a role label', () => {
    expect(roleLabelTitle('Director: Prof. Anna Weber')).toBe(false);
    expect(roleLabelTitle('Group leader: Dr. Hans Meier')).toBe(false);
    expect(roleLabelTitle('Postdoc: 2 years from March 2027')).toBe(false);
    expect(roleLabelTitle('Fellowship: starts 1 October 2027')).toBe(false);
    expect(roleLabelTitle('Supervisor: anna.weber@example.org')).toBe(false);
  });
});

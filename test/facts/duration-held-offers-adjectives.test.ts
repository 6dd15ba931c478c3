// Three shapes of a length: one a candidate has already had (an eligibility limit), the time an
// offer stays open, and a length written as one adjective after a contract word ("biennale").
import { describe, expect, it } from 'vitest';
import { extractDuration } from '../../src/facts/duration.ts';
import { entry } from './entry.ts';

const monthsOf = (...lines: string[]) =>
  extractDuration(lines.map((t, i) => entry(t, { line: i + 1 })))?.months ?? null;

describe('a length a candidate has already had', () => {
  it('is a limit, not the contract', () => {
    expect(
      monthsOf(
        'The grant cannot go to anyone who has already benefited from research grants for a total duration of five years.',
      ),
    ).toBeNull();
    expect(
      monthsOf('Applicants who have previously held a fellowship for more than 24 months are not eligible.'),
    ).toBeNull();
    expect(
      monthsOf("Les candidats qui ont déjà bénéficié d'un contrat postdoctoral de 3 ans ne sont pas éligibles."),
    ).toBeNull();
    expect(monthsOf('Wer bereits eine Stelle für 6 Jahre innehatte, kann sich nicht bewerben.')).toBeNull();
    expect(monthsOf('Non possono partecipare coloro che hanno già usufruito di assegni per 4 anni.')).toBeNull();
  });

  it('leaves the contract of the same posting', () => {
    expect(
      monthsOf(
        'The fellowship is for 2 years.',
        'It cannot be awarded to those who have already held such grants for a total duration of six years.',
      ),
    ).toBe(24);
  });
});

describe('the time an offer stays open', () => {
  it('is not the contract', () => {
    expect(monthsOf('Candidates offered a position have two weeks to accept or decline.')).toBeNull();
    expect(monthsOf('Successful applicants will have 10 days to respond to the offer of a position.')).toBeNull();
    expect(monthsOf('Les lauréats disposent de deux semaines pour accepter le poste.')).toBeNull();
    expect(monthsOf('I vincitori hanno 15 giorni per accettare il contratto, di durata 2 anni.')).toBe(24);
  });
});

describe('a length in one adjective', () => {
  it('is the contract after a contract word', () => {
    expect(
      monthsOf('È indetto un concorso per tre assegni di ricerca, di durata quadriennale, presso la Sezione.'),
    ).toBe(48);
    expect(
      monthsOf('Selezione pubblica per n. 2 assegni di ricerca biennali da svolgersi presso il Dipartimento.'),
    ).toBe(24);
    expect(monthsOf('Il contratto triennale decorre dalla presa di servizio.')).toBe(36);
    expect(monthsOf('Se ofrece un contrato bienal en el grupo de astrofísica.')).toBe(24);
    expect(monthsOf('Il contratto avrà durata annuale, rinnovabile.')).toBe(12);
  });

  it('says nothing without one', () => {
    expect(monthsOf('Il piano triennale di attività della Sezione prevede nuove linee.')).toBeNull();
    expect(monthsOf('La conferenza biennale si terrà a Roma.')).toBeNull();
    expect(monthsOf("L'assegno ha un importo annuale di 24.000 euro.")).toBeNull();
  });
});

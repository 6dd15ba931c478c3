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
      monthsOf('Researchers who have already spent 5 years on such grants in this country may not apply.'),
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
        'Nobody who has already held two fellowships of this kind for 4 years may apply.',
      ),
    ).toBe(24);
  });
});

describe('the time an offer stays open', () => {
  it('is not the contract', () => {
    expect(monthsOf('Whoever receives an offer for the position gets 10 days to respond.')).toBeNull();
    expect(monthsOf('Once a studentship is offered, the candidate has three weeks to confirm.')).toBeNull();
    expect(monthsOf('Les lauréats disposent de deux semaines pour accepter le poste.')).toBeNull();
    expect(monthsOf('I vincitori hanno 15 giorni per accettare il contratto, di durata 2 anni.')).toBe(24);
  });
});

describe('a length in one adjective', () => {
  it('is the contract after a contract word', () => {
    expect(monthsOf('Bandiamo un assegno di fisica teorica, di durata quadriennale, presso il nostro gruppo.')).toBe(
      48,
    );
    expect(monthsOf('Offriamo cinque assegni biennali in astrofisica delle alte energie.')).toBe(24);
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

import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const first = (text: string) => parseFile('w.txt', Buffer.from(text)).postings[0];

describe('titles under board furniture and form fields', () => {
  it("takes the role line under a portal's banner and a crumb that opened a description", () => {
    const p = first(
      'Kestrel Jobs - Scientists on the Move\nCareers > Job offer\n\nResearch Engineer in Cryogenics (m/f/d)\n\nORGANISATION/COMPANY: Nordlicht Zentrum\nCOUNTRY: Germany\n',
    );
    expect(p?.title).toBe('Research Engineer in Cryogenics (m/f/d)');
  });

  it('never takes a form field ("Career Area:", "Job Category:", "Employment Type:") for a title', () => {
    const lbl = first(
      'Job ID: 4471\nCareer Area: Postdoctoral\nPostdoctoral Fellow - Plasma Diagnostics\nKestrel National Laboratory\n\nThe laboratory has an opening for a fellow.\n',
    );
    expect(lbl?.title).toBe('Postdoctoral Fellow - Plasma Diagnostics');
    const cat = first(
      'Job Category: Research Engineer\nEmployment Type: Full time\nSenior Engineer for Beam Instrumentation\n\nWe are hiring an engineer.\n',
    );
    expect(cat?.title).toBe('Senior Engineer for Beam Instrumentation');
  });

  it('reads the value of "Open Position:", "Oferta de empleo:" and "Stellenausschreibung:"', () => {
    expect(
      first('Open Position: Associate Professor (Neutrino Group)\nNordlicht Institute\n\nDetails follow.\n')?.title,
    ).toBe('Associate Professor (Neutrino Group)');
    expect(first('Oferta de empleo: Técnico de laboratorio\n\nLa Fundación Kestrel busca un técnico.\n')?.title).toBe(
      'Técnico de laboratorio',
    );
    expect(first('Stellenausschreibung: Ingenieur (m/w/d) Vakuumtechnik\n\nWir suchen Verstärkung.\n')?.title).toBe(
      'Ingenieur (m/w/d) Vakuumtechnik',
    );
  });
});

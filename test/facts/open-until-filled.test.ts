// Open-ended calls worded as "remain open until they are filled", "until a suitable candidate is
// found", "reviewed as they are received", in five languages, also inside a long paragraph.
import { describe, expect, it } from 'vitest';
import { findRolling } from '../../src/facts/rolling.ts';
import { entry } from './entry.ts';

const rolling = (text: string) => findRolling([entry(text)])?.text ?? null;

describe('applications taken until the post is filled', () => {
  it('reads the phrasings of several languages', () => {
    for (const t of [
      'The positions will remain open until they are filled.',
      'The post remains open until filled.',
      'Applications will be accepted until a suitable candidate is found.',
      'Applications are reviewed as they are received.',
      'Bewerbungen sind möglich, bis die Stelle besetzt ist.',
      "L'offre reste ouverte jusqu'à pourvoi du poste.",
      'Le candidature restano aperte fino alla copertura del posto.',
      'Las solicitudes se aceptan hasta que se cubra la plaza.',
      'Başvurular pozisyon doluncaya kadar kabul edilecektir.',
    ])
      expect(rolling(t), t).toBe(t);
  });

  it('finds the phrase in a long paragraph, and quotes its sentence', () => {
    const said = 'The positions will remain open until they are filled.';
    const long = `${'The group works on the analysis of collider data and on detector upgrades. '.repeat(12)}${said} Send a CV.`;
    expect(long.length).toBeGreaterThan(600);
    expect(findRolling([entry(long, { line: 7 })])).toEqual({ text: said, line: 7 });
  });

  it('reads no open-ended call in a sentence about filling something else', () => {
    expect(rolling('Please fill in the form and send it to the secretariat.')).toBeNull();
    expect(rolling('The candidate will be received by the committee in March.')).toBeNull();
  });
});

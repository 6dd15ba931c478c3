import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const postingOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0];

describe('another lab named in passing by a host that is a research site', () => {
  it('is not the place of work', () => {
    const p = postingOf(
      'PSI Postdoctoral Fellowship in Muon Physics\n\nYoung researchers can join our groups at the MEG experiment, the Mu3e experiment, and the LHCb experiment at CERN.\n\nPSI offers fellowships for two years.\n',
    );
    expect(p?.organisation).toBe('PSI');
    expect(p?.location?.text ?? null).not.toBe('CERN');
    const q = postingOf(
      'Nikhef Fellowship in Neutrino Physics\n\nFellows may work on KM3NeT or on the DUNE experiment bei Fermilab.\n\nNikhef offers fellowships for three years.\n',
    );
    expect(q?.location?.text ?? null).not.toBe('Fermilab');
  });

  it('still gives the place when the host is no research site', () => {
    const p = postingOf(
      'University of Tartu Postdoc in Particle Physics\n\nThe postdoc will spend most of the time at CERN working on CMS.\n',
    );
    expect(p?.location?.text).toContain('CERN');
  });
});

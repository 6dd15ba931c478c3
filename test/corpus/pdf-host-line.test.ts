import { describe, expect, it } from 'vitest';
import { parseAnyFile } from '../../src/corpus/parse-any-file.ts';
import { makePdf } from './helpers/make-pdf.ts';

describe('a PDF whose first small line is the host', () => {
  it('takes the known host written out in full over an unnamed institute of the hiring sentence', async () => {
    const pdf = makePdf([
      [
        { text: 'Helmholtz-Zentrum Berlin', size: 9 },
        { text: 'Postdoctoral Researcher (f/m/d) Neutron Optics', size: 16, gapBefore: 10 },
        { text: 'Location: Berlin', gapBefore: 8 },
        { text: 'The Institute of Neutron Optics is seeking a postdoc for its imaging beamline.', gapBefore: 8 },
        { text: 'Contact: Dr. Lea Kestrel, l.kestrel@example.org', gapBefore: 8 },
      ],
    ]);
    const r = await parseAnyFile('hzb.pdf', pdf);
    const p = r.postings[0];
    expect(p?.title).toBe('Postdoctoral Researcher (f/m/d) Neutron Optics');
    expect(p?.organisation).toMatch(/^Helmholtz-Zentrum Berlin/);
    expect(p?.contacts[0]).toMatchObject({ name: 'Dr. Lea Kestrel', email: 'l.kestrel@example.org' });
  });
});

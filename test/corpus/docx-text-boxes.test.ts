import { describe, expect, it } from 'vitest';
import { exposeBoxes } from '../../src/corpus/formats/docx-text-boxes.ts';
import { parseAnyFile } from '../../src/corpus/parse-any-file.ts';
import { makeDocx } from './helpers/make-docx.ts';

const facts = [
  'Location: Villach',
  'Application deadline: 12 March 2027',
  'Contact: Dr. Mira Kestrel (mira.kestrel@example.org)',
];

describe('Word text boxes', () => {
  for (const as of ['word', 'choice-only', 'drawing'] as const)
    it(`reads the facts panel of a text box written ${as === 'word' ? 'as Word does' : `as ${as}`}`, async () => {
      const bytes = await makeDocx([
        { title: 'Research Engineer in Vacuum Technology' },
        { box: facts, as },
        { para: 'The Kestrel Institute is looking for an engineer to run its vacuum test stands.' },
      ]);
      const r = await parseAnyFile('engineer.docx', bytes);
      const p = r.postings[0];
      expect(p?.title).toBe('Research Engineer in Vacuum Technology');
      expect(p?.location?.text).toBe('Villach');
      expect(p?.deadline?.date).toBe('2027-03-12');
      expect(p?.contacts[0]).toMatchObject({ name: 'Dr. Mira Kestrel', email: 'mira.kestrel@example.org' });
    });

  it('leaves a document without boxes, and a box Word wrote with its fallback, as they are', () => {
    const plain = '<w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body>';
    expect(exposeBoxes(plain)).toBe(plain);
    const both =
      '<mc:AlternateContent><mc:Choice><w:txbxContent><w:p/></w:txbxContent></mc:Choice><mc:Fallback><v:textbox><w:txbxContent><w:p/></w:txbxContent></v:textbox></mc:Fallback></mc:AlternateContent>';
    expect(exposeBoxes(both)).toBe(both);
  });
});

import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { splitMixedItem } from '../../src/facts/mixed-skill-item.ts';

const first = (text: string) => parseFile('w.txt', Buffer.from(text)).postings[0];
const req = (text: string) => first(text)?.requiredSkills.flatMap((s) => s.skills);
const des = (text: string) => first(text)?.desiredSkills.flatMap((s) => s.skills);

describe('a requirement line that asks for one skill and wishes for another', () => {
  it('splits at ";" and at a sentence end', () => {
    expect(splitMixedItem('Excellent knowledge of English; French is an asset', ['English', 'French'])).toEqual({
      required: ['English'],
      desired: ['French'],
    });
    expect(splitMixedItem('Solid C++ skills. Experience with Kubernetes is a plus.', ['C++', 'Kubernetes'])).toEqual({
      required: ['C++'],
      desired: ['Kubernetes'],
    });
    expect(splitMixedItem('Python or Go would be an advantage', ['Python', 'Go'])).toBeNull();
  });

  it('reads such an item under "Your profile"', () => {
    const text =
      'Engineer in Beam Diagnostics\n\nYour profile:\n- Master in physics\n- Excellent knowledge of English; French is an asset\n- Solid C++ skills. Experience with Kubernetes is a plus.\n';
    expect(req(text)).toEqual(['English', 'C++']);
    expect(des(text)).toEqual(['French', 'Kubernetes']);
  });
});

describe("US laboratories' requirement headings", () => {
  it('reads "Preferred Knowledge, Skills, and Abilities" as desired and "Basic Qualifications" as required', () => {
    const text =
      'Research Associate in Accelerator Controls\n\nBasic Qualifications:\n- PhD in physics\n- Experience with C++\n\nPreferred Knowledge, Skills, and Abilities:\n- Experience with machine learning\n';
    expect(req(text)).toEqual(['C++']);
    expect(des(text)).toEqual(['machine learning']);
  });
});

describe('a degree that names the post is no criterion', () => {
  it.each([
    'PhD Position in Detector Physics - Kestrel Lab',
    'Master Thesis on Plasma Diagnostics',
    'PhD Studentship in Quantum Optics',
  ])('"%s" as the first line', (title) => {
    const p = first(`${title}\n\nThe Kestrel Lab offers a position.\n\nRequirements:\n- A degree in physics\n`);
    expect(p?.eligibility.map((c) => c.text)).not.toContain(title);
  });

  it('still takes a line that opens with a degree to hold', () => {
    const p = first('Postdoc in Optics\n\nPh.D. in applied physics or optics\n\nThe lab offers a position.\n');
    expect(p?.eligibility.map((c) => c.text)).toContain('Ph.D. in applied physics or optics');
  });
});

describe('a wish about people beside an asked skill', () => {
  it('"Non-German applicants are welcome; fluent English is required" asks for English', () => {
    const text =
      'Postdoc in Radiation Physics\n\nYour profile\n- PhD in physics\n- Non-German applicants are welcome; fluent English is required\n';
    expect(req(text)).toEqual(['English']);
    expect(des(text)).toEqual([]);
  });
});

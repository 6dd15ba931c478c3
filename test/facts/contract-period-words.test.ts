import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const postingOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0];

describe("a contract's period and a thesis's start", () => {
  it("reads 'the position runs from ... to ...' as the start and the contract's length", () => {
    const p = postingOf(
      'Postdoctoral Researcher in Lattice QCD\nThe position runs from 1 March 2027 to 28 February 2029.\nDeadline: 1 February 2027\n',
    );
    expect(p?.start?.from).toBe('2027-03-01');
    expect(p?.duration?.months).toBe(24);
    expect(p?.deadline?.date).toBe('2027-02-01');
    const tenure = postingOf('Research Fellowship\nTenure: from 1 October 2027 to 30 September 2030.\n');
    expect(tenure?.start?.from).toBe('2027-10-01');
    expect(tenure?.duration?.months).toBe(36);
  });

  it('keeps an application window that runs from one day to another a deadline', () => {
    const p = postingOf('PhD Studentship\nApplications run from 1 December 2026 to 15 January 2027.\n');
    expect(p?.deadline?.date).toBe('2027-01-15');
    expect(p?.start).toBeNull();
  });

  it("reads a French thesis's start under its own label", () => {
    const p = postingOf('Thèse en cosmologie\nDébut de la thèse : 1er octobre 2027\nDate limite : 1 mars 2027\n');
    expect(p?.start?.from).toBe('2027-10-01');
    expect(p?.deadline?.date).toBe('2027-03-01');
    const d = postingOf('Ingénieur de recherche\nDate de démarrage : 3 mai 2027\n');
    expect(d?.start?.from).toBe('2027-05-03');
  });
});

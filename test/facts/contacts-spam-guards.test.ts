// Spam guards put into an address ("REMOVE-THIS", "nospam") are no part of it: the address a
// reader would write is read, with the name beside it.
import { describe, expect, it } from 'vitest';
import { contactsOf } from '../../src/facts/contacts.ts';
import { entry } from './entry.ts';

const emailsOf = (...lines: string[]) => contactsOf(lines.map((t, i) => entry(t, { line: i + 1 }))).map((c) => c.email);

describe('a spam guard in an address', () => {
  it('is dropped from the domain', () => {
    expect(emailsOf('Prof. Lena Vogt, lena.vogt@REMOVE-THIS.uni-jena.de')).toEqual(['lena.vogt@uni-jena.de']);
    expect(emailsOf('Write to p.ortiz@iac.es.NOSPAM for details.')).toEqual(['p.ortiz@iac.es']);
    expect(emailsOf('Contact: r.kumar@remove.this.tifr.res.in')).toEqual(['r.kumar@tifr.res.in']);
  });

  it('is dropped from the local part, before or after the name', () => {
    expect(emailsOf('Questions: t.berg.nospam@nikhef.nl')).toEqual(['t.berg@nikhef.nl']);
    expect(emailsOf('Mail: tbergNOSPAM@nikhef.nl')).toEqual(['tberg@nikhef.nl']);
    expect(emailsOf('Mail: nospam-tberg@nikhef.nl')).toEqual(['tberg@nikhef.nl']);
  });

  it('is dropped from a spelled-out address too, and the name stays', () => {
    const c = contactsOf([entry('Dr. Ana Ruiz (ana.ruiz (at) NOSPAM.ific.uv (dot) es)')]);
    expect(c.map((x) => [x.email, x.name])).toEqual([['ana.ruiz@ific.uv.es', 'Dr. Ana Ruiz']]);
  });

  it('leaves an address without one as it is', () => {
    expect(emailsOf('Contact Dr. Ana Ruiz at ana.ruiz@ific.uv.es')).toEqual(['ana.ruiz@ific.uv.es']);
  });
});

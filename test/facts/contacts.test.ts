import { describe, expect, it } from 'vitest';
import { contactsOf } from '../../src/facts/contacts.ts';
import { entry } from './entry.ts';

const emails = (t: string) => contactsOf([entry(t)]).map((c) => c.email);

describe('contacts', () => {
  it('reads every common obfuscation', () => {
    expect(emails('Write to anna (dot) berg (at) desy (dot) de for details.')).toEqual(['anna.berg@desy.de']);
    expect(emails('Questions: j.doe[at]uni-bonn[dot]de')).toEqual(['j.doe@uni-bonn.de']);
    expect(emails('mail: p.rossi {at} infn.it')).toEqual(['p.rossi@infn.it']);
    expect(emails('contact hr AT example DOT org today')).toEqual(['hr@example.org']);
    expect(emails('send your CV to m.keller at psi.ch by Friday')).toEqual(['m.keller@psi.ch']);
    expect(emails('or to jobs at lab dot example dot edu')).toEqual(['jobs@lab.example.edu']);
    expect(emails('Plain: Kim.Lee@Example.com.')).toEqual(['Kim.Lee@Example.com']);
  });
  it('takes prose with "at" for no address', () => {
    expect(emails('You will join the team at CNRS. The work starts soon.')).toEqual([]);
    expect(emails('100% presence at CERN required')).toEqual([]);
    expect(emails('Send it to anna[AT] and bob[AT] before May.')).toEqual([]);
  });
  it('names the person beside the address', () => {
    const [c] = contactsOf([entry('Please send the documents to Dr. Maria van Dijk at maria.vandijk@nikhef.nl.')]);
    expect(c).toMatchObject({ email: 'maria.vandijk@nikhef.nl', name: 'Dr. Maria van Dijk' });
    expect(contactsOf([entry('Contact: Jean Martin (jean.martin@lapp.in2p3.fr)')])[0]?.name).toBe('Jean Martin');
    expect(contactsOf([entry('Applications go to hr@example.org')])[0]?.name).toBeNull();
  });
  it('lists each address once', () => {
    expect(contactsOf([entry('a@b.org and a@b.org'), entry('A@B.org', { line: 2 })]).map((c) => c.email)).toEqual([
      'a@b.org',
    ]);
  });
});

describe('contacts in the words of other languages', () => {
  it('reads the bracketed at-words of Italian, Spanish and German, and a hyphenated at', () => {
    expect(emails('Per informazioni: segreteria (chiocciola) pd.infn.it')).toEqual(['segreteria@pd.infn.it']);
    expect(emails('Contacto: maria.cepeda[arroba]ciemat.es')).toEqual(['maria.cepeda@ciemat.es']);
    expect(emails('Fragen an hans.mueller (Klammeraffe) uni-bonn (punkt) de')).toEqual(['hans.mueller@uni-bonn.de']);
    expect(emails('Contact: Prof. Toru Iijima, iijima-at-post.kek.jp')).toEqual(['iijima@post.kek.jp']);
    expect(emails('Write to k.sato-at-kek.jp for details.')).toEqual(['k.sato@kek.jp']);
  });
  it('takes a hyphenated at without a domain after it for no address', () => {
    expect(emails('We build state-of-the-art-at-scale tools.')).toEqual([]);
    expect(emails('a look-at-me design (at) no domain')).toEqual([]);
  });
  it('keeps a Spanish or French title with the name', () => {
    expect(contactsOf([entry('Contacto: Dra. María Cepeda, maria.cepeda[arroba]ciemat.es')])[0]?.name).toBe(
      'Dra. María Cepeda',
    );
    expect(contactsOf([entry('Contact : Pr Jean Dupont, jean.dupont@lpnhe.in2p3.fr')])[0]?.name).toBe('Pr Jean Dupont');
  });
});

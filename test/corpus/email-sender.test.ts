import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const message = (from: string, body: string) =>
  parseFile(
    'm.eml',
    Buffer.from(
      `From: ${from}\nTo: astro-jobs@lists.example.org\nSubject: Postdoc in radio cosmology\nDate: Tue, 2 Mar 2027 09:00:00 +0100\n\n${body}\n`,
    ),
  ).postings[0];
const emails = (from: string, body: string) => message(from, body)?.contacts.map((c) => c.email);

describe("an e-mail's sender", () => {
  const intro = 'We have an opening for a postdoc in radio cosmology at the Example Observatory.';

  it('is the contact of a call whose body names nobody to write to', () => {
    expect(emails('Ingrid Berg <ingrid.berg@example.no>', intro)).toEqual(['ingrid.berg@example.no']);
  });

  it('gives way to the addresses the body names, plain or written out', () => {
    for (const contact of [
      'Questions to Dr. Ravi Menon, ravi.menon@example.in.',
      'Questions to ravi.menon (at) example (dot) in.',
      'Questions to ravi.menon [at] example.in.',
    ])
      expect(emails('Jobs Relay <jobs-list@example.org>', `${intro}\n${contact}`)).toEqual(['ravi.menon@example.in']);
    expect(emails('Ingrid Berg <ingrid.berg@example.no>', `${intro}\nApply to hr@example.no.`)).toEqual([
      'hr@example.no',
    ]);
  });

  it('is nobody to write to when it is a list or a robot', () => {
    for (const from of [
      'Jobs Relay <jobs-list@example.org>',
      'noreply@careers.example.org',
      'HEP announcements <hep-announce@example.org>',
      'owner-physjobs@example.edu',
      'astro-l@listserv.example.edu',
    ])
      expect(emails(from, intro)).toEqual([]);
  });
});

describe("an e-mail's Subject", () => {
  const mail = (subject: string) =>
    parseFile(
      'm.eml',
      Buffer.from(
        `From: Ingrid Berg <ingrid.berg@example.no>\nSubject: ${subject}\nDate: Tue, 2 Mar 2027 09:00:00 +0100\n\nPostdoctoral Fellow in Radio Cosmology\n\nThe Example Observatory invites applications for a postdoctoral fellow in radio cosmology.\n`,
      ),
    ).postings[0];

  it('is the title when it names the post', () => {
    expect(mail('Fwd: [astro-jobs] Postdoc in 21-cm cosmology at Example Observatory')?.title).toBe(
      'Postdoc in 21-cm cosmology at Example Observatory',
    );
  });

  it('leaves the title to the body when it names no post', () => {
    for (const subject of ['Job opening', '[astro-jobs] Vacancy', 'Re: Open position', 'Job announcement'])
      expect(mail(subject)?.title).toBe('Postdoctoral Fellow in Radio Cosmology');
  });
});

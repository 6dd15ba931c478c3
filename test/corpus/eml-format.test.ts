import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, isMailMessage, readMailMessage } from '../../src/corpus/formats/mime-message.ts';
import { isPostingFile } from '../../src/corpus/load-corpus.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';

const parse = (name: string, text: string) => parseFile(name, Buffer.from(text));

const SAVED = [
  'Return-Path: <anna@example.org>',
  'Received: from relay.example.org (relay.example.org [192.0.2.1])',
  '\tby mx.example.org; Mon, 2 Nov 2026 10:00:00 +0100',
  'MIME-Version: 1.0',
  'From: =?ISO-8859-1?Q?Ana_Mu=F1oz?= <ana.munoz@example.es>',
  'Subject: =?UTF-8?B?UG9zZG9jdG9yYWwgZW4gZsOtc2ljYSBkZSBuZXV0cmlub3M=?=',
  'Date: Mon, 2 Nov 2026 10:00:00 +0100',
  'Content-Type: multipart/mixed; boundary="XYZ"',
  '',
  '--XYZ',
  'Content-Type: text/plain; charset=ISO-8859-1',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'El IFIC ofrece un contrato posdoctoral en f=EDsica de neutrinos en Valencia=',
  ' para el experimento DUNE.',
  '',
  'Requisitos: estar en posesi=F3n del t=EDtulo de Doctor en F=EDsica.',
  '',
  'Contacto: Dra. Ana Mu=F1oz (ana.munoz@example.es)',
  '--XYZ',
  'Content-Type: application/pdf; name="bases.pdf"',
  'Content-Disposition: attachment; filename="bases.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--XYZ--',
  '',
].join('\r\n');

describe('saved e-mail messages (.eml)', () => {
  it('are posting files, read by the e-mail reader', () => {
    expect(isPostingFile('offer.eml')).toBe(true);
    expect(isMailMessage(SAVED)).toBe(true);
    const report = parse('offer.eml', SAVED);
    expect(report.format).toBe('email');
    expect(report.warnings).toEqual([]);
  });

  it('decode encoded words, quoted-printable lines in their charset, and skip attachments', () => {
    const m = readMailMessage(SAVED);
    expect(m.headers.subject?.value).toBe('Posdoctoral en física de neutrinos');
    expect(m.headers.from?.value).toBe('Ana Muñoz <ana.munoz@example.es>');
    expect(m.headers.received?.value).toContain('by mx.example.org');
    expect(m.type).toBe('text/plain');
    const line14 = m.body.find((l) => l.line === 14);
    expect(line14?.text).toBe(
      'El IFIC ofrece un contrato posdoctoral en física de neutrinos en Valencia para el experimento DUNE.',
    );
    expect(m.body.find((l) => l.line === 17)?.text).toBe(
      'Requisitos: estar en posesión del título de Doctor en Física.',
    );
    expect(m.body.some((l) => l.text.includes('JVBER'))).toBe(false);
  });

  it("give the posting its facts at the file's lines", () => {
    const p = parse('offer.eml', SAVED).postings[0];
    expect(p?.title).toBe('Posdoctoral en física de neutrinos');
    expect(p?.location?.text).toBe('Valencia');
    expect(p?.degree).toBe('phd');
    expect(p?.posted?.date).toBe('2026-11-02');
    expect(p?.contacts[0]).toMatchObject({ name: 'Dra. Ana Muñoz', email: 'ana.munoz@example.es', line: 19 });
    expect(p?.eligibility.map((q) => q.line)).toEqual([17]);
  });

  it('read an HTML-only message in base64', () => {
    const html =
      '<html><body><h1>Technician in cryogenics</h1><p>Contact: Dr. Omar Haddad, omar@example.org</p></body></html>';
    const text = [
      'From: Omar Haddad <omar@example.org>',
      'Subject: Cryogenics technician',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(html).toString('base64'),
      '',
    ].join('\n');
    const p = parse('t.eml', text).postings[0];
    expect(p?.title).toBe('Cryogenics technician');
    expect(p?.contacts[0]).toMatchObject({ name: 'Dr. Omar Haddad', email: 'omar@example.org' });
    expect(p?.text).not.toContain('<h1>');
  });

  it('keep a pasted message’s label lines under the Subject as its body', () => {
    const p = parse(
      'p.txt',
      'From: hr@example.org\nSubject: Detector Engineer\nLocation: Geneva\n\nWe build detectors.\n',
    ).postings[0];
    expect(p?.title).toBe('Detector Engineer');
    expect(p?.location?.text).toBe('Geneva');
  });

  it('leave words without an encoding alone', () => {
    expect(decodeEncodedWords('Postdoc =? maybe')).toBe('Postdoc =? maybe');
    expect(decodeEncodedWords('=?UTF-8?Q?Stelle_f=C3=BCr?= =?UTF-8?Q?_Physik?=')).toBe('Stelle für Physik');
  });
});

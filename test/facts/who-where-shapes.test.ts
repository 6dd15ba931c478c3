import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { nameBefore } from '../../src/facts/contacts.ts';
import { broadestOrgName } from '../../src/facts/org-names.ts';

const first = (text: string) => parseFile('w.txt', Buffer.from(text)).postings[0];

describe('organisations in job-board headers and hiring prose', () => {
  it('reads "Hiring organisation:" and "Établissement :" headers', () => {
    const board =
      'Careers\n\nPosition: PhD Student in Ion Optics\nHiring organisation: Nordlicht Zentrum für Ionenforschung GmbH\nLocation: Darmstadt\n\nThe GSI group offers a PhD position.\n';
    expect(first(board)?.organisation).toBe('Nordlicht Zentrum für Ionenforschung GmbH');
    const fr =
      "Offres d'emploi\n\nIntitulé du poste : Chercheur postdoctoral en optique (H/F)\nÉtablissement : Laboratoire Kestrel d'Optique\nLieu de travail : Orsay\n\nLe laboratoire recrute un chercheur.\n";
    expect(first(fr)?.organisation).toBe("Laboratoire Kestrel d'Optique");
  });

  it('reads a French laboratory with an elided link as the subject of "recrute"', () => {
    const text =
      "Job opportunities\n\nIngénieur·e de recherche en optique (H/F)\n\nLe Laboratoire d'Annecy de Physique des Lasers (LAPL) recrute un·e ingénieur·e pour son atelier.\n";
    expect(first(text)?.organisation).toBe("Laboratoire d'Annecy de Physique des Lasers (LAPL)");
    expect(broadestOrgName('presso i Laboratori Nazionali di Kestrel')?.name).toBe('Laboratori Nazionali di Kestrel');
  });

  it('knows synchrotron and spallation hosts named without a head word', () => {
    const diamond =
      "Graduate Studentship in Crystallography\n\nDiamond Light Source, the UK's national synchrotron, is offering a three-year studentship based at the Harwell Science and Innovation Campus in Oxfordshire.\n";
    const p = first(diamond);
    expect(p?.organisation).toBe('Diamond Light Source');
    expect(p?.location?.text).toBe('Harwell Science and Innovation Campus');
    expect(p?.country).toBe('United Kingdom');
    const ess =
      'Scientific Software Developer - Imaging\n\nThe European Spallation Source ERIC, located in Lund, Sweden, is looking for a developer of imaging software.\n';
    expect(first(ess)?.organisation).toBe('European Spallation Source');
  });
});

describe('locations in headers and prose', () => {
  it('drops the label and the work arrangement of a "Work location:" line', () => {
    const text =
      'Research Fellow in Optics\n\nThe Kestrel Institute for Optics invites applications.\n\nWork location: Hybrid / Prague\n';
    expect(first(text)?.location?.text).toBe('Prague');
    const top = 'Work location: Remote, Hamburg\nJob Title: Data Engineer (m/f/d)\n\nWe are hiring.\n';
    expect(first(top)?.location?.text).toBe('Hamburg');
    // A work arrangement alone is kept as written: there is no place to take from it.
    expect(first('Data Engineer\n\nLocation: Remote\n\nWe are hiring.\n')?.location?.text).toBe('Remote');
  });

  it('reads a place after "our" and after "near"', () => {
    const ours =
      'Detector Engineer\n\nThe Kestrel group is hiring. You will work at our Amsterdam Science Park site.\n';
    expect(first(ours)?.location?.text).toBe('Amsterdam');
    const near =
      'Summer Student Programme 2027\n\nThe programme is open to undergraduates at our site near Lyon, for ten weeks.\n';
    expect(first(near)?.location?.text).toBe('Lyon');
  });

  it("reads a research site named with its campus ('on the Cadarache campus')", () => {
    const text =
      'Postdoctoral position in plasma diagnostics\n\nThe Kestrel Fusion Group offers a two-year postdoctoral position on the Cadarache campus, working on a tokamak.\n';
    expect(first(text)?.location?.text).toBe('Cadarache');
  });

  it('leaves the location unstated when only the host is a research site', () => {
    const text =
      'Research Associate in Underground Optics\n\nThe Gran Sasso National Laboratory (LNGS) invites applications for a research associate.\n';
    expect(first(text)?.location).toBeNull();
  });
});

describe('contact names written with initials', () => {
  it('keeps "Dr. A. Rossi" and "Prof. K. Lange" before their addresses', () => {
    expect(nameBefore('Per informazioni scrivere al Dr. A. Rossi (')).toBe('Dr. A. Rossi');
    expect(nameBefore('Contact: Prof. K. Lange, ')).toBe('Prof. K. Lange');
    expect(nameBefore('Contact J.-P. Martin at ')).toBe('J.-P. Martin');
    expect(nameBefore('U.S. citizens ')).toBeNull();
    const p = first('Optics Engineer\n\nContact: Dr. M. Schulz (m.schulz@kestrel.example.org)\n');
    expect(p?.contacts[0]).toMatchObject({ email: 'm.schulz@kestrel.example.org', name: 'Dr. M. Schulz' });
    const hidden = first('Optics Engineer\n\nContact: Prof. K. Lange, lange (at) optik.kestrel (dot) de\n');
    expect(hidden?.contacts[0]).toMatchObject({ email: 'lange@optik.kestrel.de', name: 'Prof. K. Lange' });
  });
});

describe('degrees and skills in more shapes', () => {
  it('reads a degree followed by the word of its award, and a bracketed degree name', () => {
    expect(first('Postdoc in Optics\n\nEligibility: PhD obtained after 1 January 2024.\n')?.degree).toBe('phd');
    expect(
      first('Data Engineer\n\nRequirements: university degree (Master or Diplom) in computer science or physics.\n')
        ?.degree,
    ).toBe('master');
    // Still none when the degree is what a student works towards.
    expect(
      first('Summer Student\n\nApplicants working towards a PhD obtained abroad are welcome.\n')?.degree,
    ).toBeNull();
  });

  it('reads the skills of a requirement label written with accents ("Profil recherché :")', () => {
    const text =
      'Ingénieur·e en optique\n\nProfil recherché : Master en informatique ; maîtrise de C++ et Python ; expérience en calcul distribué souhaitée.\n';
    const p = first(text);
    expect(p?.requiredSkills.flatMap((s) => s.skills)).toEqual(['C++', 'Python']);
  });
});

describe('a laboratory without a head word as the subject of a hiring sentence', () => {
  it('reads SNOLAB, described in lower case, as the host', () => {
    const text =
      "Staff Scientist (Cryogenics)\n\nSNOLAB, Canada's deep underground research laboratory near Sudbury, Ontario, seeks a staff scientist.\n";
    const p = first(text);
    expect(p?.organisation).toBe('SNOLAB');
    expect(p?.location?.text).toBe('Sudbury');
  });
});

describe('titles under breadcrumbs and after advert numbers', () => {
  it('skips a breadcrumb trail and drops an advert number written before the title', () => {
    const text =
      'Home > Careers > Open Positions\n\nRef. 2027/114 – Postdoctoral Fellow in Muon Optics\n\nThe Kestrel Laboratory invites applications for a postdoctoral fellow.\n';
    expect(first(text)?.title).toBe('Postdoctoral Fellow in Muon Optics');
    // An advert number alone is still no title.
    const alone = 'Advert number: 2027-33\n\nScientific Computing Specialist\n\nThe Kestrel Institute is hiring.\n';
    expect(first(alone)?.title).toBe('Scientific Computing Specialist');
  });
});

describe('Italian institution names with elided articles and plural links', () => {
  it('reads "L\'Università degli Studi di ..." as the host, without its article', () => {
    const text =
      "Bando n. 12/2027\n\nBorsa di studio per laureati in Ottica\n\nL'Università degli Studi di Kestrel bandisce una borsa di studio per laureati.\nReferente: Prof.ssa Maria Verdi (maria.verdi@unikestrel.example.it)\n";
    const p = first(text);
    expect(p?.organisation).toBe('Università degli Studi di Kestrel');
    expect(p?.contacts[0]?.name).toBe('Prof.ssa Maria Verdi');
  });
});

describe('criteria of age and earlier employment, and a German compound host', () => {
  it('quotes an age limit written as a comparison and a bar on earlier employees', () => {
    const text =
      'Postdoctoral Fellow in Optics\n\nThe Kestrel Institute seeks a postdoctoral fellow.\n\nMust be under 35 on the closing date.\nPrevious employees of the Institute are not eligible.\n';
    const quoted = first(text)?.eligibility.map((q) => q.text);
    expect(quoted).toEqual([
      'Must be under 35 on the closing date.',
      'Previous employees of the Institute are not eligible.',
    ]);
  });
  it('reads "Das Kestrel-Institut sucht" as the host, not a prefix compound', () => {
    expect(
      first('Doktorandenstelle (m/w/d) in Optik\n\nDas Kestrel-Institut sucht eine Doktorandin.\n')?.organisation,
    ).toBe('Kestrel-Institut');
    expect(broadestOrgName('an Inter-University agreement')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const postingOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0];

describe('lengths that are windows of a rule, not the contract', () => {
  it('reads no contract length from a mobility rule', () => {
    const p = postingOf(
      'Marie Curie Fellow in Quantum Optics\n' +
        'Applicants must not have lived in Austria for more than 10 months in the 4 years immediately prior to the call deadline.\n',
    );
    expect(p?.duration).toBeNull();
    const q = postingOf(
      'Research Fellow\nYou must not have carried out your main activity in Spain for over 12 months in the 3 years immediately preceding recruitment.\n',
    );
    expect(q?.duration).toBeNull();
  });

  it('reads no contract length from the first months of a stay elsewhere', () => {
    const p = postingOf(
      'Postdoctoral Researcher in Nuclear Theory\nThe fellow will spend the first six months at the Sendai campus and the rest at the partner institute.\n',
    );
    expect(p?.duration).toBeNull();
  });

  it('reads no contract length from academic terms', () => {
    const p = postingOf(
      'College Lecturer in Mathematics\nThe lecturer teaches up to eight hours a week, averaged over the two 10-week terms of the year.\n',
    );
    expect(p?.duration).toBeNull();
  });

  it("reads no contract length from 'more than' in Spanish, French, Italian and German", () => {
    for (const line of [
      'Quedan excluidas las personas que hayan disfrutado de una beca por tiempo superior a veinticuatro meses.',
      'Ne peuvent candidater les personnes ayant déjà bénéficié d’un contrat doctoral de plus de 18 mois.',
      'Non possono partecipare coloro che hanno già usufruito di un assegno per più di 12 mesi.',
      'Ausgeschlossen ist, wer bereits mehr als 24 Monate als Doktorand beschäftigt war.',
    ]) {
      expect(postingOf(`Research Assistant\n${line}\n`)?.duration, line).toBeNull();
    }
  });

  it('still reads the contract length beside such a rule', () => {
    const p = postingOf(
      'Early Stage Researcher in Photonics\nThis is a fixed-term post for 30 months.\n' +
        'You must not have resided in Italy for more than 12 months in the 3 years immediately prior to recruitment.\n',
    );
    expect(p?.duration?.months).toBe(30);
  });
});

describe('a degree the posting excludes, not asks for', () => {
  it('reads no PhD from the early-stage rule of not yet holding one', () => {
    const p = postingOf(
      'Doctoral Candidate in Marine Robotics\n' +
        '* At the date of recruitment, candidates must be in the first four years of their research careers and have not yet been awarded a doctoral degree.\n' +
        '* The four years count from the degree which would entitle them to embark on a doctorate.\n',
    );
    expect(p?.degree).toBeNull();
    const q = postingOf(
      'PhD Student in Catalysis\nCandidates must hold a master’s degree in chemistry and must not hold a PhD.\n',
    );
    expect(q?.degree).toBe('master');
  });

  it('reads no degree from a list of who may not apply', () => {
    const p = postingOf(
      'Contratos predoctorales 2027\n' +
        'No podrán presentar solicitud quienes se encuentren en alguna de estas situaciones:\n' +
        'Estar en posesión del título de Doctor por cualquier universidad.\n' +
        'Haber disfrutado de otra ayuda predoctoral.\n',
    );
    expect(p?.degree).toBeNull();
    const fr = postingOf(
      'Contrat doctoral\nNe peuvent pas candidater :\nles titulaires d’un doctorat ;\nles agents titulaires.\n',
    );
    expect(fr?.degree).toBeNull();
  });

  it('still reads a degree asked for in a line ending with a colon', () => {
    const p = postingOf(
      'Research Engineer\nApplicants must hold a PhD in one of the following fields:\nphysics, electrical engineering, computer science\n',
    );
    expect(p?.degree).toBe('phd');
  });

  it('reads the lower of two ways in on separate lines (Italian)', () => {
    const p = postingOf(
      'Assegni di ricerca in fisica delle particelle\n' +
        'a) essere in possesso del dottorato di ricerca in Fisica o titolo equivalente;\n' +
        'oppure\n' +
        'essere in possesso del diploma di laurea, valido per l’accesso al dottorato, e di tre anni di attività di ricerca.\n',
    );
    expect(p?.degree).toBe('master');
  });
});

describe('shares and sums that are not the workload or the pay', () => {
  it('reads no workload from a share of the contracts or the posts', () => {
    const p = postingOf(
      'Convocatoria de contratos posdoctorales\nSe formalizarán 60 contratos laborales; un 7 % de los contratos se reserva a personas con discapacidad.\n',
    );
    expect(p?.workload).toBeNull();
    const it_ = postingOf('Bando assegni\nIl 10 % degli assegni è riservato a candidati stranieri.\n');
    expect(it_?.workload).toBeNull();
  });

  it('reads an approximate lower end of a French pay range', () => {
    const p = postingOf(
      'Post-doctorat en glaciologie\nRémunération : entre ~2900 et 3900 € bruts mensuels selon expérience\n',
    );
    expect(p?.salary?.min).toBe(2900);
    expect(p?.salary?.max).toBe(3900);
  });

  it('reads no pay from a supplement given in addition to the salary', () => {
    const p = postingOf(
      'Senior Research Fellowship\nThe fellow is appointed for three years. In addition to the salary, the fellow receives a £4,000 annual travel supplement.\n',
    );
    expect(p?.salary).toBeNull();
    expect(p?.duration?.months).toBe(36);
  });
});

describe('a deadline without a year in a posting that dates nothing', () => {
  it('leaves a yearly round without a year undated', () => {
    const p = postingOf(
      'Fellowships in Accelerator Physics\nFellows are selected twice a year; please apply by 15 April or 15 October through our portal.\n',
    );
    expect(p?.deadline).toBeNull();
    const de = postingOf('Stipendien\nBewerbungen bitte bis zum 30. Juni bzw. 31. Dezember einreichen.\n');
    expect(de?.deadline).toBeNull();
  });

  it('still gives a yearless deadline the year of the posting’s other dates', () => {
    const p = postingOf('Research Associate\nPosted 3 February 2027.\nApply by 15 April.\n');
    expect(p?.deadline?.date).toBe('2027-04-15');
  });
});

describe('experience and fees measured in time, not the post', () => {
  it('reads no workload nor length from "full-time equivalent" experience and a mobility window', () => {
    const p = postingOf(
      'Research Fellowship in Neutron Scattering\n' +
        '-fellows must hold a doctoral degree or have at least five years full time equivalent research experience.\n' +
        '-fellows must not have resided in France for more than 12 months in the previous 3 years.\n',
    );
    expect(p?.workload).toBeNull();
    expect(p?.duration).toBeNull();
    expect(p?.degree).toBeNull();
  });

  it('still reads full time beside a full-time equivalent', () => {
    const p = postingOf(
      'Doctoral Candidate in Acoustics\nThis is a full-time post. Candidates must be in the first four years (full-time equivalent) of their careers.\n',
    );
    expect(p?.workload?.fte).toBe(1);
  });

  it('reads no contract length from a fee per semester', () => {
    const p = postingOf(
      'PhD Programme in Photon Science\nOnly a service fee is paid per semester (6 months); it includes a transit pass.\n',
    );
    expect(p?.duration).toBeNull();
  });
});

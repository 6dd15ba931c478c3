// Shapes of pages copied from job boards and HR systems into a text file (all texts invented
// here): page chrome, form columns aligned by spaces, form questions, a board's head counts and
// presence rules, experience levels and reference degrees, US pay written with a period only.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import type { Posting } from '../../src/corpus/posting.ts';

const postingsOf = (text: string, name = 't.txt'): Posting[] => parseFile(name, Buffer.from(text)).postings;
const one = (text: string): Posting => {
  const ps = postingsOf(text);
  expect(ps).toHaveLength(1);
  return ps[0] as Posting;
};

describe('page chrome copied with a posting', () => {
  it('is never the title, in five languages', () => {
    for (const chrome of [
      'Skip to main content',
      'Aller au contenu principal',
      'Zum Inhalt springen',
      'Vai al contenuto principale',
      'Saltar al contenido principal',
      'Back to results',
    ]) {
      expect(one(`${chrome}\n\nCryogenics Engineer\n\nThe engineer runs the helium plant.\n`).title).toBe(
        'Cryogenics Engineer',
      );
      // With no role line of its own, the title comes from the text, never from the chrome.
      const p = one(
        `${chrome}\n\nSummary\n\nThe Cryogenics Engineer runs the helium plant of the Kestrel Laboratory.\n`,
      );
      expect(p.title).not.toBe(chrome);
      expect(p.title).toMatch(/Cryogenics Engineer/);
    }
  });
});

describe('a form’s questions and profile fields', () => {
  it('are not titles: the role is found elsewhere', () => {
    const p = one(
      [
        'Organisation/Company: Kestrel University',
        'Researcher Profile: First Stage Researcher (R1), Recognised Researcher (R2)',
        'Is the job funded through a framework programme? No',
        'Country: Portugal',
        '',
        'The Kestrel University invites applications for a Data Scientist in beam physics.',
      ].join('\n'),
    );
    expect(p.title).not.toMatch(/Profile|funded/);
    expect(p.title).toMatch(/^Data Scientist/);
  });
});

describe('form columns aligned by spaces', () => {
  const text = [
    'Accelerator Physics Fellowship',
    '',
    'The programme awards three fellowships a year to young physicists.',
    '',
    'Programme                  Fellowships',
    'Staff Category             Fellows',
    'Number of posts            Several',
    'Posted Date                05/01/2027',
    'Closing Date               15/03/2027',
    '',
    'Role Description',
    '',
    'You will model beam optics at the Kestrel Laboratory in Geneva, Switzerland.',
  ].join('\n');

  it('are read as labels, not as a list of roles', () => {
    const p = one(text);
    expect(p.title).toBe('Accelerator Physics Fellowship');
    expect(p.posted?.date).toBe('2027-01-05');
    expect(p.deadline?.date).toBe('2027-03-15');
  });
  it('the same with tabs', () => {
    const p = one(text.replace(/ {3,}/g, '\t'));
    expect(p.deadline?.date).toBe('2027-03-15');
    expect(p.posted?.date).toBe('2027-01-05');
  });
  it('leave two headings side by side as they are', () => {
    const p = one('Beam Instrumentation Engineer\n\nDuties          Requirements\n\n- Build monitors.\n');
    expect(p.title).toBe('Beam Instrumentation Engineer');
  });
});

describe('a board’s location block', () => {
  it('stops at the head count under the place', () => {
    const p = one(
      [
        'Data Engineer',
        '',
        'Location',
        '2 vacancies in the following location:',
        'Batavia, IL',
        '2 vacancies',
        'Remote job',
        'No',
        '',
        'We run the data systems of the Kestrel Laboratory.',
      ].join('\n'),
    );
    expect(p.location?.text).toBe('Batavia, IL');
  });
});

describe('workload', () => {
  it('is not the days a week spent on site or at home', () => {
    for (const line of [
      'Telework eligible: yes, staff work onsite 3 days per week.',
      'Hybrid: two days a week from home.',
      'Télétravail possible 2 jours par semaine.',
    ]) {
      const p = one(`Data Engineer\n\n${line}\n\nWork schedule: Full-time\n`);
      expect(p.workload?.fte).toBe(1);
    }
  });
  it('still reads days a week that are the post’s', () => {
    expect(one('Data Engineer\n\nThe post is for 4 days per week.\n').workload?.fte).toBe(0.8);
  });
  it('is the bracketed rate after a German pay group', () => {
    expect(one('Doktorand*in\n\nVergütung nach Entgeltgruppe 13 TV-L (65 %).\n').workload?.fte).toBe(0.65);
    expect(one('Doctoral candidate\n\nPay is in accordance with pay group E13 TVöD Bund (85%).\n').workload?.fte).toBe(
      0.85,
    );
  });
});

describe('duration', () => {
  it('is not an experience level', () => {
    for (const line of [
      '- Experience Level: 5-10 years',
      'Experience required: 3 years',
      'Berufserfahrung: 2 Jahre',
      'Work experience 4 years minimum',
    ])
      expect(one(`Data Engineer\n\n- Job Title: Data Engineer\n${line}\n`).duration).toBeNull();
  });
  it('is no permanent contract because permanent residents may apply', () => {
    const p = one(
      'Data Engineer\n\nThis position is open to citizens and permanent residents (green card holders) only.\n',
    );
    expect(p.duration).toBeNull();
    expect(one('Data Engineer\n\nThis is a permanent position.\n').duration?.text).toMatch(/permanent/);
  });
});

describe('pay written with a period and no pay word', () => {
  it('is the salary, with both ends of a range', () => {
    // No place says which dollar: the currency stays unknown.
    const p = one('Data Engineer\n\nWe seek a data engineer. $95,000 to $120,000 annually.\n');
    expect(p.salary).toMatchObject({ min: 95000, max: 120000, currency: null, period: 'year' });
    const q = one('Data Engineer\n\nSalary\n$93,175 to - $144,034 per year\n');
    expect(q.salary).toMatchObject({ min: 93175, max: 144034, period: 'year' });
  });
});

describe('the minimum degree', () => {
  it('is the degree asked for outright, not the one experience is counted from', () => {
    const p = one(
      [
        'Theory Fellow',
        '',
        'Eligibility',
        '',
        '- You have a PhD (or are about to finish your thesis).',
        '- You have at most 8 years of research experience after the degree that gives access to doctoral studies (MSc or equivalent).',
      ].join('\n'),
    );
    expect(p.degree).toBe('phd');
  });
  it('falls back to the reference degree when nothing else is asked for', () => {
    expect(one('Theory Fellow\n\n- At most 8 years of experience after the MSc degree.\n').degree).toBe('master');
  });
  it('keeps an alternative after a reference to graduation', () => {
    const p = one(
      'Returning Scientist Fellow\n\nYou hold a PhD in science up to five years after graduation or a master in engineering up to ten years after graduation.\n',
    );
    expect(p.degree).toBe('master');
  });
  it('reads the US "MS in" and leaves a preferred PhD aside', () => {
    expect(one('Scientific Programmer\n\nEducation: MS in atmospheric sciences; PhD preferred.\n').degree).toBe(
      'master',
    );
  });
});

describe('the organisation', () => {
  it('does not start at an advert number or a label before the name', () => {
    const p = one(
      'Data Engineer\n\nVacancy No. 4471 Department Kestrel Research Agency/Data Service\n\nWe seek an engineer.\n',
    );
    expect(p.organisation).toBe('Kestrel Research Agency');
  });
  it('knows German head words (Bundesanstalt, Forschungszentrum, Hochschule)', () => {
    const p = one(
      'Nordlicht Bundesanstalt - VACANCY No. 12-34\n\nThe Nordlicht Bundesanstalt (NBA) is the national institute for measurement.\n\nThe NBA is looking for a doctoral candidate in X-ray physics.\n',
    );
    expect(p.organisation).toBe('Nordlicht Bundesanstalt');
    expect(p.title).toBe('Doctoral candidate in X-ray physics');
  });
});

describe('a contract that may be extended', () => {
  it('is as long as stated first, not as long as it may grow', () => {
    expect(
      one(
        'Tecnologo\n\nIl contratto di lavoro avrà la durata di un anno. Esso potrà essere prorogato fino ad un massimo di quattro anni.\n',
      ).duration?.months,
    ).toBe(12);
    expect(
      one('Research Engineer\n\nThe post is for 18 months and may be extended up to four years.\n').duration?.months,
    ).toBe(18);
    expect(one('Chercheur\n\nContrat pour un an, renouvelable jusqu’à trois ans.\n').duration?.months).toBe(12);
  });
  it('still gives the most it may grow to when nothing else is stated', () => {
    expect(one('Research Engineer\n\nThe position is renewable up to three years.\n').duration?.months).toBe(36);
  });
});

describe('a period stated on another line', () => {
  it('completes a salary line that states none', () => {
    const p = one(
      [
        'Early Career Researcher',
        '',
        'Kestrel, United Kingdom',
        '£29,400 - £33,100 per annum',
        '',
        'Salary range: £29,400 to £33,100',
        '',
        'The department of physics seeks a researcher.',
      ].join('\n'),
    );
    expect(p.salary).toMatchObject({ min: 29400, max: 33100, currency: 'GBP', period: 'year' });
  });
});

describe('a title broken before its bracket', () => {
  it('loses the bracket the break left open', () => {
    expect(one('Research Associate in Plasma Theory (\n4471823)\nDepartment of Physics\n').title).toBe(
      'Research Associate in Plasma Theory',
    );
  });
});

describe('lettered lists and the sentences that open them', () => {
  it('are read as the criteria they list', () => {
    for (const lead of [
      'Possono partecipare i candidati con i seguenti requisiti:',
      'Applicants must meet the following requirements:',
    ]) {
      const p = one(
        `Assegno di ricerca in fisica dei rivelatori\n\n${lead}\na) età non superiore a 35 anni;\nb) essere in possesso del dottorato di ricerca in Fisica;\n`,
      );
      expect(p.eligibility.map((c) => c.text)).toEqual([
        'età non superiore a 35 anni;',
        'essere in possesso del dottorato di ricerca in Fisica;',
      ]);
      expect(p.degree).toBe('phd');
    }
  });
  it('take roman numerals too', () => {
    const p = one(
      'Research Fellow\n\nEligibility\n\n(i) a PhD in physics;\n(ii) no more than 6 years since the PhD.\n',
    );
    expect(p.eligibility.map((c) => c.text)).toEqual(['a PhD in physics;', 'no more than 6 years since the PhD.']);
  });
});

describe('a saved page whose text names no employer', () => {
  const page = (head: string, body = '<p>You will write the beamline software.</p>') =>
    `<!DOCTYPE html><html><head>${head}</head><body><nav><a href="/">Home</a></nav><main><h1>Software Engineer</h1>${body}</main><footer>Imprint</footer></body></html>`;
  const orgOf = (html: string) => postingsOf(html, 'p.html')[0]?.organisation;

  it('takes the site’s name from its <title> or og:site_name', () => {
    expect(orgOf(page('<title>Software Engineer | Careers | Kestrel Laboratory</title>'))).toBe('Kestrel Laboratory');
    expect(orgOf(page('<meta property="og:site_name" content="Nordlicht Universit&auml;t"><title>Jobs</title>'))).toBe(
      'Nordlicht Universität',
    );
  });
  it('not a site name that is no institution’s, nor over the text’s own', () => {
    expect(orgOf(page('<title>Software Engineer | Careers | JobBoard Plus</title>'))).toBeNull();
    expect(
      orgOf(
        page(
          '<title>Software Engineer - Kestrel Laboratory</title>',
          '<p>The Nordlicht Institute for Plasma Physics is seeking a software engineer.</p>',
        ),
      ),
    ).toBe('Nordlicht Institute for Plasma Physics');
  });
});

describe('experience as a way in', () => {
  it('a PhD or years of experience since a master: no degree is the minimum for sure', () => {
    expect(
      one(
        'Senior Applied Fellow\n\nEligibility: You have a PhD, or at least 4 years’ relevant experience since the completion of your MSc, and in both cases at most 10 years’ experience after your MSc.\n',
      ).degree,
    ).toBeNull();
  });
  it('a cap on the experience after a degree leaves the degree asked for outright', () => {
    expect(
      one(
        'Research Fellow\n\nEligibility\n\n- You hold a PhD.\n- You have no more than 7 years of experience after the degree that gives access to doctoral studies (MSc).\n',
      ).degree,
    ).toBe('phd');
  });
});

describe('a range written "between ... and ..."', () => {
  it('has both ends', () => {
    expect(
      one('Early Career Engineer\n\nA monthly stipend ranging between 5119 and 5631 Swiss Francs (net of tax).\n')
        .salary,
    ).toMatchObject({ min: 5119, max: 5631, currency: 'CHF', period: 'month' });
  });
  it('not a year before the sum', () => {
    expect(one('Engineer\n\nThe salary between 2026 and CHF 6,000 per month.\n').salary?.min).toBe(6000);
  });
});

describe('a title cut after a word that cannot end it', () => {
  it('goes on with the line below', () => {
    expect(
      one('Postdoctoral Fellowship in\nNeutrino Physics or Cosmology\n\nThe fellowship begins in 2028.\n').title,
    ).toBe('Postdoctoral Fellowship in Neutrino Physics or Cosmology');
    expect(one('Ingénieur de recherche en\ninstrumentation spatiale\n\nLe poste est à Toulouse.\n').title).toBe(
      'Ingénieur de recherche en instrumentation spatiale',
    );
  });
  it('not with a sentence or a line further down', () => {
    expect(one('Research Engineer for\n\nThe engineer builds detectors.\n').title).toBe('Research Engineer for');
  });
});

describe('an institution’s name under the title', () => {
  it('opens no location section over the lines below it', () => {
    const p = one(
      'Physicist (Postdoctoral)\nDepartment of Research\nNational Institute of Kestrel Measurements\n\nOpen & closing dates\n12/01/2026 to 01/15/2027\n\nLocation\nBatavia, IL\n',
    );
    expect(p.location?.text).toBe('Batavia, IL');
    expect(p.organisation).toBe('National Institute of Kestrel Measurements');
  });
});

describe('a start in a season of a year', () => {
  it('is a start without a day, quoted', () => {
    for (const line of [
      'The institute invites applications for postdoctoral appointments starting in the fall of 2028.',
      'The fellowships are to begin in Autumn 2028.',
      'Beginn: Wintersemester 2028/29.',
      'Début du contrat : automne 2028.',
    ]) {
      const p = one(`Postdoctoral Researcher\n\n${line}\n`);
      expect(p.start).toMatchObject({ text: line, from: null, to: null });
    }
  });
  it('not a season without a start cue, nor a stated day', () => {
    expect(one('Postdoctoral Researcher\n\nOur summer 2027 school was a success.\n').start).toBeNull();
    expect(one('Postdoctoral Researcher\n\nStart date: 1 October 2028 (autumn 2028).\n').start?.from).toBe(
      '2028-10-01',
    );
  });
});

// Postings of our own in the shapes of job boards and employers (EURAXESS, jobs.ac.uk,
// academicpositions, INSPIRE, CERN HR, national laboratories, university HR pages, saved e-mails,
// pages with menus and cookie banners, several roles in one file; en, fr, de, it, es, tr): who
// posts, what and where, read from test/fixtures/who, plus a PDF and a Word file made here.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseAnyFile } from '../../src/corpus/parse-any-file.ts';
import type { Posting } from '../../src/corpus/posting.ts';
import { makeDocx } from './helpers/make-docx.ts';
import { makePdf } from './helpers/make-pdf.ts';

/** Title, organisation, location, country, the first contact's name and address, degree, criteria. */
type Who = [string, string | null, string | null, string | null, [string | null, string] | null, string | null, number];

const EXPECTED: Record<string, Who[]> = {
  'academicpositions-nikhef.md': [
    [
      'PhD position in neutrino telescope data analysis (KM3NeT)',
      'Nikhef',
      'Amsterdam',
      'Netherlands',
      ['Dr. Pieter de Vries', 'pdevries@nikhef.example.nl'],
      'master',
      1,
    ],
  ],
  'cea-saclay-irfu-fr.txt': [
    [
      "Post-doctorat : calibration du calorimètre de l'expérience ATLAS (H/F)",
      'CEA',
      'Saclay',
      null,
      ['Dr. Claire Morel', 'claire.morel@cea.example.fr'],
      'phd',
      1,
    ],
  ],
  'cern-hr-fellow.txt': [
    [
      'Applied Physicist - Beam Instrumentation',
      'CERN',
      null,
      null,
      ['Anna Schmidt', 'anna.schmidt@cern.example.ch'],
      'master',
      2,
    ],
  ],
  'ciemat-es.txt': [
    [
      'Investigador/a postdoctoral en física de astropartículas',
      'CIEMAT',
      'Madrid',
      null,
      ['Dra. Lucía Martín', 'lucia.martin@ciemat.example.es'],
      'phd',
      1,
    ],
  ],
  'cppm-marseille-fr.txt': [
    [
      'Ingénieur(e) de recherche en informatique scientifique',
      'CPPM',
      'Marseille',
      null,
      ['M. Olivier Garnier', 'garnier@cppm.example.fr'],
      'master',
      1,
    ],
  ],
  'desy-zeuthen-de.txt': [
    [
      'Wissenschaftler*in (m/w/d) für Gammastrahlungsastronomie',
      'DESY',
      'Zeuthen',
      null,
      ['Dr. Tobias Wagner', 'tobias.wagner@desy.example.de'],
      'phd',
      1,
    ],
  ],
  'esrf-grenoble.txt': [
    [
      'Beamline Scientist (m/f)',
      'ESRF',
      'Grenoble',
      null,
      ['Dr. Julien Martin', 'julien.martin@esrf.example.fr'],
      'phd',
      1,
    ],
  ],
  'ess-lund.txt': [
    [
      'Neutron Instrument Scientist',
      'European Spallation Source',
      'Lund, Sweden',
      'Sweden',
      ['Karin Nilsson', 'karin.nilsson@ess.example.eu'],
      'phd',
      1,
    ],
  ],
  'euraxess-kit-de.txt': [
    [
      'Doktorandin / Doktorand (w/m/d) im Bereich Detektorentwicklung für Belle II',
      'Karlsruhe Institute of Technology (KIT)',
      'Karlsruhe',
      'Germany',
      ['Dr. Jonas Becker', 'jonas.becker@kit.example.edu'],
      'master',
      1,
    ],
  ],
  'gsi-fair-en.txt': [
    [
      'Postdoc (m/f/d) Nuclear Structure Physics at FAIR',
      'GSI Helmholtzzentrum für Schwerionenforschung (GSI)',
      'FAIR',
      null,
      ['Dr. Lena Hoffmann', 'l.hoffmann@gsi.example.de'],
      'phd',
      1,
    ],
  ],
  'heidelberg-lhcb-mime.eml': [
    [
      'Doktorand*in (m/w/d) für LHCb in Heidelberg',
      'Universität Heidelberg',
      'Heidelberg',
      null,
      ['Prof. Dr. Katrin Müller', 'katrin.mueller@physi.example.de'],
      'master',
      1,
    ],
  ],
  'ihep-beijing.txt': [
    [
      'Postdoctoral Positions in JUNO Experiment',
      'Institute of High Energy Physics (IHEP)',
      'Beijing',
      null,
      ['Prof. Wei Zhang', 'zhangwei@ihep.example.cn'],
      'phd',
      1,
    ],
  ],
  'ijclab-these-fr.txt': [
    [
      'Doctorant(e) en physique des neutrinos – expérience DUNE',
      'IJCLab',
      'Orsay',
      null,
      ['Mme Sophie Laurent', 'sophie.laurent@ijclab.example.fr'],
      'master',
      1,
    ],
  ],
  'infn-bando-it.txt': [
    [
      "Borsa di studio per laureati in Fisica per attività di ricerca sull'esperimento CMS",
      'Istituto Nazionale di Fisica Nucleare (INFN)',
      'Bari',
      null,
      ['Prof.ssa Giulia Ferri', 'giulia.ferri@ba.infn.example.it'],
      'master',
      1,
    ],
  ],
  'infn-pisa-html-base64.eml': [
    [
      'Ingegnere elettronico - INFN Pisa',
      'INFN',
      'Pisa',
      null,
      ['Chiara Rossi', 'chiara.rossi@pi.infn.example.it'],
      'master',
      1,
    ],
  ],
  'inspire-hep-jobs.txt': [
    [
      'Postdoctoral Researcher in Lattice QCD',
      'Brookhaven National Laboratory',
      'Upton, NY, United States',
      'United States',
      ['Dr. Maria Lopez', 'mlopez@bnl.example.gov'],
      'phd',
      1,
    ],
  ],
  'jobs-ac-uk-durham.txt': [
    [
      'Research Associate in Particle Physics Phenomenology',
      'Durham University',
      'Durham',
      null,
      ['Professor Helen Wright', 'helen.wright@durham.example.ac.uk'],
      'phd',
      1,
    ],
  ],
  'kek-jp-en.txt': [
    [
      'Assistant Professor (Accelerator Laboratory)',
      'KEK',
      'Tsukuba',
      null,
      ['Prof. Hiroshi Tanaka', 'hiroshi.tanaka@kek.example.jp'],
      'phd',
      1,
    ],
  ],
  'lbnl-with-nav.html': [
    [
      'Postdoctoral Scholar - Neutrino Physics',
      'Lawrence Berkeley National Laboratory (LBNL)',
      'Berkeley, CA',
      null,
      ['Dr. Kevin Park', 'kpark@lbl.example.gov'],
      'phd',
      1,
    ],
  ],
  'lngs-it.md': [
    [
      'Assegno di ricerca: rivelatori per materia oscura',
      'INFN',
      'Laboratori Nazionali del Gran Sasso (LNGS), Assergi',
      null,
      ['Marco Bianchi', 'marco.bianchi@lngs.example.it'],
      'phd',
      1,
    ],
  ],
  'mpp-headed-vacancies.html': [
    [
      'Doktorand (m/w/d) Detektorphysik',
      'Max Planck Institute for Physics',
      'Garching',
      null,
      ['Dr. Eva Richter', 'richter@mpp.example.de'],
      'master',
      1,
    ],
    [
      'Postdoc (m/w/d) Quantum Sensing',
      'Max Planck Institute for Physics',
      'Garching',
      null,
      ['Dr. Paul Braun', 'braun@mpp.example.de'],
      'phd',
      1,
    ],
  ],
  'psi-villigen-en.txt': [
    [
      'Postdoctoral Fellow in Muon Physics',
      'PSI',
      'PSI, Villigen',
      null,
      ['Dr. Stefan Keller', 'stefan.keller@psi.example.ch'],
      'phd',
      1,
    ],
  ],
  'slac-position-header.txt': [
    [
      'Staff Scientist, Accelerator Research',
      'SLAC National Accelerator Laboratory',
      'Menlo Park, California',
      null,
      ['Dr. Emily Chen', 'echen@slac.example.edu'],
      'phd',
      1,
    ],
  ],
  'triumf-email.eml': [
    [
      'Research Scientist in Nuclear Astrophysics at TRIUMF',
      'TRIUMF',
      'Vancouver',
      'Canada',
      ['Dr. Jane Doe', 'jane.doe@triumf.example.ca'],
      'phd',
      1,
    ],
  ],
  'tubitak-tr.txt': [
    [
      'Doktora Sonrası Araştırmacı',
      'TÜBİTAK',
      'Ankara',
      null,
      ['Dr. Ayşe Yılmaz', 'ayse.yilmaz@tubitak.example.gov.tr'],
      'phd',
      1,
    ],
  ],
  'two-roles-one-file.txt': [
    [
      'Detector Engineer',
      'Rutherford Appleton Laboratory',
      'Didcot',
      null,
      ['Dr. Sarah Hughes', 'sarah.hughes@stfc.example.ac.uk'],
      'bachelor',
      1,
    ],
    [
      'Data Scientist',
      'Rutherford Appleton Laboratory',
      'Didcot',
      null,
      ['Dr. Mark Evans', 'mark.evans@stfc.example.ac.uk'],
      'phd',
      1,
    ],
  ],
  'uni-hr-madrid-es.txt': [
    [
      'Convocatoria de contrato predoctoral en física teórica',
      'Universidad Autónoma de Madrid',
      'Madrid',
      null,
      ['Dr. Javier Ruiz', 'javier.ruiz@uam.example.es'],
      'master',
      1,
    ],
  ],
};

function whoOf(p: Posting): Who {
  const c = p.contacts[0];
  return [
    p.title,
    p.organisation,
    p.location?.text ?? null,
    p.country,
    c ? [c.name ?? null, c.email ?? ''] : null,
    p.degree,
    p.eligibility.length,
  ];
}

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(new URL('../fixtures/who', import.meta.url).pathname);
});

describe('who, what and where, in postings of shapes the seeds do not show', () => {
  it('loads every fixture, .eml files too, and warns only of an undecidable date', () => {
    expect([...new Set(corpus.postings.map((p) => p.source.file))].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(corpus.warnings.map((w) => [w.file, w.severity])).toEqual([['cppm-marseille-fr.txt', 'partial']]);
  });

  for (const [file, expected] of Object.entries(EXPECTED))
    it(`reads ${file}`, () => {
      const ps = corpus.postings.filter((x) => x.source.file === file);
      expect(ps.map(whoOf)).toEqual(expected);
    });
});

describe('the same facts in a PDF and a Word file', () => {
  it('reads a French thesis offer in a PDF', async () => {
    const pdf = makePdf([
      [
        { text: 'Le CNRS Marseille recrute', size: 16 },
        { text: 'Doctorant(e) en cosmologie observationnelle', size: 14, gapBefore: 10 },
        { text: "Le candidat doit être titulaire d'un Master 2 en astrophysique.", gapBefore: 10 },
        { text: 'Contact : Mme Hélène Roux, helene.roux@cnrs.example.fr', gapBefore: 10 },
      ],
    ]);
    const p = (await parseAnyFile('these.pdf', pdf)).postings[0] as Posting;
    expect(whoOf(p)).toEqual([
      'Doctorant(e) en cosmologie observationnelle',
      'CNRS',
      'Marseille',
      null,
      ['Mme Hélène Roux', 'helene.roux@cnrs.example.fr'],
      'master',
      1,
    ]);
  });

  it('reads an Italian call in Word whose first line is its decree', async () => {
    const docx = await makeDocx([
      { para: 'Decreto Direttoriale n. 812 del 4 novembre 2026' },
      { title: 'Assegno di ricerca in fisica dei neutrini' },
      { para: "L'INFN bandisce un assegno di ricerca presso la Sezione di Padova." },
      { para: 'I candidati devono essere in possesso del dottorato di ricerca in Fisica.' },
      { para: 'Referente: dott. Luca Conti, luca.conti@pd.infn.example.it' },
    ]);
    const p = (await parseAnyFile('decreto.docx', docx)).postings[0] as Posting;
    expect(whoOf(p)).toEqual([
      'Assegno di ricerca in fisica dei neutrini',
      'INFN',
      'Padova',
      null,
      ['Luca Conti', 'luca.conti@pd.infn.example.it'],
      'phd',
      1,
    ]);
  });
});

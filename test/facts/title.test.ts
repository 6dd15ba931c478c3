import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { hiringObject, namesRole, notATitle } from '../../src/facts/title.ts';

const parse = (name: string, text: string) => parseFile(name, Buffer.from(text)).postings;
const titleOf = (text: string, name = 'a.txt') => parse(name, text)[0]?.title;

describe('lines that are not a title', () => {
  it.each([
    ['Vacancy no. 2031/88', 'advert number'],
    ['Job Requisition ID: 40512', 'advert number'],
    ['Careers at Nordlicht Observatory', 'site heading'],
    ['Working at KEK', 'site heading'],
    ['Open Positions', 'site heading'],
    ['Job offers', 'site heading'],
    ['Applications are now closed', 'status'],
    ['You cannot apply for this role', 'site heading'],
    ['12/03/2027', 'date'],
    ['Part time', 'site heading'],
    ['Organisation: Kestrel Labs', 'label'],
    ['Danube Institute of Plasma Physics', 'institution'],
  ])('%s', (line, why) => {
    expect(notATitle(line)).toBe(why);
  });

  it('keeps real titles', () => {
    for (const t of ['Software Engineer', 'Director of the Danube Institute (m/f/d)', 'Astrophysics Fellowship 2027'])
      expect(notATitle(t)).toBeNull();
  });
});

describe('the role title of a page', () => {
  it('skips an advert number and a site heading to the role line', () => {
    const text =
      'Vacancy no. 2031/88\nWorking at KEK\n\nKEK is a laboratory in Tsukuba where people from many countries work on accelerators and their detectors every day.\n\nControl Systems Engineer\n\nDeadline 1 March 2031\n';
    expect(titleOf(text)).toBe('Control Systems Engineer');
  });

  it('reads a title header with its value on the next line', () => {
    const text =
      'Danube Institute of Plasma Physics\nPosition ID:\nDIPP-77\nPosition Title:\nBeam Diagnostics Technician\nPosition Location:\nVienna, Austria\n';
    expect(titleOf(text)).toBe('Beam Diagnostics Technician');
  });

  it('reads "Job title:" and "Poste :" headers', () => {
    expect(titleOf('Home\nJob title: Cryogenics Operator\nLocation: Grenoble\n')).toBe('Cryogenics Operator');
    expect(titleOf('Offres\nPoste : Ingénieur réseau\nLieu : Lyon\n')).toBe('Ingénieur réseau');
  });

  it('finds the first role line of a page that starts with a status and labels', () => {
    const text =
      'Full Time\nCloses: 3 May 2030\nApplications have closed\nData Pipeline Developer for Radio Astronomy (3 posts)\nJob reference: RX-12\n';
    expect(titleOf(text)).toBe('Data Pipeline Developer for Radio Astronomy (3 posts)');
  });

  it('takes the role a hiring sentence offers when no line names one', () => {
    expect(
      titleOf(
        'The Kestrel University Department of Chemistry invites applications for a Lecturer position in physical chemistry to start in 2031.',
      ),
    ).toBe('Lecturer position in physical chemistry');
    expect(hiringObject('The Theory Group expects to have three postdoctoral positions beginning next autumn.')).toBe(
      'Postdoctoral positions',
    );
    expect(hiringObject('The lab invites applications for the Ada J. Quill Fellowship, funded by the council.')).toBe(
      'Ada J. Quill Fellowship',
    );
  });

  it('prefers a named role line after a plural category heading', () => {
    expect(
      titleOf('Graduate Scholars\nWinterbourne Fellowship in Applied Optics\nThe fellowship lasts two years.\n'),
    ).toBe('Winterbourne Fellowship in Applied Optics');
  });

  it('reads the title a first sentence opens with', () => {
    const text =
      'Nordlicht Winter School Programme 2031, run by the Tromsø-based observatory, is a paid training of two months for students.\nStudents work on a project.\n';
    expect(titleOf(text)).toBe('Nordlicht Winter School Programme 2031');
  });

  it('reads a quoted programme name', () => {
    const text =
      'Studierende der Physik können sich bewerben. Bewerbungen für das "Technical Student Programme am ILL" sind bis 3. März 2031 möglich.\n';
    expect(titleOf(text)).toBe('Technical Student Programme am ILL');
  });

  it('writes a programme offered by a shorter name out in full when the text does', () => {
    const offered =
      'Fellowship Application Instructions\n\nNow accepting applications for the Rosalind Ives Fellowship\n\n';
    expect(
      titleOf(
        `${offered}Candidates for the Rosalind Ives Research Fellowship are chosen on the strength of their proposal.\n`,
      ),
    ).toBe('Rosalind Ives Research Fellowship');
    expect(titleOf(`${offered}Candidates are chosen on the strength of their proposal and of their record.\n`)).toBe(
      'Rosalind Ives Fellowship',
    );
  });

  it('takes the title of a bilingual page from the language its role is described in', () => {
    const body =
      'The Kestrel Summer Studentship is aimed at undergraduates in physics who want to spend ten weeks at the laboratory.\n';
    expect(titleOf(`Yaz Okulu Fırsatı\n\nSon tarih: 3 Mart 2031\n\n${body}`)).toBe('Kestrel Summer Studentship');
    // A first line that shares a word with the role's name is the page's own title.
    expect(titleOf(`Kestrel in summer\n\nDeadline: 3 March 2031\n\n${body}`)).toBe('Kestrel in summer');
    // A first line that names a role stays.
    expect(titleOf(`Yaz Okulu Engineer\n\n${body}`)).toBe('Yaz Okulu Engineer');
  });

  it('reads the role a French, Italian or Spanish hiring sentence offers, from its role noun on', () => {
    expect(
      hiringObject(
        "L'Osservatorio ha indetto un concorso per il conferimento di 12 borse di studio per laureandi, con sede a Torino.",
      ),
    ).toBe('Borse di studio per laureandi');
    expect(hiringObject('Le laboratoire recrute un ingénieur de recherche en cryogénie pour trois ans.')).toBe(
      'Ingénieur de recherche en cryogénie',
    );
    expect(hiringObject('The observatory seeks a postdoc for')).toBe('Postdoc');
  });

  it('prefers that role to a first line of lowercase keywords', () => {
    const body =
      "L'Osservatorio ha indetto un concorso per il conferimento di 12 borse di studio per laureandi, con sede a Torino.\n";
    expect(titleOf(`borse studio astrofisica\n\n${body}`)).toBe('Borse di studio per laureandi');
    expect(titleOf(`Borse studio astrofisica\n\n${body}`)).toBe('Borse studio astrofisica');
  });

  it('knows role nouns in several languages', () => {
    expect(namesRole('Ingénieure de recherche')).toBe(true);
    expect(namesRole('Doktorandenstelle')).toBe(false);
    expect(namesRole('Post-doctoral Fellows')).toBe(true);
    expect(namesRole('Life Sciences (3 positions)')).toBe(false);
  });
});

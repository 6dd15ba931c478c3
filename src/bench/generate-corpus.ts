// A synthetic corpus for the benchmark: N postings in every supported format (front matter,
// TWiki table, markdown, HTML, plain text, email, note), shaped like the seeds and fixtures,
// deterministic from a seed. Files are written one batch at a time so the generator never holds
// the whole corpus in memory (the RSS measured after loading is the bot's, not the generator's).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PostingFormat } from '../corpus/posting.ts';
import { MONTH_NAMES } from '../time/calendar.ts';
import { createRandom, type Random } from './random.ts';
import {
  CRITERIA,
  DOMAINS,
  DUTIES,
  EXPERIMENTS,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANISATIONS,
  type Organisation,
  ROLES,
  SENTENCES,
  SKILLS,
  TAGS,
  THINGS,
} from './vocabulary.ts';

/** One role as the generator decided it, before a writer lays it out in a format. */
export interface SyntheticRole {
  title: string;
  role: string;
  domain: string;
  experiment: string;
  org: Organisation;
  required: string[];
  desired: string[];
  criteria: string[];
  duties: string[];
  paragraphs: string[];
  /** YYYY-MM-DD. */
  deadline: string;
  start: string;
  posted: string;
  salary: string | null;
  duration: string | null;
  contactName: string;
  contactEmail: string;
}

export interface GeneratedFile {
  name: string;
  text: string;
  format: PostingFormat;
  /** Postings the file holds (a TWiki table holds several). */
  roles: number;
}

export interface CorpusOptions {
  postings: number;
  seed: number;
  /** The day deadlines are spread around (most within a few months of it). */
  around?: string;
}

export interface WrittenCorpus {
  dir: string;
  files: number;
  /** Postings written (the loader may count differently; the benchmark reports both). */
  postings: number;
  bytes: number;
  formats: Record<string, number>;
}

export const DEFAULT_AROUND = '2026-11-22';

const FORMAT_WEIGHTS: ReadonlyArray<[PostingFormat, number]> = [
  ['markdown', 20],
  ['plain-text', 15],
  ['html', 15],
  ['front-matter', 15],
  ['email', 15],
  ['twiki-table', 10],
  ['note', 10],
];

const MONTHS = MONTH_NAMES;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A date the way ads write it: ISO, "15 December 2026", "December 15, 2026", "15 Dec 2026". */
function writeDate(r: Random, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1] as string;
  switch (r.int(0, 3)) {
    case 0:
      return iso;
    case 1:
      return `${d} ${month} ${y}`;
    case 2:
      return `${month} ${d}, ${y}`;
    default:
      return `${d} ${month.slice(0, 3)} ${y}`;
  }
}

function fill(r: Random, template: string, role: Omit<SyntheticRole, 'paragraphs' | 'duties'>): string {
  return template
    .replaceAll('{exp}', role.experiment)
    .replaceAll('{domain}', role.domain)
    .replaceAll('{org}', role.org.name)
    .replaceAll('{role}', role.role.toLowerCase())
    .replace('{skill2}', r.pick(SKILLS))
    .replace('{skill}', role.required[0] ?? r.pick(SKILLS))
    .replace('{thing2}', r.pick(THINGS))
    .replace('{thing}', r.pick(THINGS));
}

function money(n: number): string {
  return n.toLocaleString('en-US');
}

function salaryOf(r: Random, org: Organisation): string | null {
  if (r.chance(0.35)) return null;
  const c = org.currency;
  switch (c) {
    case 'CHF': {
      const lo = r.int(70, 110) * 1000;
      return `CHF ${money(lo)} to ${money(lo + r.int(5, 25) * 1000)} per year`;
    }
    case 'GBP':
      return `£${money(r.int(32, 55) * 1000)} per annum`;
    case 'USD': {
      const lo = r.int(60, 95) * 1000;
      return `USD ${money(lo)} - ${money(lo + r.int(5, 20) * 1000)} per year`;
    }
    case 'AUD':
      return `AUD ${money(r.int(90, 130) * 1000)} per annum plus superannuation`;
    default: {
      const lo = r.int(25, 40) * 100;
      return r.chance(0.5)
        ? `EUR ${money(lo)} - ${money(lo + r.int(5, 15) * 100)} per month gross`
        : `a gross monthly salary of ${money(lo)} EUR`;
    }
  }
}

function durationOf(r: Random): string | null {
  switch (r.int(0, 4)) {
    case 0:
      return null;
    case 1:
      return `${r.int(1, 3)} years`;
    case 2:
      return `${r.pick([12, 18, 24, 36])} months`;
    case 3:
      return '1 year, extendable by +1 year upon mutual agreement';
    default:
      return `${r.int(2, 5)} years, fixed term`;
  }
}

export function generateRole(r: Random, around: string): SyntheticRole {
  const experiment = r.pick(EXPERIMENTS);
  const domain = r.pick(DOMAINS);
  const role = r.pick(ROLES);
  const org = r.pick(ORGANISATIONS);
  const cap = domain.charAt(0).toUpperCase() + domain.slice(1);
  const title = r.pick([
    `${role} - ${experiment} ${domain}`,
    `${experiment} ${cap} ${role}`,
    `${role} in ${domain} for ${experiment}`,
    `${role} position in ${experiment} ${domain} at ${org.name}`,
    `${cap} ${role} (${experiment})`,
  ]);
  const skills = r.sample(SKILLS, r.int(3, 7));
  const split = r.int(2, Math.max(2, skills.length - 1));
  // Deadlines: most ahead of `around`, a third already passed, a few far ahead.
  const deadline = addDays(around, r.int(-120, 200));
  const base = {
    title,
    role,
    domain,
    experiment,
    org,
    required: skills.slice(0, split),
    desired: skills.slice(split),
    criteria: r.sample(CRITERIA, r.int(0, 3)),
    deadline,
    start: addDays(deadline, r.int(30, 150)),
    posted: addDays(deadline, -r.int(20, 90)),
    salary: salaryOf(r, org),
    duration: durationOf(r),
    contactName: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`,
    contactEmail: '',
  };
  const local = base.contactName
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .replace(/ +/g, '.');
  base.contactEmail = r.chance(0.3) ? `${domain.split(' ')[0]}-jobs@${org.domain}` : `${local}@${org.domain}`;
  const paragraphs: string[] = [];
  const nPara = r.int(2, 5);
  for (let i = 0; i < nPara; i++) {
    const n = r.int(4, 8);
    paragraphs.push(Array.from({ length: n }, () => fill(r, r.pick(SENTENCES), base)).join(' '));
  }
  const duties = r.sample(DUTIES, r.int(2, 5)).map((d) => fill(r, d, base));
  return { ...base, duties, paragraphs };
}

// ---------------------------------------------------------------- one writer per format

function requirementLines(r: Random, role: SyntheticRole): string[] {
  const lines = role.criteria.slice();
  lines.push(
    r.pick([
      `Excellent ${role.required.join(' and ')} skills`,
      `Strong knowledge of ${role.required.join(', ')}`,
      `Experience with ${role.required.join(', ')}`,
    ]),
  );
  for (const s of role.desired) lines.push(`${s} would be an advantage`);
  return lines;
}

function writeMarkdown(r: Random, role: SyntheticRole): string {
  const out = [`# ${role.title}`, '', `**Institute:** ${role.org.place}`];
  if (role.duration) out.push(`**Contract:** ${role.duration}`);
  if (role.salary) out.push(`**Salary:** ${role.salary}`);
  out.push(`**Deadline:** ${writeDate(r, role.deadline)}`, '', '## About the role');
  for (const p of role.paragraphs) out.push(p, '');
  out.push('## Your responsibilities', ...role.duties.map((d) => `- ${d}`), '', '## Your profile');
  out.push(...requirementLines(r, role).map((l) => `- ${l}`), '');
  out.push(`Starting date: ${writeDate(r, role.start)}`, '', '## Contact');
  out.push(`Questions: ${role.contactName}, ${role.contactEmail}`, '');
  return out.join('\n');
}

function writePlain(r: Random, role: SyntheticRole): string {
  const out = [role.title, '', `Location: ${role.org.place}`, `Deadline: ${writeDate(r, role.deadline)}`];
  out.push(`Starting date: ${writeDate(r, role.start)}`);
  if (role.duration) out.push(`Duration: ${role.duration}`);
  if (role.salary) out.push(`Salary: ${role.salary}`);
  out.push('');
  for (const p of role.paragraphs) out.push(p, '');
  out.push('Duties', ...role.duties.map((d) => `- ${d}`), '', 'Requirements');
  out.push(...requirementLines(r, role).map((l) => `- ${l}`), '');
  out.push(`Please send your CV to ${role.contactEmail}`, '');
  return out.join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function writeHtml(r: Random, role: SyntheticRole): string {
  const e = escapeHtml;
  const out = [
    '<!DOCTYPE html>',
    '<html>',
    `<head><title>${e(role.title)}</title></head>`,
    '<body>',
    `<h1>${e(role.title)}</h1>`,
    `<p><strong>Location:</strong> ${e(role.org.place)}</p>`,
  ];
  for (const p of role.paragraphs) out.push(`<p>${e(p)}</p>`);
  out.push('<h2>Responsibilities</h2>', '<ul>', ...role.duties.map((d) => `  <li>${e(d)}</li>`), '</ul>');
  out.push('<h2>Requirements</h2>', '<ul>', ...requirementLines(r, role).map((l) => `  <li>${e(l)}</li>`), '</ul>');
  if (role.salary) out.push(`<p><strong>Salary:</strong> ${e(role.salary)}</p>`);
  if (role.duration) out.push(`<p>The contract is for ${e(role.duration)}.</p>`);
  out.push(`<p>Deadline: ${writeDate(r, role.deadline)}</p>`);
  out.push(`<p>Contact: <a href="mailto:${role.contactEmail}">${role.contactEmail}</a></p>`, '</body>', '</html>', '');
  return out.join('\n');
}

function writeFrontMatter(r: Random, role: SyntheticRole): string {
  const q = (s: string) => JSON.stringify(s);
  const out = ['---', `title: ${q(role.title)}`, `deadline: ${role.deadline}`, `location: ${q(role.org.place)}`];
  if (r.chance(0.5))
    out.push(
      `excerpt: interested candidates should send their CVs to ${role.contactEmail.replace('@', ' at ')} by ${writeDate(r, role.deadline)}.`,
    );
  out.push('---', '');
  for (const p of role.paragraphs) out.push(p, '');
  out.push('## Duties', ...role.duties.map((d) => `- ${d}`), '', '## Requirements');
  out.push(...requirementLines(r, role).map((l) => `- ${l}`), '');
  if (role.duration) out.push(`Contract of ${role.duration}.`);
  if (role.salary) out.push(`Salary: ${role.salary}.`);
  out.push(`Starting date: ${writeDate(r, role.start)}.`, `Contact: ${role.contactEmail.replace('@', ' at ')}`, '');
  return out.join('\n');
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function writeEmail(r: Random, role: SyntheticRole): string {
  const posted = new Date(`${role.posted}T09:15:00Z`);
  const [y, m, d] = role.posted.split('-').map(Number) as [number, number, number];
  const date = `${WEEKDAYS[posted.getUTCDay()]}, ${d} ${(MONTHS[m - 1] as string).slice(0, 3)} ${y} 09:15:00 +0100`;
  const list = `${role.experiment.toLowerCase().replace(/\W+/g, '')}-jobs`;
  const out = [
    `From: ${role.contactName} <${role.contactEmail}>`,
    `To: ${list}@cern.example.ch`,
    `Subject: [${list}] ${role.title}`,
    `Date: ${date}`,
    '',
    'Dear colleagues,',
    '',
  ];
  for (const p of role.paragraphs) out.push(p, '');
  out.push(`The position is located in ${role.org.place}.`, '', 'Requirements:');
  out.push(...requirementLines(r, role).map((l) => `- ${l}`), '');
  if (role.duration) out.push(`The contract is for ${role.duration}.`);
  if (role.salary) out.push(`The salary is ${role.salary}.`);
  out.push(`Applications must be received by ${writeDate(r, role.deadline)}.`);
  out.push(`Please send a CV and a cover letter to ${role.contactEmail}.`, '', 'Best regards,', role.contactName, '');
  return out.join('\n');
}

function writeNote(r: Random, role: SyntheticRole): string {
  const stamp = `${role.posted.replaceAll('-', '')}${String(r.int(8, 18)).padStart(2, '0')}${String(r.int(0, 59)).padStart(2, '0')}`;
  const tags = ['jobs', role.experiment.toLowerCase().replace(/\W+/g, ''), ...r.sample(TAGS, 2)];
  const out = [`${role.title}, to follow up`, ''];
  out.push(`- ${role.domain} for ${role.experiment} at ${role.org.name}, ${role.org.place}`);
  out.push(`- ${role.required.join(', ')}`);
  if (role.duration) out.push(`- ${role.duration}`);
  if (role.salary) out.push(`- ${role.salary}`);
  out.push(`- apply by ${writeDate(r, role.deadline)}`, `- ask ${role.contactName} (${role.contactEmail})`);
  if (r.chance(0.6)) out.push('', role.paragraphs[0] ?? '');
  out.push('', [...new Set(tags)].map((t) => `#${t}`).join(' '), '', stamp, '');
  return out.join('\n');
}

/** A TWiki table export: a tab-separated header, one row per role with inline HTML cells. */
function writeTwiki(r: Random, roles: SyntheticRole[]): string {
  const clean = (s: string) => escapeHtml(s).replace(/[\t\r\n]+/g, ' ');
  const out = ['', 'Table of Contents', '', 'Position\tDescription\tDuties\tSkills'];
  for (const role of roles) {
    const desc = `<p>${clean(role.paragraphs.join(' '))}</p>`;
    const duties = `<ul style="list-style-type: none"> ${role.duties.map((d) => `• ${clean(d)}`).join(' ')}`;
    const skills = `<ul style="list-style-type: none"> ${requirementLines(r, role)
      .map((l) => `• ${clean(l)}`)
      .join(' ')}`;
    out.push([clean(role.title), desc, duties, skills].join('\t'));
  }
  out.push('--\t--\t--\t--', '');
  const deadline = roles.map((x) => x.deadline).sort()[0] ?? DEFAULT_AROUND;
  out.push(`Applications close on ${writeDate(r, deadline)}.`);
  out.push(` Topic revision: r${r.int(1, 9)} - ${roles[0]?.posted ?? DEFAULT_AROUND} - ${r.pick(LAST_NAMES)}`, '');
  return out.join('\n');
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

const EXT: Record<PostingFormat, string> = {
  markdown: 'md',
  'plain-text': 'txt',
  html: 'html',
  'front-matter': 'md',
  email: 'txt',
  'twiki-table': 'txt',
  note: 'md',
  // Documents are not generated (the bench measures the text formats); listed for the type.
  pdf: 'pdf',
  docx: 'docx',
};

/** The corpus, file by file, until `postings` roles are written. */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedFile> {
  const r = createRandom(options.seed);
  const around = options.around ?? DEFAULT_AROUND;
  const weights = FORMAT_WEIGHTS.map(([, w]) => w);
  let written = 0;
  for (let i = 0; written < options.postings; i++) {
    const format = (FORMAT_WEIGHTS[r.weighted(weights)] as [PostingFormat, number])[0];
    const left = options.postings - written;
    const n = format === 'twiki-table' ? Math.min(left, r.int(2, 4)) : 1;
    const roles = Array.from({ length: n }, () => generateRole(r, around));
    const first = roles[0] as SyntheticRole;
    let text: string;
    switch (format) {
      case 'markdown':
        text = writeMarkdown(r, first);
        break;
      case 'plain-text':
        text = writePlain(r, first);
        break;
      case 'html':
        text = writeHtml(r, first);
        break;
      case 'front-matter':
        text = writeFrontMatter(r, first);
        break;
      case 'email':
        text = writeEmail(r, first);
        break;
      case 'note':
        text = writeNote(r, first);
        break;
      default:
        text = writeTwiki(r, roles);
    }
    const stem = format === 'twiki-table' ? `${slug(first.experiment)}-l3-positions` : slug(first.title);
    const name = `${String(i).padStart(6, '0')}-${stem}.${EXT[format]}`;
    written += n;
    yield { name, text, format, roles: n };
  }
}

/** Writes the corpus into `dir` (which must exist), a batch of files at a time. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<WrittenCorpus> {
  const result: WrittenCorpus = { dir, files: 0, postings: 0, bytes: 0, formats: {} };
  let batch: Promise<void>[] = [];
  for (const f of generateCorpus(options)) {
    const bytes = Buffer.from(f.text, 'utf8');
    batch.push(writeFile(join(dir, f.name), bytes));
    result.files++;
    result.postings += f.roles;
    result.bytes += bytes.length;
    result.formats[f.format] = (result.formats[f.format] ?? 0) + f.roles;
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return result;
}

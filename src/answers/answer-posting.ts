// Answers about one posting: a field (deadline, contact, salary...) or the whole card.
// Each quotes the posting's own words and cites the file and line they come from.

import { describeLine, locateLine } from '../corpus/cite-line.ts';
import type { Posting, Quote, SalaryFact } from '../corpus/posting.ts';
import {
  type AnswerEnv,
  cite,
  type Draft,
  daysLeft,
  draft,
  refOf,
  shortName,
  statusNotice,
  statusOf,
  statusWords,
  timeLeft,
  topicOf,
} from './context.ts';
import { deadlineMention } from './deadline-moment.ts';
import type { Block, Field, InstantMention } from './reply.ts';
import { formatAmount, formatDate } from './text.ts';

export type FieldIntent =
  | 'deadline'
  | 'status'
  | 'contact'
  | 'salary'
  | 'start'
  | 'duration'
  | 'location'
  | 'documents'
  | 'skills'
  | 'duties'
  | 'workload'
  | 'apply'
  | 'show';

export const FIELD_INTENTS: ReadonlySet<string> = new Set<FieldIntent>([
  'deadline',
  'status',
  'contact',
  'salary',
  'start',
  'duration',
  'location',
  'documents',
  'skills',
  'duties',
  'workload',
  'apply',
  'show',
]);

const q = (text: string) => `"${text.replace(/\s+/g, ' ').trim()}"`;
/** "(line 14)", or "(p.2 l.14)" in a PDF: the place a reader can find in the document. */
const atLine = (x: { line: number }, p: Posting) =>
  `(${describeLine({ line: x.line, ...locateLine(p.pageStarts, x.line) })})`;

export function salaryWords(s: SalaryFact): string {
  const cur = s.currency ? `${s.currency} ` : '';
  const amount =
    s.min !== null && s.max !== null && s.min !== s.max
      ? `${cur}${formatAmount(s.min)} to ${formatAmount(s.max)}`
      : s.min !== null || s.max !== null
        ? `${cur}${formatAmount((s.min ?? s.max) as number)}`
        : '';
  const per = s.period ? ` per ${s.period}` : '';
  const net = s.net === true ? ', net' : s.net === false ? ', gross' : '';
  return amount ? `${amount}${per}${net}` : q(s.text);
}

export function durationWords(p: Posting): string | null {
  if (!p.duration) return null;
  const m = p.duration.months;
  if (m === null)
    return /\b(permanent|indefinite|open[- ]ended|unlimited|tenured?)\b/i.test(p.duration.text)
      ? 'permanent (no fixed end date)'
      : null;
  if (m % 12 === 0) return `${m / 12} year${m === 12 ? '' : 's'} (${m} months)`;
  return `${m} months`;
}

export function startWords(p: Posting): string | null {
  const s = p.start;
  if (!s) return null;
  if (s.from && s.to && s.from !== s.to) {
    // "From May to September 2021" is parsed to whole months: say it in months.
    const a = wholeMonth(s.from, 'first');
    const b = wholeMonth(s.to, 'last');
    if (a && b) return a === b ? `in ${a}` : `between ${a} and ${b}`;
    return `between ${formatDate(s.from)} and ${formatDate(s.to)}`;
  }
  if (s.from) return formatDate(s.from);
  if (s.to) return `by ${formatDate(s.to)}`;
  return null;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** "May 2021" when `iso` is the first (or last) day of its month, else null. */
function wholeMonth(iso: string, edge: 'first' | 'last'): string | null {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d !== (edge === 'first' ? 1 : last)) return null;
  return `${MONTHS[m - 1]} ${y}`;
}

export function contactWords(p: Posting): string[] {
  return p.contacts.map((c) =>
    [c.name, c.email ? (c.name ? `<${c.email}>` : c.email) : null].filter(Boolean).join(' '),
  );
}

/** "full time (1 FTE)", "part time: 0.65 FTE (65% of full time)". */
export function workloadWords(fte: number | null): string {
  if (fte === null) return 'as the posting says';
  if (fte >= 1) return 'full time (1 FTE)';
  return `part time: ${fte} FTE (${Math.round(fte * 100)}% of full time)`;
}

export function locationWords(p: Posting): string | null {
  if (p.location)
    return `${p.location.text.replace(/\s+/g, ' ').trim()}${p.country && !p.location.text.toLowerCase().includes(p.country.toLowerCase()) ? ` (${p.country})` : ''}`;
  return p.country;
}

function quoted(items: Quote[], p: Posting): string[] {
  return items.map((i) => `${i.text.replace(/\s+/g, ' ').trim()} ${atLine(i, p)}`);
}

/** "it has passed, so the posting is closed" / "that is 3 days from now". */
function relativeDeadline(env: AnswerEnv, p: Posting): string {
  const notice = statusNotice(env, p);
  if (notice) return `but the posting is ${notice}`;
  const d = daysLeft(env, p);
  if (d === null) return 'no deadline is stated';
  if (d < -730) return `it passed more than ${Math.floor(-d / 365)} years ago, so the posting is closed`;
  if (d < 0) return `it passed ${-d} day${d === -1 ? '' : 's'} ago, so the posting is closed`;
  if (d === 0) return 'that is today: the posting is open until the end of the day';
  return `that is ${d} day${d === 1 ? '' : 's'} from now, so the posting is open`;
}

/** One posting, whole. */
export function cardBlock(env: AnswerEnv, p: Posting): Block {
  const fields: Field[] = [];
  const add = (label: string, value: string | null | undefined, instants: Field['instants'] = []) => {
    if (value) fields.push({ label, value, ...(instants.length > 0 ? { instants } : {}) });
  };
  add('Organisation', p.organisation);
  add('Experiment', p.experiment);
  add('Location', locationWords(p));
  add('Status', statusWords(env, p));
  const deadline = p.deadline ? formatDate(p.deadline.date) : null;
  add(
    'Deadline',
    p.deadline ? `${deadline} ${atLine(p.deadline, p)}` : 'none stated',
    deadline ? deadlineMention(p.deadline, deadline) : [],
  );
  add('Start', p.start ? `${startWords(p) ?? q(p.start.text)} ${atLine(p.start, p)}` : null);
  add(
    'Duration',
    p.duration ? `${durationWords(p) ?? ''} ${q(p.duration.text)} ${atLine(p.duration, p)}`.trim() : null,
  );
  add(
    'Workload',
    p.workload
      ? `${p.workload.fte !== null ? `${p.workload.fte} FTE ` : ''}${q(p.workload.text)} ${atLine(p.workload, p)}`
      : null,
  );
  add(
    'Salary',
    p.salary
      ? `${salaryWords(p.salary)} ${atLine(p.salary, p)}`
      : p.payScale
        ? `pay scale ${q(p.payScale.text)} ${atLine(p.payScale, p)}`
        : null,
  );
  add('Contact', p.contacts.length ? contactWords(p).join(', ') : null);
  add('Posted', p.posted ? formatDate(p.posted.date) : null);
  add('Skills', p.skills.length ? p.skills.join(', ') : null);
  add('Links', p.links.length ? p.links.slice(0, 5).join(' ') : null);
  const sections: { title: string; items: string[] }[] = [];
  const sec = (title: string, items: Quote[]) => {
    if (items.length) sections.push({ title, items: quoted(items, p) });
  };
  if (p.summary) sections.push({ title: 'Summary', items: [p.summary] });
  sec('Duties', p.duties);
  sec('Required skills', p.requiredSkills);
  sec('Desired skills', p.desiredSkills);
  sec('Eligibility', p.eligibility);
  sec('Documents', p.documents);
  return { kind: 'card', posting: refOf(env, p), fields, sections };
}

function para(text: string, instants: InstantMention[] = []): Block {
  return instants.length > 0 ? { kind: 'paragraph', text, instants } : { kind: 'paragraph', text };
}

function list(title: string, items: string[]): Block {
  return { kind: 'list', title, items: items.map((text) => ({ text })) };
}

/** The answer to a field question about one posting. */
export function answerField(env: AnswerEnv, p: Posting, intent: FieldIntent): Draft {
  const t = p.title;
  const blocks: Block[] = [];
  let line: number | undefined;
  switch (intent) {
    case 'show':
      blocks.push(cardBlock(env, p));
      break;
    case 'deadline':
      if (p.deadline) {
        const date = formatDate(p.deadline.date);
        blocks.push(
          para(
            `The application deadline for "${t}" is ${date}; ${relativeDeadline(env, p)}.`,
            deadlineMention(p.deadline, date),
          ),
          para(`The posting says: ${q(p.deadline.text)}`),
        );
        line = p.deadline.line;
      } else if (statusOf(env, p) === 'open') {
        // "open until filled": no day to give, but it is open, and the posting says so.
        blocks.push(para(`"${t}" states no application deadline: it is still open, ${timeLeft(env, p)}.`));
        line = p.rolling?.line;
      } else blocks.push(para(`"${t}" states no application deadline (status unknown); ask its contact.`));
      break;
    case 'status': {
      const s = statusOf(env, p);
      const notice = statusNotice(env, p);
      if (notice) {
        const quote = p.closedNotice ?? p.opens;
        blocks.push(para(`No, "${t}" is ${notice}.`));
        if (quote && quote !== p.closedNotice) blocks.push(para(`The posting says: ${q(quote.text)}`));
        line = quote?.line;
      } else if (s === 'open') blocks.push(para(`Yes, "${t}" is still open: ${timeLeft(env, p)}.`));
      else if (s === 'closed')
        blocks.push(para(`No, "${t}" is closed: the deadline ${formatDate(p.deadline?.date ?? '')} has passed.`));
      else
        blocks.push(
          para(`"${t}" states no application deadline, so I cannot tell whether it is still open; ask its contact.`),
        );
      if (p.deadline && !notice) {
        blocks.push(para(`The posting says: ${q(p.deadline.text)}`));
        line = p.deadline.line;
      }
      break;
    }
    case 'contact':
      if (p.contacts.length) {
        blocks.push(
          list(
            `Contact for "${t}":`,
            p.contacts.map((c, i) => `${contactWords(p)[i]} ${atLine(c, p)}`),
          ),
        );
        const first = p.contacts[0];
        if (first) {
          blocks.push(para(`The posting says: ${q(first.text)}`));
          line = first.line;
        }
      } else {
        blocks.push(para(`"${t}" names no contact person or address.`));
        if (p.links.length) blocks.push(list('Links in the posting:', p.links.slice(0, 5)));
      }
      break;
    case 'salary':
      if (p.salary) {
        blocks.push(para(`"${t}" pays ${salaryWords(p.salary)}.`), para(`The posting says: ${q(p.salary.text)}`));
        line = p.salary.line;
      } else if (p.payScale) {
        blocks.push(para(`"${t}" states no amount, only its pay scale: ${q(p.payScale.text)}.`));
        line = p.payScale.line;
      } else blocks.push(para(`"${t}" does not state a salary.`));
      break;
    case 'start':
      if (p.start) {
        const w = startWords(p);
        blocks.push(
          para(`"${t}" starts ${w ? w : 'as the posting says'}.`),
          para(`The posting says: ${q(p.start.text)}`),
        );
        line = p.start.line;
      } else blocks.push(para(`"${t}" does not state a start date.`));
      break;
    case 'duration':
      if (p.duration) {
        const w = durationWords(p);
        blocks.push(
          para(`The contract for "${t}" is ${w ?? 'as the posting says'}.`),
          para(`The posting says: ${q(p.duration.text)}`),
        );
        line = p.duration.line;
      } else blocks.push(para(`"${t}" does not state how long the contract is.`));
      break;
    case 'workload':
      if (p.workload) {
        blocks.push(
          para(`"${t}" is ${workloadWords(p.workload.fte)}.`),
          para(`The posting says: ${q(p.workload.text)}`),
        );
        line = p.workload.line;
      } else blocks.push(para(`"${t}" does not state a workload; assume full time unless its contact says otherwise.`));
      break;
    case 'location': {
      const w = locationWords(p);
      if (w) {
        blocks.push(para(`"${t}" is based at ${w}.`));
        line = p.location?.line;
      } else
        blocks.push(
          para(
            `"${t}" does not state a location${p.organisation ? `; the organisation is ${p.organisation}` : ''}${p.experiment ? ` (${p.experiment})` : ''}.`,
          ),
        );
      break;
    }
    case 'documents':
      if (p.documents.length) {
        blocks.push(list(`Documents to send for "${t}":`, quoted(p.documents, p)));
        line = p.documents[0]?.line;
      } else blocks.push(para(`"${t}" lists no documents; a CV is usually expected. Ask its contact to be sure.`));
      break;
    case 'skills': {
      if (!p.requiredSkills.length && !p.desiredSkills.length && !p.skills.length) {
        blocks.push(para(`"${t}" lists no skills.`));
        break;
      }
      blocks.push(para(`What "${t}" asks for:`));
      if (p.requiredSkills.length) blocks.push(list('Required:', quoted(p.requiredSkills, p)));
      if (p.desiredSkills.length) blocks.push(list('Desired:', quoted(p.desiredSkills, p)));
      if (p.skills.length) blocks.push(para(`Skills named: ${p.skills.join(', ')}.`));
      line = p.requiredSkills[0]?.line ?? p.desiredSkills[0]?.line;
      break;
    }
    case 'duties':
      if (p.duties.length) {
        blocks.push(list(`Duties of "${t}":`, quoted(p.duties, p)));
        line = p.duties[0]?.line;
      } else blocks.push(para(`"${t}" lists no duties separately. ${p.summary}`));
      break;
    case 'apply': {
      blocks.push(para(`How to apply for "${t}": ${statusWords(env, p)}.`));
      if (p.deadline) blocks.push(para(`Deadline: ${formatDate(p.deadline.date)} ${atLine(p.deadline, p)}.`));
      if (p.contacts.length)
        blocks.push(
          list(
            'Send your application to:',
            p.contacts.map((c, i) => `${contactWords(p)[i]} ${atLine(c, p)}`),
          ),
        );
      if (p.documents.length) blocks.push(list('Documents:', quoted(p.documents, p)));
      if (p.links.length) blocks.push(list('Links:', p.links.slice(0, 5)));
      break;
    }
  }
  // A card cites itself; other answers cite the line they quote.
  if (intent !== 'show') blocks.push(cite(p, line));
  const name = shortName(env, p);
  return draft(blocks, [refOf(env, p)], {
    topic: topicOf(p, intent),
    suggestions: [`show ${name}`, `eligible ${name}`, `contact ${name}`].filter((s) => !s.startsWith(intent)),
  });
}

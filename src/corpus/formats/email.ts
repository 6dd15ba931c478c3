// Email-style postings: From:/To:/Subject:/Date: headers, a blank line, then the body.
import { parseDate } from 'chrono-node/en';
import { notATitle } from '../../facts/title.ts';
import type { FormatParser, RawRole } from '../role.ts';
import { splitRoles } from '../split-roles.ts';
import { htmlParser } from './html.ts';
import { roleFromLines } from './markdown.ts';
import { isMailMessage, type MailHeader, readMailMessage } from './mime-message.ts';
import { type NumberedLine, numberedLines } from './text-lines.ts';

/** An HTML body read by the page reader, its lines moved to where the body starts in the file. */
function htmlRole(body: NumberedLine[], raw: string): RawRole {
  const offset = (body[0]?.line ?? 1) - 1;
  const roles = htmlParser.parse(body.map((l) => l.text).join('\n'), 'message.html');
  const first = roles[0] ?? roleFromLines(body, 'email', raw);
  const entries = roles.flatMap((r) => r.entries).map((e) => ({ ...e, line: e.line + offset }));
  return {
    ...first,
    entries,
    line: first.line + offset,
    titleLine: first.titleLine === null ? null : first.titleLine + offset,
    format: 'email',
    raw,
    split: false,
  };
}

const header = /^(From|To|Cc|Subject|Date|Sent|Reply-To|Message-ID)\s*:\s*(.*)$/i;

const TRANSPORT_HEADER =
  /^(?:mime-version|content-type|content-transfer-encoding|received|return-path|dkim-signature)\s*:/im;

/** The short header block of a pasted message: From:, Subject:, Date: among its first lines. */
function isPastedMessage(text: string): boolean {
  const head = text.replace(/^\s+/, '').split(/\r?\n/, 8);
  const n = head.filter((l) => header.test(l)).length;
  return n >= 2 && head.some((l) => /^subject\s*:/i.test(l));
}

/** The pasted block's headers (up to its first other line) and the body after them. */
function readPasted(text: string): { headers: Record<string, MailHeader>; body: NumberedLine[] } {
  const lines = numberedLines(text);
  let i = 0;
  while (i < lines.length && !(lines[i]?.text ?? '').trim()) i++;
  const headers: Record<string, MailHeader> = {};
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (!l) break;
    const m = header.exec(l.text);
    if (!m) break;
    headers[(m[1] ?? '').toLowerCase()] = { value: (m[2] ?? '').trim(), line: l.line };
  }
  return { headers, body: lines.slice(i) };
}

export const emailParser: FormatParser = {
  format: 'email',
  // A pasted message, or a whole one as a mail program saves it (.eml: Received:, MIME headers).
  detect: (text) => isPastedMessage(text) || isMailMessage(text),
  parse: (text) => {
    // A saved message's headers are all read; a pasted block's end at its first other line
    // ("Location: Geneva" under the Subject is the body's).
    const message = isPastedMessage(text) && !TRANSPORT_HEADER.test(text.slice(0, 4000)) ? null : readMailMessage(text);
    const { headers, body } = message ?? readPasted(text);
    const role =
      message?.type === 'text/html'
        ? htmlRole(message.body, text)
        : roleFromLines(
            body.map((l) => ({ text: l.text, line: l.line })),
            'email',
            text,
          );
    const subject = headers.subject;
    const said = subject?.value.replace(/^((re|fwd?|aw)\s*:\s*|\[[^\]]{0,40}\]\s*)+/i, '').trim();
    // A Subject that names no posting ("Job opening", "Vacancy") leaves the title to the body.
    if (subject && said && !notATitle(said)) {
      role.title = said;
      role.titleLine = subject.line;
      role.titleStated = true;
    }
    role.line = numberedLines(text).find((l) => l.text.trim())?.line ?? 1;
    const date = headers.date;
    if (date) {
      const d = safeDate(date.value);
      if (d) role.stated = { ...role.stated, posted: { text: `Date: ${date.value}`, line: date.line, date: d } };
    }
    const from = headers.from;
    if (from && senderIsContact(from.value, role.entries))
      role.entries.push({
        text: `From: ${from.value}`,
        line: from.line,
        kind: 'label',
        section: 'contact',
        label: 'From',
      });
    return splitRoles(role, text);
  },
};

// An address in the body, plain or written out ("name (at) lab (dot) org", "[at]", " at ... dot ").
const bodyAddress = /@|[([]\s*at\s*[)\]]|\sat\s+[\w-]+\s+(?:\(|\[)?dot\b/i;
// A list, a robot or a board: nobody to write to about the job.
const noPerson =
  /^(?:no-?reply|do-?not-?reply|mailer-daemon|listserv|majordomo|owner-|.*[-.](?:l|list|announce|request)@)|^[^@]*\blist\b[^@]*@/i;

/**
 * The sender is the posting's contact only when the body names none (the researcher who wrote
 * "we have an opening"), never a mailing list or a robot that relayed someone else's call.
 */
function senderIsContact(from: string, entries: readonly { text: string }[]): boolean {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  if (noPerson.test(address.trim())) return false;
  return !entries.some((e) => bodyAddress.test(e.text));
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// The RFC 2822 form mail programs write: "Mon, 7 Sep 2026 10:00:00 +0200".
const rfcDate = new RegExp(
  `^(${WEEKDAYS.join('|')}), (\\d{1,2}) (${MONTHS.join('|')}) ((?:19|20)\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) \\+(\\d{2})(\\d{2})$`,
);

/**
 * The instant chrono reads from an RFC 2822 date with a matching weekday and a positive offset,
 * without chrono (a test compares both); null for anything else.
 */
export function rfc2822Date(s: string): Date | null {
  const m = rfcDate.exec(s);
  if (!m) return null;
  const n = (i: number) => Number(m[i]);
  const year = n(4);
  const month = MONTHS.indexOf(m[3] as string);
  const day = n(2);
  const offset = n(8) * 60 + n(9);
  const date = new Date(Date.UTC(year, month, day));
  // A day the month lacks, a weekday that is not the date's, an hour past 23: chrono's call.
  if (day < 1 || date.getUTCMonth() !== month || date.getUTCDay() !== WEEKDAYS.indexOf(m[1] as string)) return null;
  if (n(5) > 23 || n(6) > 59 || n(7) > 59 || n(9) > 59 || offset > 14 * 60) return null;
  return new Date(Date.UTC(year, month, day, n(5), n(6), n(7)) - offset * 60000);
}

// "Tue, 3 Nov 2026 09:12:00 +1100": the day the sender wrote, in the sender's own calendar.
const writtenDay = new RegExp(
  `^(?:(?:${WEEKDAYS.join('|')}),\\s*)?(\\d{1,2}) (${MONTHS.join('|')}) ((?:19|20)\\d{2})\\b`,
);

function safeDate(s: string): string | null {
  const w = writtenDay.exec(s.trim());
  if (w) {
    const month = MONTHS.indexOf(w[2] as string) + 1;
    const day = Number(w[1]);
    const d = new Date(Date.UTC(Number(w[3]), month - 1, day));
    if (d.getUTCDate() === day) return `${w[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  try {
    const d = rfc2822Date(s) ?? parseDate(s.slice(0, 200));
    if (!d || Number.isNaN(d.getTime())) return null;
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  } catch {
    return null;
  }
}

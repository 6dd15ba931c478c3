// The soak's commands as Mattermost slash-command forms: the benchmark's question mix (lists,
// searches, show, deadlines, eligibility with facts, typos), plus garbage, control characters and
// regex-breaking patterns, and 10 kB texts. Users are many, so the per-user rate limit is not
// what is measured, except for one hot user, spread through the run, whose surplus gets the
// polite rate-limited reply. Deterministic from a seed.
import { buildQuestionMix } from '../bench/question-mix.ts';
import { createRandom, type Random } from '../bench/random.ts';
import type { Posting } from '../corpus/posting.ts';

export type SoakKind = string;

export interface SoakCommand {
  kind: SoakKind;
  /** The form body POSTed to /mattermost/command. */
  body: string;
  hot: boolean;
}

/** Commands per normal user in the whole run: well under any sensible per-minute limit. */
export const COMMANDS_PER_USER = 10;

const GARBAGE = [
  '',
  '   ',
  '?',
  '!!!!',
  ')(*&^%$#@!',
  '((((((((((a*)*)*)*)*)*)*)*)*)*$',
  '[a-z',
  '.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*!',
  '\\',
  '\u0000\u0001\u0002\u0007\u001b[31m red \u001b[0m',
  '\u202e reversed \u202d',
  'list\u0000open',
  'search \u200b\u200b\u200b',
  '@channel @here @all list',
  '<!channel> <https://evil.example|Innocent>',
  '`code` **bold** [link](javascript:alert(1))',
  'show ../../../../etc/passwd',
  "search '; DROP TABLE subscriptions; --",
  'eligible %s%s%s%n',
  '🙂🙂🙂 ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

function garbage(r: Random): string {
  if (r.chance(0.7)) return r.pick(GARBAGE);
  // Random bytes of the printable and control ranges.
  const n = r.int(1, 200);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(r.chance(0.2) ? r.int(0, 31) : r.int(32, 0x2fff));
  return s;
}

function longText(r: Random): string {
  const words = ['search', 'python', 'CMS', 'deadline', 'eligible', 'Geneva', 'monitoring', 'C++', 'PhD'];
  const parts: string[] = [];
  let size = 0;
  while (size < 10_240) {
    const w = r.pick(words);
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(' ');
}

/** How many of `count` commands come from the hot user: enough to pass any limit of 30 a minute. */
export function hotShare(count: number): number {
  return Math.min(Math.floor(count / 4), Math.max(50, Math.round(count * 0.02)));
}

export function buildSoakCommands(
  postings: Posting[],
  count: number,
  options: { seed: number; commandToken: string },
): SoakCommand[] {
  const r = createRandom(options.seed ^ 0x50a4);
  const questions = buildQuestionMix(postings, count, options.seed);
  const users = Math.max(1, Math.ceil(count / COMMANDS_PER_USER));
  const hot = hotShare(count);
  const hotEvery = hot > 0 ? count / hot : Number.POSITIVE_INFINITY;
  let nextHot = hotEvery / 2;
  const out: SoakCommand[] = [];
  for (let i = 0; i < count; i++) {
    const isHot = i >= nextHot;
    if (isHot) nextHot += hotEvery;
    let kind: SoakKind;
    let text: string;
    const roll = r.next();
    if (roll < 0.04) {
      kind = 'garbage';
      text = garbage(r);
    } else if (roll < 0.05) {
      kind = 'long';
      text = longText(r);
    } else {
      const q = questions[i] ?? { kind: 'list', text: 'list' };
      kind = q.kind;
      text = q.text;
    }
    const user = isHot ? 'hotuser' : `user${String(i % users).padStart(10, '0')}`;
    out.push({
      kind: isHot ? 'hot' : kind,
      hot: isHot,
      body: new URLSearchParams({
        token: options.commandToken,
        team_id: 'soakteam000000000000000000',
        channel_id: `channel${String(i % 40).padStart(19, '0')}`,
        channel_name: 'town-square',
        user_id: user,
        user_name: user,
        command: '/positions',
        text,
      }).toString(),
    });
  }
  return out;
}

// Questions about what a posting may or may not say beyond its fields: "does the CTA job sponsor
// visas?", "is there an age limit?". The posting's lines that speak of the topic, quoted; or,
// when none does, a plain "the posting does not say" with what it says nearby (its eligibility,
// its pay...) and whom to ask. Topics and their words are in data/topics.json.

import type { Posting, Quote } from '../corpus/posting.ts';
import { type AnswerEnv, cite, type Draft, draft, refOf, shortName, topicOf } from './context.ts';
import data from './data/topics.json' with { type: 'json' };
import type { Block } from './reply.ts';
import { clip, escapeRegExp, words } from './text.ts';
import { textLinesOf } from './text-lines.ts';

export interface AskedTopic {
  name: string;
  /** Question phrases (cue phrases of the 'topic' intent). */
  cues: string[];
  /** Matches a line of a posting that speaks of the topic. */
  mentions: RegExp;
  near: string[];
}

function mentionsRe(list: string[]): RegExp {
  // Short words must be whole ("age", not "manage"); longer ones may be stems ("relocat").
  const alts = list.map((m) => (m.length <= 4 ? `${escapeRegExp(m)}(?:s|d)?(?![\\p{L}])` : escapeRegExp(m)));
  return new RegExp(`(?:^|[^\\p{L}])(?:${alts.join('|')})`, 'iu');
}

export const TOPICS: readonly AskedTopic[] = data.topics.map((t) => ({
  name: t.name,
  cues: t.cues,
  mentions: mentionsRe(t.mentions),
  near: t.near,
}));

const byCue = new Map<string, AskedTopic>();
for (const t of TOPICS)
  for (const c of t.cues)
    byCue.set(
      words(c)
        .map((w) => w.norm)
        .join(' '),
      t,
    );
const longestCue = Math.max(...[...byCue.keys()].map((k) => k.split(' ').length));

/** The topic a question asks about ("sponsor visas" -> visas or work permits), or null. */
export function topicIn(text: string): AskedTopic | null {
  const ws = words(text).map((w) => w.norm);
  for (let len = longestCue; len >= 1; len--)
    for (let i = 0; i + len <= ws.length; i++) {
      const t = byCue.get(ws.slice(i, i + len).join(' '));
      if (t) return t;
    }
  return null;
}

function quotesOf(p: Posting): Quote[] {
  const one = [p.salary, p.deadline, p.start, p.duration, p.workload].filter((q): q is NonNullable<typeof q> => !!q);
  return [...p.eligibility, ...p.requiredSkills, ...p.desiredSkills, ...p.duties, ...p.documents, ...one];
}

/** The lines of a posting that speak of the topic: its quoted facts (with their line), then its text. */
export function mentionsOf(p: Posting, topic: AskedTopic): { text: string; line?: number }[] {
  const out: { text: string; line?: number }[] = [];
  // One line quoted once: a criterion cut from a paragraph another fact quotes whole is the same words.
  const seen = (t: string) => out.some((o) => o.text.includes(t) || t.includes(o.text));
  for (const q of quotesOf(p)) if (out.length < 3 && topic.mentions.test(q.text) && !seen(q.text)) out.push(q);
  if (out.length > 0 || !topic.mentions.test(p.text)) return out;
  for (const l of textLinesOf(p))
    if (out.length < 3 && l.text.trim() && topic.mentions.test(l.text))
      out.push(l.line ? { text: l.text.trim(), line: l.line } : { text: l.text.trim() });
  return out;
}

/** The part of a long line around its first mention of the topic, clipped to about n characters. */
export function aroundMention(text: string, topic: AskedTopic, n: number): string {
  const at = topic.mentions.exec(text)?.index ?? 0;
  if (at < n / 2) return clip(text, n);
  const start = text.lastIndexOf(' ', at - 60) + 1;
  return `…${clip(text.slice(start), n)}`;
}

function nearQuotes(p: Posting, topic: AskedTopic): Quote[] {
  const out: Quote[] = [];
  for (const field of topic.near) {
    if (field === 'eligibility') out.push(...p.eligibility);
    if (field === 'duties') out.push(...p.duties);
    if (field === 'salary' && p.salary) out.push(p.salary);
    if (field === 'contacts') out.push(...p.contacts);
    if (field === 'location' && p.location) out.push(p.location);
    if (field === 'workload' && p.workload) out.push(p.workload);
  }
  return out.slice(0, 4);
}

export function answerTopic(env: AnswerEnv, p: Posting, topic: AskedTopic): Draft {
  const t = p.title;
  const blocks: Block[] = [];
  const said = mentionsOf(p, topic);
  let line: number | undefined;
  if (said.length > 0) {
    blocks.push({
      kind: 'list',
      title: `What "${t}" says about ${topic.name}:`,
      items: said.map((s) => ({ text: `"${aroundMention(s.text, topic, 240)}"${s.line ? ` (line ${s.line})` : ''}` })),
    });
    line = said[0]?.line;
  } else {
    blocks.push({
      kind: 'paragraph',
      text: `"${t}" does not mention ${topic.name}: the posting says nothing about it.`,
    });
    const near = nearQuotes(p, topic);
    if (near.length > 0) {
      blocks.push({
        kind: 'list',
        title: 'What it does say nearby:',
        items: near.map((q) => ({ text: `"${clip(q.text, 200)}" (line ${q.line})` })),
      });
      line = near[0]?.line;
    }
    const who = p.contacts[0]?.email ?? p.contacts[0]?.name;
    blocks.push({ kind: 'paragraph', text: `Ask its contact${who ? ` (${who})` : ''} to be sure.` });
  }
  blocks.push(cite(p, line));
  const name = shortName(env, p);
  return draft(blocks, [refOf(env, p)], {
    topic: topicOf(p, 'show'),
    suggestions: [`show ${name}`, `contact ${name}`],
  });
}

// "Do they want reference letters?", "is a cover letter needed?", "faut-il un CV ?": one
// document asked of a posting. The posting's document lines that name it, quoted; else a line of
// its text that asks to send it; else the documents it does ask for, with that one not among
// them, or that it lists none. Words in data/documents.json.

import type { Posting, Quote } from '../corpus/posting.ts';
import type { SetFilter } from './answer-sets.ts';
import { type AnswerEnv, cite, type Draft, draft, refOf, shortName, topicOf } from './context.ts';
import data from './data/documents.json' with { type: 'json' };
import type { Block } from './reply.ts';
import { clip, escapeRegExp, words } from './text.ts';
import { lineNote, type TextLine, textLinesOf } from './text-lines.ts';

export interface DocumentKind {
  name: string;
  named: RegExp;
}

interface Spec extends DocumentKind {
  asked: string[][];
}

function namedRe(list: string[]): RegExp {
  // Short words whole ("cv", "notes"); longer ones as stems ("recommendation" finds "recommendations").
  const alts = list.map((m) => (m.length <= 5 ? `${escapeRegExp(m)}s?(?![\\p{L}])` : escapeRegExp(m)));
  return new RegExp(`(?:^|[^\\p{L}])(?:${alts.join('|')})`, 'iu');
}

const KINDS: readonly Spec[] = data.kinds.map((k) => ({
  name: k.name,
  named: namedRe(k.named),
  asked: k.asked.map((a) => words(a).map((w) => w.norm)),
}));
/** A line of prose that asks for a document, not any line with the word ("Job reference: 2026-14"). */
const SENDING =
  /letter|lettre|schreiben|lettera|carta|send|submit|provid|upload|attach|includ|arrange|envoy|joindre|fournir|einreich|beifüg|beilegen|invia|allega|presentar|envi|adjunt/i;

/** The one document the question asks about ("reference letters", "lettre de motivation"), or null. */
export function askedDocument(text: string): DocumentKind | null {
  const ws = words(text).map((w) => w.norm);
  let best: { kind: Spec; length: number } | null = null;
  for (const kind of KINDS)
    for (const phrase of kind.asked)
      for (let i = 0; i + phrase.length <= ws.length; i++)
        if (phrase.every((w, k) => ws[i + k] === w) && (!best || phrase.length > best.length))
          best = { kind, length: phrase.length };
  return best?.kind ?? null;
}

function textLine(p: Posting, kind: DocumentKind): TextLine | null {
  if (!kind.named.test(p.text)) return null;
  for (const l of textLinesOf(p))
    if (kind.named.test(l.text) && SENDING.test(l.text)) return { ...l, text: l.text.trim() };
  return null;
}

export function answerDocument(env: AnswerEnv, p: Posting, kind: DocumentKind): Draft {
  const t = p.title;
  const blocks: Block[] = [];
  const quote = (d: Quote) => `"${clip(d.text.replace(/\s+/g, ' ').trim(), 200)}" (line ${d.line})`;
  const named = p.documents.filter((d) => kind.named.test(d.text));
  const prose = named.length > 0 ? null : textLine(p, kind);
  let line: number | undefined;
  if (named.length > 0) {
    blocks.push({
      kind: 'list',
      title: `Yes, "${t}" asks for ${kind.name}:`,
      items: named.map((d) => ({ text: quote(d) })),
    });
    line = named[0]?.line;
  } else if (prose) {
    blocks.push({
      kind: 'paragraph',
      text: `"${t}" speaks of ${kind.name}: "${clip(prose.text, 240)}"${lineNote(prose)}`,
    });
    line = prose.line;
  } else {
    if (p.documents.length > 0) {
      blocks.push({
        kind: 'list',
        title: `"${t}" asks for these documents, and ${kind.name} ${kind.name.startsWith('a ') ? 'is' : 'are'} not among them:`,
        items: p.documents.map((d) => ({ text: quote(d) })),
      });
      line = p.documents[0]?.line;
    } else
      blocks.push({
        kind: 'paragraph',
        text: `"${t}" lists no documents to send and does not mention ${kind.name}.`,
      });
    const who = p.contacts[0]?.email ?? p.contacts[0]?.name;
    blocks.push({ kind: 'paragraph', text: `Ask its contact${who ? ` (${who})` : ''} to be sure.` });
  }
  blocks.push(cite(p, line));
  const short = shortName(env, p);
  return draft(blocks, [refOf(env, p)], {
    topic: topicOf(p, 'documents'),
    suggestions: [`show ${short}`, `contact ${short}`],
  });
}

/** "jobs that want reference letters?": postings whose documents, or a line asking to send them, name it. */
export function askingForDocument(kind: DocumentKind): SetFilter {
  const line = (p: Posting) => p.documents.find((d) => kind.named.test(d.text));
  return {
    describe: `asking for ${kind.name}`,
    test: (p) => line(p) !== undefined || textLine(p, kind) !== null,
    detail: (p) => {
      const d = line(p);
      if (d) return `"${clip(d.text, 140)}" (line ${d.line})`;
      const l = textLine(p, kind);
      return l ? `"${clip(l.text, 140)}"${lineNote(l)}` : null;
    },
  };
}

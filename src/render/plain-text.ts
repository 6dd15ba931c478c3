// Reply -> plain text, for the command line, the console and Reply.text. No markup to escape:
// posting text is printed as it is, with control characters removed.
import type { Block, CriterionResult, PostingRef, Reply } from '../answers/reply.ts';
import { flattenSpace } from '../answers/text.ts';
import { describeLine } from '../corpus/cite-line.ts';

const statusMark: Record<CriterionResult['status'], string> = {
  met: 'met',
  not_met: 'NOT met',
  unknown: 'unknown',
};
const verdictWords = { eligible: 'eligible', not_eligible: 'not eligible', unknown: 'unknown' } as const;

const controlRe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const hasControl = new RegExp(controlRe.source);
// The control-character pass only when there is one: every reply renders hundreds of short
// strings, and the regex passes showed in the answer time.
const clean = (s: string): string => {
  const text = String(s ?? '');
  return hasControl.test(text) ? text.replace(controlRe, ' ') : text;
};
const oneLine = (s: string): string => flattenSpace(clean(s));

function where(ref: { source: PostingRef['source'] }): string {
  return `${ref.source.file}, ${describeLine(ref.source)}`;
}

function renderBlock(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return oneLine(b.text);
    case 'paragraph':
      return clean(b.text).trim();
    case 'citation':
      return `Source: ${where(b)}`;
    case 'list': {
      const lines: string[] = [];
      if (b.title) lines.push(oneLine(b.title));
      for (const it of b.items) {
        const src = it.posting ? ` [${where(it.posting)}]` : '';
        // A dash, not parentheses: details hold dates like "3 May 2026 (2026-05-03)" themselves.
        const detail = it.detail ? ` — ${oneLine(it.detail)}` : '';
        lines.push(`- ${oneLine(it.text)}${detail}${src}`);
      }
      return lines.join('\n');
    }
    case 'card': {
      const lines = [oneLine(b.posting.title), `Id: ${b.posting.id}`];
      for (const f of b.fields) lines.push(`${oneLine(f.label)}: ${oneLine(f.value)}`);
      for (const s of b.sections) {
        lines.push(`${oneLine(s.title)}:`);
        for (const item of s.items) lines.push(`  - ${oneLine(item)}`);
      }
      if (b.calendar) lines.push(`Calendar (.ics): ${b.calendar}`);
      lines.push(`Source: ${where(b.posting)}`);
      return lines.join('\n');
    }
    case 'actions':
      // The console's buttons: each a line with the command that does what the button does.
      return b.actions.map((a) => `  [${oneLine(a.label)}] ${oneLine(a.command)}`).join('\n');
    case 'link':
      return `${oneLine(b.label)}: ${b.url}`;
    case 'eligibility': {
      const r = b.result;
      const lines = [`Verdict: ${verdictWords[r.verdict] ?? r.verdict}`];
      if (r.criteria.length === 0) lines.push('The posting states no eligibility criteria.');
      else lines.push('Criteria:');
      for (const c of r.criteria) {
        const at = c.line ? ` (${describeLine({ line: c.line, page: c.page, pageLine: c.pageLine })})` : '';
        lines.push(`- [${statusMark[c.status] ?? c.status}] "${oneLine(c.text)}"${at}: ${oneLine(c.why)}`);
      }
      return lines.join('\n');
    }
  }
}

export function renderPlain(reply: Reply): string {
  const parts: string[] = [];
  for (const b of reply.blocks ?? []) {
    const s = renderBlock(b);
    if (s) parts.push(s);
  }
  if (parts.length === 0 && reply.text) parts.push(clean(reply.text));
  return parts.join('\n\n');
}

// `positions reminders [--json] [--now DATE] [--corpus DIR]` (shared/eval/CONTRACT.md): the channel
// reminders due on the calendar day of --now, in TZ_REMINDERS (default Europe/Zurich), for the
// offsets 14, 7 and 1 days before a deadline.
import { CorpusError } from '../corpus/load-corpus.ts';
import type { Posting } from '../corpus/posting.ts';
import { DEFAULT_OFFSETS, dueReminders } from '../reminders/due.ts';
import { localDate } from '../time/calendar.ts';
import { type CommonArgs, loadPostings, parseCommonArgs, UsageError } from './ask.ts';
import type { CliIo } from './io.ts';

export async function runReminders(args: string[], io: CliIo): Promise<number> {
  let parsed: CommonArgs;
  try {
    parsed = parseCommonArgs(args, io, false);
    if (parsed.rest.length > 0) throw new UsageError(`unexpected argument '${parsed.rest[0]}'`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`positions reminders: ${err.message} (usage: positions reminders [--json] [--now DATE] [--corpus DIR])\n`);
      return 2;
    }
    throw err;
  }
  let postings: Posting[];
  try {
    postings = await loadPostings(parsed.corpus);
  } catch (err) {
    if (err instanceof CorpusError) {
      io.err(`positions reminders: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const due = dueReminders(postings, { now: parsed.now, timeZone: parsed.timeZone, offsets: [...DEFAULT_OFFSETS] });
  const day = localDate(parsed.now, parsed.timeZone);
  if (parsed.json) {
    const out = {
      date: day,
      timeZone: parsed.timeZone,
      due: due.map((d) => ({
        posting: {
          id: d.posting.id,
          title: d.posting.title,
          deadline: d.deadline,
          source: { file: d.posting.source.file, line: d.posting.source.line },
        },
        deadline: d.deadline,
        daysBefore: d.daysBefore,
      })),
    };
    io.out(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  if (due.length === 0) {
    io.out(`No reminders due on ${day} (${parsed.timeZone}).\n`);
    return 0;
  }
  const lines = [`Reminders due on ${day} (${parsed.timeZone}):`];
  for (const d of due) {
    const when = d.daysBefore === 1 ? 'tomorrow' : d.daysBefore === 0 ? 'today' : `in ${d.daysBefore} days`;
    lines.push(
      `- ${d.posting.title}: the application deadline is ${when}, ${d.deadline} [${d.posting.source.file}, line ${d.posting.deadline?.line ?? d.posting.source.line}]`,
    );
  }
  io.out(`${lines.join('\n')}\n`);
  return 0;
}

// The console's first line: what the bot holds at its clock and what to type. When every
// posting has closed (the seeds are old), it says how to see them anyway, so a newcomer's first
// answer is a useful one.
import type { Posting } from '../../corpus/posting.ts';
import { addDays, localDate } from '../../time/calendar.ts';

export function composeWelcome(postings: readonly Posting[], now: Date, timeZone: string): string {
  const today = localDate(now, timeZone);
  const open = postings.filter((p) => p.deadline && p.deadline.date >= today).length;
  const total = `${postings.length} posting${postings.length === 1 ? '' : 's'}`;
  const tail = 'Type "help" or a question; /help lists the console commands.';
  if (postings.length === 0) return `positions bot: no postings loaded yet (add files to the corpus folder). ${tail}`;
  if (open > 0) return `positions bot: ${total}, ${open} open on ${today}. ${tail}`;
  const closed = postings.flatMap((p) => (p.deadline && p.deadline.date < today ? [p.deadline.date] : []));
  // Two weeks before the earliest passed deadline, every one of them is open again.
  const back = closed.length > 0 ? closed.reduce((a, b) => (a < b ? a : b)) : null;
  const when = back ? ` or start the bot's clock earlier: npm start -- --now ${addDays(back, -14)}` : '';
  return `positions bot: ${total}, none open on ${today}. See them all with "list all"${when}. ${tail}`;
}

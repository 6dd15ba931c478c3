// A day the reminder schedule should have run but did not: a REMINDER_CRON time inside the
// spring DST gap (02:00-02:59 in Europe/Zurich) does not exist that day, and node-cron skips
// the day, so a reminder due then was never sent. An hourly check asks: does the schedule run
// on today's date (its day fields), has no sweep run today, and is no run left today? Then the
// sweep runs now (due.ts sends the most recent missed reminder with the true days left).
import cron from 'node-cron';
import { localDate } from '../time/calendar.ts';

/** The same days as `expression`, any minute of the noon hour: `* 12 <day of month> <month> <day of week>`. */
export function dayPattern(expression: string): string {
  const fields = expression.trim().split(/\s+/);
  return `* 12 ${fields.slice(-3).join(' ')}`;
}

/** Whether the schedule's day fields take the local date of `now` (tested at noon there). */
export function scheduleRunsOn(expression: string, now: Date, timeZone: string): boolean {
  const day = localDate(now, timeZone);
  const task = cron.createTask(dayPattern(expression), () => {}, { timezone: timeZone });
  try {
    // Some whole UTC hour of the day before, of or after falls in the local noon hour.
    const start = Date.parse(`${day}T00:00:00Z`) - 24 * 3600_000;
    for (let h = 0; h < 72; h++) {
      const t = new Date(start + h * 3600_000);
      if (localDate(t, timeZone) === day && task.match(t)) return true;
    }
    return false;
  } finally {
    void task.destroy();
  }
}

export interface MissedDayInput {
  /** Local dates (YYYY-MM-DD). */
  today: string;
  lastSweepDay: string | null;
  nextRunDay: string | null;
  runsToday: boolean;
}

export function missedToday(i: MissedDayInput): boolean {
  if (!i.runsToday) return false;
  if (i.lastSweepDay !== null && i.lastSweepDay >= i.today) return false;
  // A run still to come today is not missed.
  return i.nextRunDay === null || i.nextRunDay > i.today;
}

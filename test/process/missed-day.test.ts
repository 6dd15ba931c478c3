// A REMINDER_CRON time inside the spring DST gap does not exist that day: node-cron skips the
// day. The hourly check finds such a day and sweeps; it leaves alone days the schedule does not
// run on (weekday-only schedules) and days with a run done or still to come.
import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { dayPattern, missedToday, scheduleRunsOn } from '../../src/reminders/missed-day.ts';

const TZ = 'Europe/Zurich';
// 29 March 2026: clocks go from 02:00 to 03:00 in Zurich.
const SPRING = new Date('2026-03-29T02:10:00Z'); // 04:10 local

describe('a day the reminder schedule skipped', () => {
  it('node-cron really skips the day for a time inside the gap', () => {
    const task = cron.createTask('30 2 * * *', () => {}, { timezone: TZ });
    try {
      // No instant of 29 March is 02:30 in Zurich.
      let matches = 0;
      for (let m = 0; m < 24 * 60; m++)
        if (task.match(new Date(Date.parse('2026-03-28T23:00:00Z') + m * 60_000))) matches++;
      expect(matches).toBe(0);
    } finally {
      void task.destroy();
    }
  });

  it('is found: the schedule runs that date, no sweep ran that day, no run is left', () => {
    expect(scheduleRunsOn('30 2 * * *', SPRING, TZ)).toBe(true);
    expect(
      missedToday({ today: '2026-03-29', lastSweepDay: '2026-03-28', nextRunDay: '2026-03-30', runsToday: true }),
    ).toBe(true);
  });

  it('is not a day the schedule does not run on, nor a day swept already or with a run to come', () => {
    // A Saturday, for a weekday-only schedule (with seconds, six fields).
    expect(scheduleRunsOn('0 0 9 * * 1-5', new Date('2026-03-28T12:00:00Z'), TZ)).toBe(false);
    expect(scheduleRunsOn('0 9 * * 1-5', new Date('2026-03-30T12:00:00Z'), TZ)).toBe(true);
    expect(
      missedToday({ today: '2026-03-28', lastSweepDay: '2026-03-27', nextRunDay: '2026-03-30', runsToday: false }),
    ).toBe(false);
    expect(
      missedToday({ today: '2026-03-29', lastSweepDay: '2026-03-29', nextRunDay: '2026-03-30', runsToday: true }),
    ).toBe(false);
    expect(
      missedToday({ today: '2026-03-29', lastSweepDay: '2026-03-28', nextRunDay: '2026-03-29', runsToday: true }),
    ).toBe(false);
  });

  it('reads the day fields of 5- and 6-field expressions', () => {
    expect(dayPattern('30 2 * * *')).toBe('* 12 * * *');
    expect(dayPattern('0 30 2 1,15 * 1-5')).toBe('* 12 1,15 * 1-5');
    // A zone with a half-hour offset still finds its noon hour.
    expect(scheduleRunsOn('0 9 * * *', new Date('2026-03-29T06:00:00Z'), 'Asia/Kolkata')).toBe(true);
  });
});

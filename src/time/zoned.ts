// A wall-clock time in a zone -> the instant, with the platform's ICU time zone data (Intl), so
// DST rules come from the same tz database the rest of the bot uses. No library: Intl already has it.

export type WallZone = { offsetMinutes: number } | { timeZone: string };

export interface WallTime {
  year: number;
  month: number;
  day: number;
  /** 0-24; 24:00 is the end of the day. */
  hour: number;
  minute: number;
}

// One formatter per zone (see calendar.ts: each holds native memory).
const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year as number, (p.month as number) - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** The ISO instant of `wall` in `zone`, or null for a zone the platform does not know. */
export function instantOf(wall: WallTime, zone: WallZone): string | null {
  const local = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  if ('offsetMinutes' in zone) return new Date(local - zone.offsetMinutes * 60_000).toISOString();
  try {
    // Twice: the offset at the first guess may differ from the one at the answer (a DST change).
    let t = local - offsetAt(local, zone.timeZone) * 60_000;
    t = local - offsetAt(t, zone.timeZone) * 60_000;
    return new Date(t).toISOString();
  } catch {
    return null;
  }
}

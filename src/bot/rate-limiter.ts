// A per-key sliding-window rate limit on the injected clock: at most `perMinute` accepted calls
// in any 60 seconds. Refused calls do not count, so someone who waits gets answered again. Only
// the first refusal in a window is to be told (`notify`); the rest are dropped silently.
import type { Clock } from './types.ts';

export type RateDecision = { ok: true } | { ok: false; retryInSeconds: number; notify: boolean };

export interface RateLimiter {
  take(key: string): RateDecision;
}

const WINDOW_MS = 60_000;

export function createRateLimiter(options: { perMinute: number; clock: Clock; maxKeys?: number }): RateLimiter {
  const { perMinute, clock } = options;
  const maxKeys = options.maxKeys ?? 50_000;
  const hits = new Map<string, number[]>();
  /** Per key, until when the user has been told of the limit. */
  const toldUntil = new Map<string, number>();

  function prune(now: number): void {
    for (const [key, times] of hits) {
      if ((times[times.length - 1] ?? 0) <= now - WINDOW_MS) hits.delete(key);
    }
    for (const [key, until] of toldUntil) if (until <= now) toldUntil.delete(key);
  }

  return {
    take(key) {
      const now = clock().getTime();
      const times = (hits.get(key) ?? []).filter((t) => t > now - WINDOW_MS && t <= now);
      if (times.length >= perMinute) {
        hits.set(key, times);
        const oldest = times[0] ?? now;
        const notify = (toldUntil.get(key) ?? 0) <= now;
        if (notify) toldUntil.set(key, oldest + WINDOW_MS);
        return { ok: false, retryInSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000)), notify };
      }
      times.push(now);
      hits.delete(key);
      hits.set(key, times);
      // Bounded memory: idle keys go first, then the least recently active.
      if (hits.size > maxKeys || toldUntil.size > maxKeys) prune(now);
      while (hits.size > maxKeys) {
        const first = hits.keys().next().value;
        if (first === undefined) break;
        hits.delete(first);
      }
      return { ok: true };
    },
  };
}

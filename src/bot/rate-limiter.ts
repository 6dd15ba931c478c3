// A per-key sliding-window rate limit on the injected clock: at most `perMinute` accepted calls
// in any 60 seconds. Refused calls do not count, so someone who waits gets answered again.
import type { Clock } from './types.ts';

export type RateDecision = { ok: true } | { ok: false; retryInSeconds: number };

export interface RateLimiter {
  take(key: string): RateDecision;
}

const WINDOW_MS = 60_000;

export function createRateLimiter(options: { perMinute: number; clock: Clock; maxKeys?: number }): RateLimiter {
  const { perMinute, clock } = options;
  const maxKeys = options.maxKeys ?? 50_000;
  const hits = new Map<string, number[]>();

  function prune(now: number): void {
    for (const [key, times] of hits) {
      if ((times[times.length - 1] ?? 0) <= now - WINDOW_MS) hits.delete(key);
    }
  }

  return {
    take(key) {
      const now = clock().getTime();
      const times = (hits.get(key) ?? []).filter((t) => t > now - WINDOW_MS && t <= now);
      if (times.length >= perMinute) {
        hits.set(key, times);
        const oldest = times[0] ?? now;
        return { ok: false, retryInSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000)) };
      }
      times.push(now);
      hits.delete(key);
      hits.set(key, times);
      // Bounded memory: idle keys go first, then the least recently active.
      if (hits.size > maxKeys) prune(now);
      while (hits.size > maxKeys) {
        const first = hits.keys().next().value;
        if (first === undefined) break;
        hits.delete(first);
      }
      return { ok: true };
    },
  };
}

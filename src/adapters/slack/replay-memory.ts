// The signatures of recently answered requests, so a captured request replayed within Slack's
// timestamp window is answered once. Only verified signatures are remembered (a forger cannot
// fill it); entries expire after the window, and the size is bounded anyway.
export interface ReplayMemory {
  /** True the first time `key` is seen within the window, false for a replay. */
  remember(key: string, nowMs: number): boolean;
  size(): number;
}

export function createReplayMemory(windowMs: number, maxEntries = 100_000): ReplayMemory {
  // A Map keeps insertion order, which is expiry order: the oldest entries are pruned first.
  const expiries = new Map<string, number>();
  const prune = (nowMs: number) => {
    for (const [key, until] of expiries) {
      if (until > nowMs && expiries.size < maxEntries) break;
      expiries.delete(key);
    }
  };
  return {
    remember(key, nowMs) {
      prune(nowMs);
      if (expiries.has(key)) return false;
      expiries.set(key, nowMs + windowMs);
      return true;
    },
    size: () => expiries.size,
  };
}

// An adapter's connection state with the time it changed, for /healthz.
import type { AdapterStatus } from '../bot/types.ts';

export interface StatusTracker {
  set(state: AdapterStatus['state']): void;
  get(): AdapterStatus;
}

export function trackStatus(clock: () => Date = () => new Date()): StatusTracker {
  let current: AdapterStatus = { state: 'starting', since: clock().toISOString() };
  return {
    set(state) {
      if (state !== current.state) current = { state, since: clock().toISOString() };
    },
    get: () => current,
  };
}

// The claim rule both engines share: given the row of a delivery (or none), may this caller post?
// A claim is held under a lease; a live lease is busy whoever holds it, a lapsed one was left by
// a holder that died mid-delivery (see `Claim` in ./store.ts).
import { type Claim, type ClaimOptions, DEFAULT_LEASE_MS, DEFAULT_MAX_ATTEMPTS, type DeliveryState } from './store.ts';

export interface ClaimRow {
  state: DeliveryState;
  attempts: number;
  claimedAt: string;
  /** Lease expiry, ms since the epoch on the lease clock; null for claims made before leases. */
  leaseUntil: number | null;
}

/** 'insert' when there is no row yet; otherwise the claim, which the caller writes if it is 'post'. */
export function decideClaim(row: ClaimRow | undefined, leaseNow: number, options?: ClaimOptions): Claim | 'insert' {
  if (!row) return 'insert';
  const max = options?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (row.state === 'sent') return { status: 'done', state: 'sent', attempts: row.attempts };
  if (row.state === 'failed') {
    if (row.attempts >= max) return { status: 'done', state: 'failed', attempts: row.attempts };
    return { status: 'post', previous: 'failed', attempts: row.attempts + 1, claimedAt: row.claimedAt };
  }
  if (row.leaseUntil !== null && row.leaseUntil > leaseNow) return { status: 'busy' };
  if (row.attempts >= max) return { status: 'done', state: 'failed', attempts: row.attempts };
  return { status: 'post', previous: 'stale', attempts: row.attempts + 1, claimedAt: row.claimedAt };
}

export function leaseMsOf(options?: ClaimOptions): number {
  return Math.max(1, Math.floor(options?.leaseMs ?? DEFAULT_LEASE_MS));
}

/** A replica id unique to this process: host, pid and a random part (a restarted pid differs). */
export function defaultOwner(hostname: string, pid: number, random: string): string {
  return `${hostname}:${pid}:${random.slice(0, 8)}`;
}

// Exactly-once delivery of one post (a reminder or an announcement): claim in the store, post,
// record the outcome. Shared by the reminder sweep and the announcements.
//
// - Nothing is posted without a claim: a store error while claiming means no post this run.
// - A retry of a failed attempt, or the take-over of a claim a crash left behind, first asks the
//   platform (`findPosted`) whether the post went out after all; yes -> recorded as sent, not
//   posted again. A platform that cannot tell gets the post again (at least once beats never).
// - Attempts are bounded by the store's claim (ClaimOptions.maxAttempts); the last failure is
//   logged as given up.
import type { Logger } from 'pino';
import type { Reply } from '../answers/reply.ts';
import type { ChannelPoster } from '../bot/types.ts';
import { type Claim, type ClaimOptions, DEFAULT_MAX_ATTEMPTS, type Outcome } from '../store/store.ts';

/** How far before the first claim `findPosted` looks: the platform's clock may differ from ours. */
const CLOCK_SKEW_MS = 10 * 60_000;

export type DeliveryResult =
  /** Posted now. */
  | 'sent'
  /** An earlier attempt had reached the channel after all: recorded, not posted again. */
  | 'found'
  /** The post failed (retried next run unless `gaveUp`). */
  | 'failed'
  /** Already sent or given up earlier: nothing to do. */
  | 'done'
  /** Claimed by a delivery running now. */
  | 'busy'
  /** The store failed while claiming: nothing claimed, nothing posted. */
  | 'store-error';

export interface DeliveryOutcome {
  result: DeliveryResult;
  /** A claim left by a crash was taken over. */
  recovered: boolean;
  /** The last allowed attempt failed. */
  gaveUp: boolean;
  error?: unknown;
}

export interface DeliverArgs {
  claim: () => Claim;
  mark: (outcome: Outcome) => void;
  poster: ChannelPoster;
  channelId: string;
  /** Stable idempotency key, sent as PostOptions.key. */
  key: string;
  reply: () => Reply;
  claimOptions?: ClaimOptions;
  log: Logger;
  /** Log fields naming the delivery. */
  what: Record<string, unknown>;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function deliverOnce(args: DeliverArgs): Promise<DeliveryOutcome> {
  const { poster, channelId, key, log, what } = args;
  const maxAttempts = args.claimOptions?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  let claim: Claim;
  try {
    claim = args.claim();
  } catch (error) {
    return { result: 'store-error', recovered: false, gaveUp: false, error };
  }
  if (claim.status === 'done') return { result: 'done', recovered: false, gaveUp: false };
  if (claim.status === 'busy') return { result: 'busy', recovered: false, gaveUp: false };
  const recovered = claim.previous === 'stale';
  const gaveUp = claim.attempts >= maxAttempts;

  const record = (outcome: Outcome): void => {
    try {
      args.mark(outcome);
    } catch (err) {
      // The claim stays 'claimed'; a later run takes it over and asks the platform first.
      log.error(
        { ...what, key, err: message(err), code: (err as { code?: unknown }).code },
        'delivery outcome not recorded: the store failed; it will be checked on a later run',
      );
    }
  };
  const fail = (err: unknown, context: string): DeliveryOutcome => {
    const text = `${context}: ${message(err)}`;
    record({ ok: false, error: text });
    if (gaveUp)
      log.error({ ...what, key, attempts: claim.attempts, err: text }, 'delivery given up after the last attempt');
    else log.warn({ ...what, key, attempts: claim.attempts, err: text }, 'delivery failed, retried on the next run');
    return { result: 'failed', recovered, gaveUp, error: err };
  };

  if (claim.previous !== 'none' && poster.findPosted) {
    const since = new Date(Date.parse(claim.claimedAt) - CLOCK_SKEW_MS);
    let posted: boolean;
    try {
      posted = await poster.findPosted(channelId, key, since);
    } catch (err) {
      // Cannot tell whether it went out: posting again could double it, so wait for a later run.
      return fail(err, 'could not check whether an earlier attempt was posted');
    }
    if (posted) {
      record({ ok: true });
      log.info({ ...what, key }, 'an earlier attempt had been posted: recorded without posting again');
      return { result: 'found', recovered, gaveUp: false };
    }
  }

  try {
    await poster.postToChannel(channelId, args.reply(), { key });
  } catch (err) {
    return fail(err, 'post failed');
  }
  record({ ok: true });
  return { result: 'sent', recovered, gaveUp: false };
}

/** Store failures worth one clear log line: what happened and what to do. */
export function describeStoreError(err: unknown): string {
  const code = String((err as { code?: unknown })?.code ?? '');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return `the database is locked by another connection (${code})`;
  if (code === 'SQLITE_FULL') return 'the disk holding the database is full (SQLITE_FULL): free some space';
  if (code.startsWith('SQLITE_READONLY')) return `the database is read-only (${code}): check the file's permissions`;
  if (code.startsWith('SQLITE_IOERR')) return `the database could not be read or written (${code})`;
  return `the store failed (${code || message(err)})`;
}

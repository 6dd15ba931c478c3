// Exactly-once delivery of one post (a reminder or an announcement): claim in the store, post,
// record the outcome. Shared by the reminder sweep and the announcements.
//
// - Nothing is posted without a claim: a store error while claiming means no post this run.
// - A retry of a failed attempt, or the take-over of a claim a crash left behind, first asks the
//   platform (`findPosted`) whether the post went out after all; yes -> recorded as sent, not
//   posted again. A platform that cannot tell gets the post again (at least once beats never).
// - Attempts are bounded by the store's claim (ClaimOptions.maxAttempts); the last failure is
//   logged as given up.
// - A claim is held under a lease, renewed while the delivery runs (a slow platform does not let
//   it lapse); a holder that dies stops renewing, and after the lease any replica takes over.
import type { Logger } from 'pino';
import type { Reply } from '../answers/reply.ts';
import type { ChannelPoster } from '../bot/types.ts';
import { type Claim, type ClaimOptions, DEFAULT_LEASE_MS, DEFAULT_MAX_ATTEMPTS, type Outcome } from '../store/store.ts';

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
  claim: () => Promise<Claim>;
  mark: (outcome: Outcome) => Promise<void>;
  /** Extends the claim's lease; false once it is no longer ours. */
  renew?: () => Promise<boolean>;
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

/** Renews a lease every third of its length until stopped; the timer never keeps the process up. */
function keepLease(args: DeliverArgs): () => void {
  const renew = args.renew;
  if (!renew) return () => {};
  const leaseMs = args.claimOptions?.leaseMs ?? DEFAULT_LEASE_MS;
  let warned = false;
  const timer = setInterval(
    () => {
      renew().then(
        (ours) => {
          if (!ours && !warned) {
            warned = true;
            args.log.warn({ ...args.what, key: args.key }, 'claim lease lost during a delivery');
          }
        },
        (err: unknown) =>
          args.log.warn(
            { ...args.what, key: args.key, err: message(err) },
            'claim lease not renewed: the store failed',
          ),
      );
    },
    Math.max(10, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  return () => clearInterval(timer);
}

export async function deliverOnce(args: DeliverArgs): Promise<DeliveryOutcome> {
  const maxAttempts = args.claimOptions?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  let claim: Claim;
  try {
    claim = await args.claim();
  } catch (error) {
    return { result: 'store-error', recovered: false, gaveUp: false, error };
  }
  if (claim.status === 'done') return { result: 'done', recovered: false, gaveUp: false };
  if (claim.status === 'busy') return { result: 'busy', recovered: false, gaveUp: false };
  const stopRenewing = keepLease(args);
  try {
    return await deliverClaimed(args, claim, maxAttempts);
  } finally {
    stopRenewing();
  }
}

async function deliverClaimed(
  args: DeliverArgs,
  claim: Extract<Claim, { status: 'post' }>,
  maxAttempts: number,
): Promise<DeliveryOutcome> {
  const { poster, channelId, key, log, what } = args;
  const recovered = claim.previous === 'stale';
  const gaveUp = claim.attempts >= maxAttempts;

  const record = async (outcome: Outcome): Promise<void> => {
    try {
      await args.mark(outcome);
    } catch (err) {
      // The claim stays 'claimed'; a later run takes it over and asks the platform first.
      log.error(
        { ...what, key, err: message(err), code: (err as { code?: unknown }).code },
        'delivery outcome not recorded: the store failed; it will be checked on a later run',
      );
    }
  };
  const fail = async (err: unknown, context: string): Promise<DeliveryOutcome> => {
    const text = `${context}: ${message(err)}`;
    await record({ ok: false, error: text });
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
      await record({ ok: true });
      log.info({ ...what, key }, 'an earlier attempt had been posted: recorded without posting again');
      return { result: 'found', recovered, gaveUp: false };
    }
  }

  try {
    await poster.postToChannel(channelId, args.reply(), { key });
  } catch (err) {
    return fail(err, 'post failed');
  }
  await record({ ok: true });
  return { result: 'sent', recovered, gaveUp: false };
}

// Exactly-once delivery of several deliveries to one channel as one message (a digest): new
// postings announced together, or a channel's many reminders of one sweep. Each item is claimed
// in the store as if it were posted alone (one row per key), all in one transaction; the claimed
// ones go out together under one idempotency key, their leases renewed together while the post
// runs, and each claim gets the outcome, again in one transaction. An item already delivered
// ('done') is left out; one being delivered right now ('busy') waits for the next run.
//
// Before posting again what an earlier attempt held (a retry, or a claim a crash left behind),
// the platform is asked whether that attempt went out: the digest of exactly those items (a
// holder that died had claimed, and so posted, that set) and, when there are few, each one's own
// key (they may have been posted one by one). What was found is recorded, not posted again.
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Reply } from '../answers/reply.ts';
import type { ChannelPoster } from '../bot/types.ts';
import {
  type Claim,
  type ClaimOptions,
  DEFAULT_LEASE_MS,
  DEFAULT_MAX_ATTEMPTS,
  type DeliveryRef,
  type Outcome,
  type Store,
} from '../store/store.ts';

/** As in ./deliver.ts: the platform's clock may differ from ours. */
const CLOCK_SKEW_MS = 10 * 60_000;
/** Up to this many earlier attempts are also looked for one by one. */
const SINGLE_CHECKS = 10;

export interface DigestArgs<T> {
  items: T[];
  store: Pick<Store, 'claimDeliveries' | 'markDeliveries' | 'renewLeases'>;
  now: Date;
  /** The item's delivery row. */
  refOf: (item: T) => DeliveryRef;
  /** The item's own idempotency key, as if it were posted alone. */
  keyOf: (item: T) => string;
  /** A stable name of the item; a digest's key is made of its items' names. */
  idOf: (item: T) => string;
  poster: ChannelPoster;
  channelId: string;
  /** The idempotency key of a digest with this id. */
  keyFor: (digestId: string) => string;
  reply: (items: T[]) => Reply;
  claimOptions?: ClaimOptions;
  log: Logger;
  what: Record<string, unknown>;
}

export interface DigestOutcome<T> {
  /** Items delivered now (or found delivered by an earlier attempt), and those already done. */
  sent: T[];
  done: T[];
  /** Claimed under a live lease (a delivery running elsewhere): left alone. */
  busy: T[];
  /** Items whose post failed now (retried on a later run unless `gaveUp`). */
  failed: T[];
  /** Left for the next run: busy, failed and not given up, or all of them after a store error. */
  pending: T[];
  /** Messages posted (0 or 1). */
  posts: number;
  gaveUp: boolean;
  recovered: boolean;
  /** A store error while claiming: nothing was claimed or posted. */
  storeError?: unknown;
}

type Claimed<T> = { item: T; claim: Extract<Claim, { status: 'post' }> };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The digest key of these items: a hash of their names, so the same set gives the same key. */
function digestKey<T>(args: DigestArgs<T>, items: T[]): string {
  const id = createHash('sha256').update(items.map(args.idOf).join('\u0000')).digest('hex').slice(0, 24);
  return args.keyFor(`digest-${id}`);
}

/** Renews every claim's lease each third of a lease until stopped; the timer never keeps the process up. */
function keepLeases<T>(args: DigestArgs<T>, refs: DeliveryRef[]): () => void {
  const leaseMs = args.claimOptions?.leaseMs ?? DEFAULT_LEASE_MS;
  const timer = setInterval(
    () => {
      args.store.renewLeases(refs, leaseMs).then(
        (ours) => {
          if (ours < refs.length)
            args.log.warn({ ...args.what, lost: refs.length - ours }, 'claim leases lost during a digest');
        },
        (err: unknown) =>
          args.log.warn({ ...args.what, err: message(err) }, 'claim leases not renewed: the store failed'),
      );
    },
    Math.max(10, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  return () => clearInterval(timer);
}

export async function deliverDigest<T>(args: DigestArgs<T>): Promise<DigestOutcome<T>> {
  const maxAttempts = args.claimOptions?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const out: DigestOutcome<T> = {
    sent: [],
    done: [],
    busy: [],
    failed: [],
    pending: [],
    posts: 0,
    gaveUp: false,
    recovered: false,
  };
  let claims: Claim[];
  try {
    claims = await args.store.claimDeliveries(args.items.map(args.refOf), args.now, args.claimOptions);
  } catch (error) {
    // Nothing is posted without a claim: all of them wait for the next run.
    out.storeError = error;
    out.pending = [...args.items];
    return out;
  }
  const claimed: Claimed<T>[] = [];
  args.items.forEach((item, i) => {
    const claim = claims[i] as Claim;
    if (claim.status === 'done') out.done.push(item);
    else if (claim.status === 'busy') {
      out.busy.push(item);
      out.pending.push(item);
    } else claimed.push({ item, claim });
  });
  if (claimed.length === 0) return out;
  out.recovered = claimed.some((c) => c.claim.previous === 'stale');
  out.gaveUp = claimed.every((c) => c.claim.attempts >= maxAttempts);
  const stopRenewing = keepLeases(
    args,
    claimed.map((c) => args.refOf(c.item)),
  );
  try {
    return await deliverClaimed(args, claimed, out);
  } finally {
    stopRenewing();
  }
}

async function deliverClaimed<T>(
  args: DigestArgs<T>,
  claimed: Claimed<T>[],
  out: DigestOutcome<T>,
): Promise<DigestOutcome<T>> {
  const { poster, channelId, log, what } = args;
  const record = async (items: T[], outcome: Outcome) => {
    try {
      await args.store.markDeliveries(items.map(args.refOf), outcome, args.now);
    } catch (err) {
      // The claims stay 'claimed'; a later run takes them over and asks the platform first.
      log.error({ ...what, items: items.length, err: message(err) }, 'digest outcome not recorded: the store failed');
    }
  };
  let toPost = claimed.map((c) => c.item);
  const fail = async (err: unknown, context: string): Promise<DigestOutcome<T>> => {
    await record(toPost, { ok: false, error: `${context}: ${message(err)}` });
    log.warn({ ...what, items: toPost.length, err: message(err) }, 'digest failed');
    out.failed.push(...toPost);
    if (!out.gaveUp) out.pending.push(...toPost);
    return out;
  };

  const retry = claimed.filter((c) => c.claim.previous !== 'none');
  if (retry.length > 0 && poster.findPosted) {
    const since = new Date(Math.min(...retry.map((c) => Date.parse(c.claim.claimedAt))) - CLOCK_SKEW_MS);
    const earlier = retry.map((c) => c.item);
    let found: T[];
    try {
      if (await poster.findPosted(channelId, digestKey(args, earlier), since)) found = earlier;
      else if (earlier.length > SINGLE_CHECKS) found = [];
      else {
        found = [];
        for (const item of earlier) if (await poster.findPosted(channelId, args.keyOf(item), since)) found.push(item);
      }
    } catch (err) {
      // Cannot tell whether they went out: posting again could double them, so wait for a later run.
      return fail(err, 'could not check whether an earlier attempt was posted');
    }
    if (found.length > 0) {
      await record(found, { ok: true });
      log.info({ ...what, items: found.length }, 'an earlier attempt had been posted: recorded without posting again');
      out.sent.push(...found);
      const already = new Set(found);
      toPost = toPost.filter((item) => !already.has(item));
      if (toPost.length === 0) return out;
    }
  }

  try {
    await poster.postToChannel(channelId, args.reply(toPost), {
      key: digestKey(args, toPost),
      covers: toPost.map(args.keyOf),
    });
  } catch (err) {
    return fail(err, 'post failed');
  }
  out.posts = 1;
  await record(toPost, { ok: true });
  out.sent.push(...toPost);
  return out;
}

// Exactly-once delivery of several announcements to one channel as one message (a digest):
// each is claimed in the store as if it were posted alone, the claimed ones go out together
// under one idempotency key, and each claim gets the outcome. A posting already announced
// there ('done') is left out; one being delivered right now ('busy') waits for the next run.
// After a crash, the digest of the same postings is looked for on the platform first. The
// claims' leases are not renewed: one post takes far less than a lease (a minute).
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Reply } from '../answers/reply.ts';
import type { ChannelPoster } from '../bot/types.ts';
import type { Posting } from '../corpus/posting.ts';
import { type Claim, type ClaimOptions, DEFAULT_MAX_ATTEMPTS, type Outcome } from '../store/store.ts';

/** As in ./deliver.ts: the platform's clock may differ from ours. */
const CLOCK_SKEW_MS = 10 * 60_000;

export interface DigestArgs {
  postings: Posting[];
  claim: (p: Posting) => Promise<Claim>;
  mark: (p: Posting, outcome: Outcome) => Promise<void>;
  poster: ChannelPoster;
  channelId: string;
  /** The idempotency key for a digest of these posting ids. */
  keyFor: (digestId: string) => string;
  reply: (postings: Posting[]) => Reply;
  claimOptions?: ClaimOptions;
  log: Logger;
  what: Record<string, unknown>;
}

export interface DigestOutcome {
  /** Postings announced now (or found posted), left out (done), or left for the next run. */
  sent: Posting[];
  done: Posting[];
  pending: Posting[];
  failed: boolean;
  gaveUp: boolean;
  recovered: boolean;
  /** A store error while claiming: nothing more was claimed or posted. */
  storeError?: unknown;
}

export async function deliverDigest(args: DigestArgs): Promise<DigestOutcome> {
  const { poster, channelId, log, what } = args;
  const maxAttempts = args.claimOptions?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const out: DigestOutcome = { sent: [], done: [], pending: [], failed: false, gaveUp: false, recovered: false };
  const claimed: { posting: Posting; claim: Extract<Claim, { status: 'post' }> }[] = [];
  for (const p of args.postings) {
    let claim: Claim;
    try {
      claim = await args.claim(p);
    } catch (error) {
      // Nothing is posted without every claim: all of them wait for the next run.
      out.storeError = error;
      out.done = [];
      out.pending = [...args.postings];
      return out;
    }
    if (claim.status === 'done') out.done.push(p);
    else if (claim.status === 'busy') out.pending.push(p);
    else claimed.push({ posting: p, claim });
  }
  if (claimed.length === 0) return out;

  const postings = claimed.map((c) => c.posting);
  const digestId = createHash('sha256')
    .update(postings.map((p) => p.id).join('\u0000'))
    .digest('hex')
    .slice(0, 24);
  const key = args.keyFor(`digest-${digestId}`);
  const record = async (outcome: Outcome) => {
    for (const c of claimed) {
      try {
        await args.mark(c.posting, outcome);
      } catch (err) {
        log.error({ ...what, key, err: String(err) }, 'digest outcome not recorded: the store failed');
      }
    }
  };
  out.recovered = claimed.some((c) => c.claim.previous === 'stale');
  out.gaveUp = claimed.every((c) => c.claim.attempts >= maxAttempts);
  const fail = async (err: unknown, context: string): Promise<DigestOutcome> => {
    await record({ ok: false, error: `${context}: ${err instanceof Error ? err.message : String(err)}` });
    log.warn({ ...what, key, postings: postings.length, err: String(err) }, 'announcement digest failed');
    out.failed = true;
    out.pending.push(...(out.gaveUp ? [] : postings));
    return out;
  };

  const retry = claimed.filter((c) => c.claim.previous !== 'none');
  if (retry.length > 0 && poster.findPosted) {
    const first = Math.min(...retry.map((c) => Date.parse(c.claim.claimedAt)));
    try {
      if (await poster.findPosted(channelId, key, new Date(first - CLOCK_SKEW_MS))) {
        await record({ ok: true });
        out.sent.push(...postings);
        return out;
      }
    } catch (err) {
      return fail(err, 'could not check whether an earlier digest was posted');
    }
  }
  try {
    await poster.postToChannel(channelId, args.reply(postings), { key });
  } catch (err) {
    return fail(err, 'post failed');
  }
  await record({ ok: true });
  out.sent.push(...postings);
  return out;
}

// Announcements: a posting the bot has never seen ("New posting: …") and a changed deadline
// ("Deadline changed: … was X, now Y"), each posted once to every subscribed channel whose
// filter matches, with the same claims as reminders (./deliver.ts).
//
// - The very first run (a store that never recorded postings) records the corpus silently:
//   a new bot does not announce every posting it starts with.
// - A posting is remembered (its deadline too) only once every channel's announcement of it is
//   resolved (sent, given up, or nothing to send): a failed post is retried on the next run.
// - Postings whose deadline has already passed are remembered without an announcement, and so
//   is a deadline that disappears (more likely a parsing change than news).
// - A posting gone from the corpus is forgotten; if it comes back, channels already told about
//   it are not told again (the announcement's claim is kept), so a file that fails to parse for
//   a while does not make its postings 'new'.
// - A posting is announced once per identity (./same-posting.ts): one that appears with the
//   deadline and (nearly) the title of one that went in this run or the last day (a renamed
//   file, a fixed typo) is remembered under its new id without an announcement.
// - Several new postings for one channel in one run are one digest message (at most
//   DIGEST_CAP listed, "and N more"), not a message each (./deliver-digest.ts).
import type { Platform } from '../bot/types.ts';
import type { Posting } from '../corpus/posting.ts';
import { describeStoreError } from '../store/describe-store-error.ts';
import type { KnownPosting, Store, Subscription } from '../store/store.ts';
import { localDate } from '../time/calendar.ts';
import { deliverOnce } from './deliver.ts';
import { deliverDigest } from './deliver-digest.ts';
import { newPostingsDigestReply } from './digest-reply.ts';
import { subscriptionMatches } from './filter.ts';
import { deadlineChangedReply, newPostingReply } from './messages.ts';
import { isPersonal, muted, personalUser } from './personal.ts';
import { announcementActions } from './reminder-actions.ts';
import { samePosting } from './same-posting.ts';
import { type DeliveryDeps, marksByUser, posterLookup, uniquePostings } from './sweep.ts';

export interface AnnounceReport {
  /** The first run on this store: the corpus was recorded, nothing announced. */
  firstRun: boolean;
  newPostings: number;
  changedDeadlines: number;
  sent: number;
  failed: number;
  skipped: number;
  recovered: number;
  /** Postings no longer in the corpus, forgotten. */
  forgotten: number;
  storeError?: string;
}

type Change = { posting: Posting; what: string; was: string | null };

/** How long a posting that left the corpus can come back under another id unannounced. */
const REAPPEAR_MS = 24 * 3600_000;
type Gone = { title: string; deadline: string | null; at: number };
/** Per store: postings forgotten lately (in memory: a restart falls back to same-run matching). */
const recentlyGone = new WeakMap<Store, Map<string, Gone>>();

/** A new posting that is a known one under a new id: its match among the gone ones, taken out. */
function takeSameIdentity(p: Posting, candidates: Map<string, Gone | KnownPosting>): string | null {
  const me = { title: p.title, deadline: p.deadline?.date ?? null };
  for (const [id, g] of candidates) {
    if (samePosting(me, g)) {
      candidates.delete(id);
      return id;
    }
  }
  return null;
}

/** The idempotency key of an announcement (PostOptions.key). */
export function announcementKeyString(platform: Platform, channelId: string, postingId: string, what: string): string {
  return `positions-announce:${[platform, channelId, postingId, what].map(encodeURIComponent).join(':')}`;
}

function bySource(a: Posting, b: Posting): number {
  return (
    (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0) ||
    a.source.line - b.source.line ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Announces new postings and changed deadlines since the last run, each once. Store and platform errors are logged, never thrown. */
export async function announceChanges(deps: DeliveryDeps): Promise<AnnounceReport> {
  const { store, now, timeZone, log, metrics } = deps;
  const today = localDate(now, timeZone);
  const report: AnnounceReport = {
    firstRun: false,
    newPostings: 0,
    changedDeadlines: 0,
    sent: 0,
    failed: 0,
    skipped: 0,
    recovered: 0,
    forgotten: 0,
  };
  const postings = uniquePostings(deps.postings).sort(bySource);
  const snapshot = (ps: Posting[]) =>
    ps.map((p) => ({ postingId: p.id, title: p.title, deadline: p.deadline?.date ?? null }));
  const storeFailed = (err: unknown, doing: string) => {
    report.storeError = describeStoreError(err);
    log.error(
      { err: String((err as Error)?.message ?? err) },
      `announcements: ${doing} failed: ${report.storeError}; nothing was posted without a claim, retried on the next run`,
    );
    return report;
  };

  let known: Map<string, KnownPosting>;
  let subs: Subscription[];
  // Postings a user applied to or stopped are not announced to them either.
  const silenced = new Set<string>();
  try {
    if ((await store.postingsBaseline()) === null) {
      await store.rememberPostings(snapshot(postings), now);
      report.firstRun = true;
      log.info({ postings: postings.length }, 'first start: postings recorded without announcing them');
      return report;
    }
    known = new Map((await store.knownPostings()).map((k) => [k.postingId, k]));
    subs = await store.subscriptions();
    if (subs.some((s) => isPersonal(s.channelId)))
      for (const list of (await marksByUser(store)).values())
        for (const m of list) if (muted(m)) silenced.add(`${m.platform}\u0000${m.userId}\u0000${m.postingId}`);
  } catch (err) {
    return storeFailed(err, 'reading the store');
  }
  const matches = (p: Posting, sub: Subscription) =>
    subscriptionMatches(p, sub) &&
    !(isPersonal(sub.channelId) && silenced.has(`${sub.platform}\u0000${personalUser(sub.channelId)}\u0000${p.id}`));
  subs.sort((a, b) =>
    a.platform !== b.platform ? (a.platform < b.platform ? -1 : 1) : a.channelId < b.channelId ? -1 : 1,
  );

  const current = new Set(postings.map((p) => p.id));
  const recent = recentlyGone.get(store) ?? new Map<string, Gone>();
  recentlyGone.set(store, recent);
  for (const [id, g] of recent) if (now.getTime() - g.at > REAPPEAR_MS || current.has(id)) recent.delete(id);
  // Known postings missing now, and those that left lately: a new one may be one of them.
  const candidates = new Map<string, Gone | KnownPosting>(recent);
  for (const [id, k] of known) if (!current.has(id)) candidates.set(id, k);
  const renamed = new Set<string>();

  const changes: Change[] = [];
  for (const p of postings) {
    const k = known.get(p.id);
    const deadline = p.deadline?.date ?? null;
    const open = deadline === null || deadline >= today;
    if (!k) {
      const was = takeSameIdentity(p, candidates);
      if (was !== null) {
        renamed.add(was);
        log.info(
          { postingId: p.id, was },
          'a known posting under a new id (renamed file or edited title): not announced',
        );
      } else if (open) changes.push({ posting: p, what: 'new', was: null });
    } else if (deadline !== null && deadline !== k.deadline && open) {
      changes.push({ posting: p, what: `deadline:${k.deadline ?? 'none'}>${deadline}`, was: k.deadline });
    }
  }
  report.newPostings = changes.filter((c) => c.what === 'new').length;
  report.changedDeadlines = changes.length - report.newPostings;

  const posterFor = posterLookup(deps.posters);
  const unresolved = new Set<string>();
  let storeError: unknown = null;
  // Several new postings for a channel: one digest; they are then not posted one by one.
  const inDigest = new Set<string>();
  const newOnes = changes.filter((c) => c.what === 'new').map((c) => c.posting);
  for (const sub of subs) {
    const matching = newOnes.filter((p) => matches(p, sub));
    const poster = posterFor(sub.platform);
    if (matching.length < 2 || !poster || storeError) continue;
    for (const p of matching) inDigest.add(`${sub.platform}\u0000${sub.channelId}\u0000${p.id}`);
    const outcome = await deliverDigest({
      items: matching,
      store,
      now,
      refOf: (p) => ({
        kind: 'announcement',
        platform: sub.platform,
        channelId: sub.channelId,
        postingId: p.id,
        what: 'new',
      }),
      keyOf: (p) => announcementKeyString(sub.platform, sub.channelId, p.id, 'new'),
      idOf: (p) => p.id,
      poster,
      channelId: sub.channelId,
      keyFor: (digestId) => announcementKeyString(sub.platform, sub.channelId, digestId, 'new'),
      reply: (ps) => newPostingsDigestReply(ps, today),
      ...(deps.claimOptions ? { claimOptions: deps.claimOptions } : {}),
      log,
      what: { platform: sub.platform, channelId: sub.channelId, announcement: 'digest' },
    });
    if (outcome.storeError) storeError = outcome.storeError;
    if (outcome.recovered) report.recovered += 1;
    if (outcome.sent.length > 0) {
      report.sent += 1;
      metrics?.announcementsSent.inc({ platform: sub.platform });
    }
    if (outcome.failed.length > 0) report.failed += 1;
    for (const p of outcome.pending) unresolved.add(p.id);
  }
  for (const change of changes) {
    const p = change.posting;
    for (const sub of subs) {
      if (!matches(p, sub)) continue;
      if (inDigest.has(`${sub.platform}\u0000${sub.channelId}\u0000${p.id}`)) continue;
      const poster = posterFor(sub.platform);
      if (!poster) {
        // No adapter for that platform now: not retried forever, nor announced stale later.
        report.skipped += 1;
        continue;
      }
      if (storeError) {
        report.skipped += 1;
        unresolved.add(p.id);
        continue;
      }
      const outcome = await deliverOnce({
        claim: () => store.claimAnnouncement(sub.platform, sub.channelId, p.id, change.what, now, deps.claimOptions),
        mark: (o) => store.markAnnouncement(sub.platform, sub.channelId, p.id, change.what, o, now),
        renew: () =>
          store.renewLease(
            {
              kind: 'announcement',
              platform: sub.platform,
              channelId: sub.channelId,
              postingId: p.id,
              what: change.what,
            },
            deps.claimOptions?.leaseMs,
          ),
        poster,
        channelId: sub.channelId,
        key: announcementKeyString(sub.platform, sub.channelId, p.id, change.what),
        reply: () =>
          change.what === 'new'
            ? newPostingReply(p, today, announcementActions(sub.channelId, p.id))
            : deadlineChangedReply(
                p,
                change.was,
                p.deadline?.date ?? '',
                today,
                announcementActions(sub.channelId, p.id),
              ),
        ...(deps.claimOptions ? { claimOptions: deps.claimOptions } : {}),
        log,
        what: { platform: sub.platform, channelId: sub.channelId, postingId: p.id, announcement: change.what },
      });
      if (outcome.recovered) report.recovered += 1;
      switch (outcome.result) {
        case 'sent':
          report.sent += 1;
          metrics?.announcementsSent.inc({ platform: sub.platform });
          break;
        case 'failed':
          report.failed += 1;
          if (!outcome.gaveUp) unresolved.add(p.id);
          break;
        case 'busy':
          report.skipped += 1;
          unresolved.add(p.id);
          break;
        case 'store-error':
          storeError = outcome.error;
          report.skipped += 1;
          unresolved.add(p.id);
          break;
        case 'found':
        case 'done':
          break;
      }
    }
  }
  if (storeError) return storeFailed(storeError, 'claiming an announcement');

  try {
    await store.rememberPostings(snapshot(postings.filter((p) => !unresolved.has(p.id))), now);
    const gone = [...known.keys()].filter((id) => !current.has(id));
    await store.forgetPostings(gone);
    report.forgotten = gone.length;
    for (const id of gone) {
      const k = known.get(id);
      if (k && !renamed.has(id)) recent.set(id, { title: k.title, deadline: k.deadline, at: now.getTime() });
    }
    for (const id of renamed) recent.delete(id);
  } catch (err) {
    return storeFailed(err, 'recording the postings');
  }
  log.info({ ...report }, 'announcements done');
  return report;
}

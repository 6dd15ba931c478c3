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
import type { Platform } from '../bot/types.ts';
import type { Posting } from '../corpus/posting.ts';
import { describeStoreError } from '../store/describe-store-error.ts';
import type { Subscription } from '../store/store.ts';
import { localDate } from '../time/calendar.ts';
import { deliverOnce } from './deliver.ts';
import { matchesFilter } from './filter.ts';
import { deadlineChangedReply, newPostingReply } from './messages.ts';
import { type DeliveryDeps, posterLookup, uniquePostings } from './sweep.ts';

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

  let known: Map<string, { deadline: string | null }>;
  let subs: Subscription[];
  try {
    if ((await store.postingsBaseline()) === null) {
      await store.rememberPostings(snapshot(postings), now);
      report.firstRun = true;
      log.info({ postings: postings.length }, 'first start: postings recorded without announcing them');
      return report;
    }
    known = new Map((await store.knownPostings()).map((k) => [k.postingId, k]));
    subs = await store.subscriptions();
  } catch (err) {
    return storeFailed(err, 'reading the store');
  }
  subs.sort((a, b) =>
    a.platform !== b.platform ? (a.platform < b.platform ? -1 : 1) : a.channelId < b.channelId ? -1 : 1,
  );

  const changes: Change[] = [];
  for (const p of postings) {
    const k = known.get(p.id);
    const deadline = p.deadline?.date ?? null;
    const open = deadline === null || deadline >= today;
    if (!k) {
      if (open) changes.push({ posting: p, what: 'new', was: null });
    } else if (deadline !== null && deadline !== k.deadline && open) {
      changes.push({ posting: p, what: `deadline:${k.deadline ?? 'none'}>${deadline}`, was: k.deadline });
    }
  }
  report.newPostings = changes.filter((c) => c.what === 'new').length;
  report.changedDeadlines = changes.length - report.newPostings;

  const posterFor = posterLookup(deps.posters);
  const unresolved = new Set<string>();
  let storeError: unknown = null;
  for (const change of changes) {
    const p = change.posting;
    for (const sub of subs) {
      if (!matchesFilter(p, sub.filter)) continue;
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
            ? newPostingReply(p, today)
            : deadlineChangedReply(p, change.was, p.deadline?.date ?? '', today),
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
    const current = new Set(postings.map((p) => p.id));
    const gone = [...known.keys()].filter((id) => !current.has(id));
    await store.forgetPostings(gone);
    report.forgotten = gone.length;
  } catch (err) {
    return storeFailed(err, 'recording the postings');
  }
  log.info({ ...report }, 'announcements done');
  return report;
}

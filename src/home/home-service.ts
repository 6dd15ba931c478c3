// The home and the subscribe form with the store behind them: what the Slack and Mattermost
// adapters call for the App Home, the modal and the dialog. Platform-free (the adapters render).
import type { Platform } from '../bot/types.ts';
import type { Posting } from '../corpus/posting.ts';
import { subscriptionMatches } from '../reminders/filter.ts';
import { personalChannel } from '../reminders/personal.ts';
import type { Store, Subscription } from '../store/store.ts';
import { buildHome, describeSubscription, type Home } from './build-home.ts';
import {
  type FormResult,
  readSubscribeForm,
  type SubmittedForm,
  type SubscribeForm,
  subscribeForm,
} from './subscribe-form.ts';

export interface HomeService {
  /** `userId`'s home; `notice` is a line on top (what the last button did). */
  home(platform: Platform, userId: string, notice?: string): Promise<Home>;
  form(platform: Platform, userId: string): Promise<SubscribeForm>;
  /** Saves a submitted form as `userId`'s personal subscription, or says what to correct. */
  save(platform: Platform, userId: string, submitted: SubmittedForm): Promise<FormResult & { notice?: string }>;
}

export interface HomeServiceDeps {
  store: Store;
  postings: () => readonly Posting[];
  clock: () => Date;
  timeZone: string;
  defaultOffsets: readonly number[];
  /** Whether a posting is one a subscription is about (contract: src/reminders/filter.ts). */
  matches?: (posting: Posting, subscription: Subscription) => boolean;
}

export function createHomeService(deps: HomeServiceDeps): HomeService {
  const matches = deps.matches ?? subscriptionMatches;
  const mine = (platform: Platform, userId: string) => deps.store.subscription(platform, personalChannel(userId));

  return {
    async home(platform, userId, notice) {
      const [subscription, profile, marks] = await Promise.all([
        mine(platform, userId),
        deps.store.profile(platform, userId),
        deps.store.postingMarks({ platform, userId }),
      ]);
      return buildHome({
        postings: deps.postings(),
        subscription,
        profile,
        marks,
        now: deps.clock(),
        timeZone: deps.timeZone,
        defaultOffsets: deps.defaultOffsets,
        matches,
        ...(notice ? { notice } : {}),
      });
    },

    async form(platform, userId) {
      return subscribeForm(await mine(platform, userId), deps.defaultOffsets);
    },

    async save(platform, userId, submitted) {
      const before = await mine(platform, userId);
      const result = readSubscribeForm(subscribeForm(before, deps.defaultOffsets), submitted);
      if (!result.ok) return result;
      const now = deps.clock();
      // Everything else the subscription holds (the postings it names) stays as it was.
      const saved: Subscription = {
        ...(before ?? {}),
        platform,
        channelId: personalChannel(userId),
        offsets: result.offsets,
        filter: result.filter,
        createdBy: userId,
        createdAt: before?.createdAt ?? now.toISOString(),
      };
      await deps.store.subscribe(saved);
      return { ...result, notice: `Saved. ${describeSubscription(saved)}` };
    },
  };
}

import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import type { Inbound, MessageHandler } from '../../src/bot/types.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Posting } from '../../src/corpus/posting.ts';
import { silentLogger } from '../../src/observability/logger.ts';
import { createMetrics, type Metrics } from '../../src/observability/metrics.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';

const TZ = 'Europe/Zurich';
// Seven days before the CMS PPD posting's deadline (2020-01-30).
const START = Date.parse('2020-01-23T08:00:00Z');

let seeds: Posting[];
beforeAll(async () => {
  seeds = (await loadCorpus('seeds')).postings;
});

let now: number;
let store: Store;
let metrics: Metrics;
let bot: MessageHandler;

function makeBot(rateLimitPerMinute = 30): MessageHandler {
  return createBot({
    brain: createBrain(seeds, { timeZone: TZ }),
    store,
    clock: () => new Date(now),
    config: { reminderOffsets: [14, 7, 1], rateLimitPerMinute, timeZone: TZ },
    log: silentLogger(),
    metrics,
  });
}

beforeEach(async () => {
  now = START;
  store = openSqliteStoreSync(':memory:');
  metrics = createMetrics();
  bot = makeBot();
});

const inChannel = (text: string, over: Partial<Inbound> = {}): Inbound => ({
  platform: 'slack',
  userId: 'U1',
  channelId: 'C-jobs',
  isDirect: false,
  kind: 'command',
  text,
  ...over,
});
const dm = (text: string, over: Partial<Inbound> = {}): Inbound => ({
  platform: 'slack',
  userId: 'U1',
  channelId: 'D-U1',
  isDirect: true,
  kind: 'message',
  text,
  ...over,
});

describe('subscriptions', () => {
  it('subscribes a channel with the default offsets and says what is due soon', async () => {
    const reply = await bot.handle(inChannel('subscribe'));
    expect(reply.text).toContain('Subscribed: this channel will get a reminder 14, 7 and 1 days before');
    expect(reply.text).toContain('Due in the next 14 days:');
    expect(reply.text).toContain('M&O Cat.A open position in the CMS PPD Group');
    expect(reply.text).toContain('closes in 7 days, 2020-01-30');
    expect(await store.subscription('slack', 'C-jobs')).toMatchObject({
      platform: 'slack',
      channelId: 'C-jobs',
      offsets: [14, 7, 1],
      filter: null,
      createdBy: 'U1',
      createdAt: '2020-01-23T08:00:00.000Z',
    });
  });

  it('takes offsets and filter words, and replaces the earlier subscription', async () => {
    await bot.handle(inChannel('subscribe'));
    const reply = await bot.handle(inChannel('/positions subscribe 3,30 python'));
    expect(reply.text).toContain('Updated: this channel will get a reminder 30 and 3 days before');
    expect(reply.text).toContain('for postings matching "python"');
    expect(await store.subscriptions('slack')).toHaveLength(1);
    expect(await store.subscription('slack', 'C-jobs')).toMatchObject({ offsets: [30, 3], filter: 'python' });
  });

  it('refuses offsets out of range and stores nothing', async () => {
    const reply = await bot.handle(inChannel('subscribe 400'));
    expect(reply.text).toContain('Reminder days are whole numbers from 0 to 365');
    expect(await store.subscriptions()).toEqual([]);
  });

  it('says nothing is due when no deadline falls in the window', async () => {
    const reply = await bot.handle(inChannel('subscribe 1'));
    expect(reply.text).toContain('No application deadline falls in the next 1 day.');
  });

  it('shows and removes the channel subscription', async () => {
    expect((await bot.handle(inChannel('subscriptions'))).text).toContain('This channel has no subscription');
    await bot.handle(inChannel('subscribe 7 cms'));
    const shown = await bot.handle(inChannel('subscriptions'));
    expect(shown.text).toContain('This channel is subscribed to postings matching "cms": a reminder 7 days before');
    expect(shown.text).toContain('Subscribed on 2020-01-23');
    // Another channel's subscriptions are its own.
    expect((await bot.handle(inChannel('subscriptions', { channelId: 'C-other' }))).text).toContain('no subscription');
    expect((await bot.handle(inChannel('unsubscribe'))).text).toContain('Unsubscribed');
    expect(await store.subscription('slack', 'C-jobs')).toBeNull();
    expect((await bot.handle(inChannel('unsubscribe'))).text).toContain('This channel was not subscribed');
  });

  it('in a direct message, subscribes the sender, never the DM as a channel', async () => {
    const reply = await bot.handle(dm('subscribe'));
    expect(reply.text).toContain("Subscribed: you'll get a direct message");
    expect((await store.subscriptions()).map((s) => s.channelId)).toEqual([`@${dm('x').userId}`]);
  });
});

describe('profiles', () => {
  it('stores facts on request, shows them plainly and forgets them', async () => {
    expect((await bot.handle(dm('profile'))).text).toContain('I keep no profile for you');
    const set = await bot.handle(dm("profile set I'm Italian with a master's degree"));
    expect(set.text).toContain('Saved. Your eligibility profile is now:');
    expect(set.text).toContain('- Nationality: Italy');
    expect(set.text).toContain('- Degrees held: master');
    expect(await store.profile('slack', 'U1')).toMatchObject({ nationalities: ['Italy'], degrees: ['master'] });

    // More facts are merged into the stored ones.
    await bot.handle(dm('profile set I have 1 year of experience'));
    const shown = await bot.handle(dm('profile'));
    expect(shown.text).toContain('Your eligibility profile (only you see this):');
    expect(shown.text).toContain('- Nationality: Italy');
    expect(shown.text).toContain('- Professional experience: 1 year');

    expect((await bot.handle(dm('profile forget'))).text).toContain('Deleted');
    expect(await store.profile('slack', 'U1')).toBeNull();
    expect((await bot.handle(dm('profile forget'))).text).toContain('nothing to delete');
  });

  it('allows profile commands in an ephemeral slash command', async () => {
    await bot.handle(inChannel("profile set I'm French"));
    expect((await store.profile('slack', 'U1'))?.nationalities).toEqual(['France']);
  });

  it('never shows or changes a profile in a channel', async () => {
    await bot.handle(dm("profile set I'm Italian"));
    const mention = await bot.handle(inChannel('profile', { kind: 'message' }));
    expect(mention.text).toContain('Your profile is private');
    expect(mention.text).not.toContain('Italy');
    const shared = await bot.handle(inChannel('profile', { shared: true }));
    expect(shared.text).toContain('Your profile is private');
    expect(shared.text).not.toContain('Italy');
    await bot.handle(inChannel('profile forget', { kind: 'message' }));
    expect(await store.profile('slack', 'U1')).not.toBeNull();
  });

  it('never puts a profile in a shared answer, even in a DM (a DM may be between two people)', async () => {
    await bot.handle(dm("profile set I'm Italian"));
    for (const over of [{ kind: 'command' as const }, { kind: 'message' as const }]) {
      const shared = await bot.handle(dm('profile', { ...over, shared: true }));
      expect(shared.text).toContain('Your profile is private');
      expect(shared.text).not.toContain('Italy');
      // `share eligible ...` judges without the stored facts.
      const verdict = await bot.handle(dm('eligible xrootd', { ...over, shared: true }));
      expect(verdict.eligibility?.criteria.find((c) => c.text.includes('CERN Member State'))?.status).toBe('unknown');
      expect(verdict.text).not.toContain('Ital');
    }
  });

  it('neither uses nor shows nor changes the profile when the platform does not vouch for the user', async () => {
    await bot.handle(dm("profile set I'm Italian"));
    const forged = { kind: 'command' as const, userVerified: false as const };
    for (const text of ['profile', 'profile forget', "profile set I'm French"]) {
      const reply = await bot.handle(inChannel(text, forged));
      expect(reply.text).toContain('only used or changed in a direct message');
      expect(reply.text).not.toContain('Italy');
    }
    expect((await store.profile('slack', 'U1'))?.nationalities).toEqual(['Italy']);
    const verdict = await bot.handle(inChannel('am I eligible for the XRootD job?', forged));
    expect(verdict.eligibility?.criteria.find((c) => c.text.includes('CERN Member State'))?.status).toBe('unknown');
  });

  it('says what it understands when profile set finds no facts', async () => {
    const reply = await bot.handle(dm('profile set hello there'));
    expect(reply.text).toContain("Usage: 'profile' shows what I keep about you");
    expect(await store.profile('slack', 'U1')).toBeNull();
  });

  it('uses the stored profile for eligibility in private, and stores nothing from questions', async () => {
    await bot.handle(dm("profile set I'm Italian"));
    const reply = await bot.handle(dm('am I eligible for the XRootD job?'));
    const nationality = reply.eligibility?.criteria.find((c) => c.text.includes('CERN Member State'));
    expect(nationality?.status).toBe('met');
    // In a channel the stored profile is not used (the verdict would reveal it).
    const inPublic = await bot.handle(inChannel('am I eligible for the XRootD job?', { kind: 'message' }));
    expect(inPublic.eligibility?.criteria.find((c) => c.text.includes('CERN Member State'))?.status).toBe('unknown');

    await bot.handle(dm("am I eligible for the XRootD job? I'm German with a PhD", { userId: 'U2' }));
    expect(await store.profile('slack', 'U2')).toBeNull();
  });
});

describe('conversations', () => {
  const nationalityOf = (r: Awaited<ReturnType<MessageHandler['handle']>>) =>
    r.eligibility?.criteria.find((c) => c.text.includes('CERN Member State'))?.status;

  it('continues an eligibility check with the facts given next', async () => {
    const first = await bot.handle(dm('am I eligible for the XRootD job?'));
    expect(first.topic?.postingId).toContain('xrootd');
    now += 10 * 60_000;
    const next = await bot.handle(dm("I'm Italian, with a master's"));
    expect(next.postings[0]?.id).toBe(first.topic?.postingId);
    expect(nationalityOf(next)).toBe('met');
  });

  it('switches posting with "and the DIRAC one?", keeping the facts', async () => {
    await bot.handle(dm('am I eligible for the XRootD job?'));
    await bot.handle(dm("I'm Italian, with a master's"));
    const dirac = await bot.handle(dm('and the DIRAC one?'));
    expect(dirac.postings[0]?.title).toContain('Software Engineer position');
    expect(dirac.eligibility).toBeDefined();
    expect(dirac.topic?.postingId).not.toContain('xrootd');
  });

  it('keeps facts told in a private answer out of a shared one, and still continues in private', async () => {
    const nationality = (r: Awaited<ReturnType<MessageHandler['handle']>>) =>
      r.eligibility?.criteria.find((c) => c.text.includes('CERN Member State'))?.status;
    await bot.handle(inChannel('am I eligible for the XRootD job?'));
    const told = await bot.handle(inChannel("I'm Italian, with a master's"));
    expect(nationality(told)).toBe('met');
    const shared = await bot.handle(inChannel('eligible xrootd', { shared: true }));
    expect(nationality(shared)).toBe('unknown');
    expect(shared.text).not.toMatch(/Ital/);
    expect(shared.text).toContain('you have not said your highest degree');
    const mention = await bot.handle(inChannel('and am I eligible for it?', { kind: 'message' }));
    expect(mention.text).not.toMatch(/Ital/);
    // Back in private, the facts are still there.
    const again = await bot.handle(inChannel('am I eligible for the XRootD job?'));
    expect(nationality(again)).toBe('met');
  });

  it('forgets the conversation after 30 minutes', async () => {
    await bot.handle(dm('am I eligible for the XRootD job?'));
    now += 31 * 60_000;
    const later = await bot.handle(dm("I'm Italian, with a master's"));
    // Without the conversation, the facts alone do not name a posting to check.
    expect(later.topic).toBeUndefined();
    expect(later.eligibility).toBeUndefined();
  });

  it('keeps conversations apart per user and channel', async () => {
    await bot.handle(dm('am I eligible for the XRootD job?'));
    const other = await bot.handle(dm("I'm Italian, with a master's", { userId: 'U2', channelId: 'D-U2' }));
    expect(other.topic).toBeUndefined();
  });
});

describe('rate limit', () => {
  it('refuses the N+1th command in a minute politely, and answers again a minute later', async () => {
    bot = makeBot(3);
    for (let i = 0; i < 3; i++) {
      expect((await bot.handle(dm('help'))).text).toContain('I answer questions about');
      now += 1_000;
    }
    const refused = await bot.handle(dm('help'));
    expect(refused.text).toBe("You're asking faster than I can answer: 3 a minute. Try again in 57 seconds.");
    // Someone else is not limited.
    expect((await bot.handle(dm('help', { userId: 'U2' }))).text).toContain('I answer questions about');
    const limited = await metrics.registry.getSingleMetricAsString('positions_rate_limited_total');
    expect(limited).toContain('positions_rate_limited_total{platform="slack"} 1');

    now = START + 60_000;
    expect((await bot.handle(dm('help'))).text).toContain('I answer questions about');
  });

  it('tells a user once per window; later refusals in it are silent (nothing to post)', async () => {
    bot = makeBot(2);
    await bot.handle(dm('help'));
    await bot.handle(dm('help'));
    const replies = [];
    for (let i = 0; i < 50; i++) replies.push(await bot.handle(dm('help')));
    expect(replies.filter((r) => !r.silent)).toHaveLength(1);
    expect(replies[0]?.text).toContain("You're asking faster than I can answer");
    expect(replies.slice(1).every((r) => r.silent === true)).toBe(true);
    const limited = await metrics.registry.getSingleMetricAsString('positions_rate_limited_total');
    expect(limited).toContain('positions_rate_limited_total{platform="slack"} 50');
    // The next window: answered, and a new refusal is told again.
    now += 61_000;
    expect((await bot.handle(dm('help'))).silent).toBeUndefined();
    await bot.handle(dm('help'));
    expect((await bot.handle(dm('help'))).text).toContain("You're asking faster");
    // A slash command past the limit still gets its (private) refusal: it needs an answer.
    expect((await bot.handle(inChannel('help'))).text).toContain("You're asking faster");
  });

  it('counts answered commands by platform and kind', async () => {
    await bot.handle(dm('help'));
    await bot.handle(inChannel('subscriptions'));
    const text = await metrics.registry.getSingleMetricAsString('positions_commands_answered_total');
    expect(text).toContain('positions_commands_answered_total{platform="slack",kind="message"} 1');
    expect(text).toContain('positions_commands_answered_total{platform="slack",kind="command"} 1');
  });
});

describe('robustness', () => {
  it('answers over-long input with the brain reply, and never throws on a broken store', async () => {
    const long = await bot.handle(dm(`profile set ${'x'.repeat(5000)}`));
    expect(long.text).toContain('That message is too long');
    store.close();
    const reply = await bot.handle(inChannel('subscribe'));
    expect(reply.text).toContain('Sorry, something went wrong on my side');
  });
});

describe('subscription mistakes', () => {
  it('takes a number-like first word as days, refusing it, not as a filter', async () => {
    for (const bad of ['-3', '+7', '7.5', '14;7', '-1,7']) {
      const reply = await bot.handle(inChannel(`subscribe ${bad}`));
      expect(reply.text, bad).toContain('Reminder days are whole numbers from 0 to 365');
      expect(await store.subscription('slack', 'C-jobs'), bad).toBeNull();
    }
    // Words with digits in them are still a filter.
    await bot.handle(inChannel('subscribe 7 C++17 H1'));
    expect((await store.subscription('slack', 'C-jobs'))?.filter).toBe('C++17 H1');
  });

  it('says when a filter matches no posting yet', async () => {
    const none = await bot.handle(inChannel('subscribe quantum-gravity-basket-weaving'));
    expect(none.text).toContain('No posting matches "quantum-gravity-basket-weaving" yet');
    expect((await store.subscription('slack', 'C-jobs'))?.filter).toBe('quantum-gravity-basket-weaving');
    const some = await bot.handle(inChannel('subscribe CMS'));
    expect(some.text).not.toContain('No posting matches');
  });

  it("changes or cancels only the channel's own subscription, from inside that channel", async () => {
    await bot.handle(inChannel('subscribe'));
    // Someone else in the channel may cancel it; nobody can from another channel or a DM.
    // In a DM, 'unsubscribe' is about the sender's own reminders.
    expect((await bot.handle(dm('unsubscribe', { userId: 'U9' }))).text).toContain('You had no personal reminders');
    expect((await bot.handle(inChannel('unsubscribe', { channelId: 'C-other', userId: 'U9' }))).text).toContain(
      'was not subscribed',
    );
    expect(await store.subscription('slack', 'C-jobs')).not.toBeNull();
    expect((await bot.handle(inChannel('unsubscribe', { userId: 'U2' }))).text).toContain('Unsubscribed');
  });
});

// Personal reminders as commands and in the asker's own words: what each changes in the store,
// and that it is always the sender's own subscription and marks.
import { beforeEach, describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import type { Inbound, MessageHandler } from '../../src/bot/types.ts';
import { silentLogger } from '../../src/observability/logger.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { TZ } from '../reminders/helpers.ts';
import { june, POSTINGS } from './personal-fixtures.ts';

let now: Date;
let store: Store;
let bot: MessageHandler;

beforeEach(() => {
  now = june(6);
  store = openSqliteStoreSync(':memory:');
  bot = createBot({
    brain: createBrain(POSTINGS, { timeZone: TZ }),
    store,
    clock: () => now,
    config: { reminderOffsets: [14, 7, 1], rateLimitPerMinute: 1000, timeZone: TZ },
    log: silentLogger(),
    metrics: createMetrics(),
  });
});

const dm = (text: string, userId = 'U1'): Inbound => ({
  platform: 'slack',
  userId,
  channelId: `D-${userId}`,
  isDirect: true,
  kind: 'message',
  text,
});
const slash = (text: string, userId = 'U1'): Inbound => ({
  platform: 'slack',
  userId,
  channelId: 'C-jobs',
  isDirect: false,
  kind: 'command',
  text,
});
const mention = (text: string, userId = 'U1'): Inbound => ({ ...slash(text, userId), kind: 'message' });

const mine = (userId = 'U1') => store.subscription('slack', `@${userId}`);

describe('remind me about one posting', () => {
  it.each([
    'remind me about the XRootD job',
    'remind xrootd',
    'please remind me before the XRootD deadline',
    "don't let me forget the XRootD monitoring position",
    'can you set a reminder for the XRootD job?',
    'remind xrootd-monitoring',
  ])('"%s" adds that posting to my reminders, with the default days', async (text) => {
    const reply = await bot.handle(dm(text));
    expect(reply.text).toContain(
      'I\'ll remind you in a direct message 14, 7 and 1 days before "XRootD data monitoring developer" closes on 20 June 2025',
    );
    expect(reply.text).toContain('The next one comes with the next reminder run');
    expect(reply.blocks.some((b) => b.kind === 'actions')).toBe(true);
    expect(await mine()).toMatchObject({ offsets: [14, 7, 1], filter: null, postingIds: ['xrootd-monitoring'] });
  });

  it('takes the days before the deadline from the command, in any order, and from words', async () => {
    await bot.handle(dm('remind xrootd 7,1'));
    expect((await mine())?.offsets).toEqual([7, 1]);
    const r = await bot.handle(dm('remind me about the DIRAC job 3 days before'));
    expect(r.text).toContain('3 days before "DIRAC grid software engineer"');
    expect(r.text).toContain('Your other reminders now use these days too');
    expect(await mine()).toMatchObject({ offsets: [3], postingIds: ['xrootd-monitoring', 'dirac-grid'] });
    expect((await bot.handle(dm('remind xrootd 400,2'))).text).toContain('whole numbers from 0 to 365');
  });

  it('"remind me" continues the conversation: the posting it is about', async () => {
    await bot.handle(dm('when is the deadline of the DIRAC job?'));
    await bot.handle(dm('remind me'));
    expect((await mine())?.postingIds).toEqual(['dirac-grid']);
  });

  it('asks which posting when several match, with a button naming each exactly', async () => {
    const r = await bot.handle(dm('remind me about the CMS job'));
    expect(r.text).toContain("2 postings match 'CMS' equally well");
    const buttons = r.blocks.flatMap((b) => (b.kind === 'actions' ? b.actions.map((a) => a.command) : []));
    expect(buttons.sort()).toEqual(['remind cms-dqm', 'remind cms-trigger']);
    expect(await mine()).toBeNull();
  });

  it('says so for a posting that has closed, and keeps nothing', async () => {
    const r = await bot.handle(dm('remind me about the detector alignment fellow job'));
    expect(r.text).toContain('closed on 1 May 2025');
    expect(await mine()).toBeNull();
  });

  it('"remind me when/what..." is a question, answered without a reminder', async () => {
    const r = await bot.handle(dm('remind me when the XRootD deadline is'));
    expect(r.text).toContain('20 June 2025');
    expect(await mine()).toBeNull();
  });

  it('works from a slash command in a channel, for the sender only', async () => {
    await bot.handle(slash('remind xrootd'));
    expect(await mine()).not.toBeNull();
    expect(await store.subscription('slack', 'C-jobs')).toBeNull();
  });
});

describe('subscribe me to a kind of posting', () => {
  it.each([
    ['subscribe me to CMS postings', slash],
    ['subscribe CMS', dm],
    ['sign me up for new CMS jobs', dm],
    ['keep me posted about CMS openings', mention],
    ['remind me about all CMS positions', dm],
  ] as const)('"%s" sets my personal filter', async (text, how) => {
    const r = await bot.handle(how(text));
    expect(r.text).toContain(
      `Subscribed: you'll get a direct message 14, 7 and 1 days before each application deadline of postings matching "CMS"`,
    );
    expect(r.text).toContain('CMS trigger software engineer');
    expect(await mine()).toMatchObject({ filter: 'CMS' });
    expect(await store.subscription('slack', 'C-jobs')).toBeNull();
  });

  it('keeps the postings asked for by name beside the filter; no words means every posting', async () => {
    await bot.handle(dm('remind xrootd'));
    const r = await bot.handle(dm('subscribe me to CMS postings 7'));
    expect(r.text).toContain('(and the 1 posting you asked for by name)');
    expect(await mine()).toMatchObject({ filter: 'CMS', offsets: [7], postingIds: ['xrootd-monitoring'] });
    await bot.handle(dm('subscribe me'));
    const all = await mine();
    expect(all?.filter).toBeNull();
    expect(all?.postingIds).toBeUndefined();
    // Every posting already includes this one: asking for it by name does not narrow the subscription.
    await bot.handle(dm('remind dirac'));
    expect((await mine())?.postingIds).toBeUndefined();
  });

  it("leaves a channel's own subscription to the channel", async () => {
    await bot.handle(slash('subscribe CMS'));
    expect(await store.subscription('slack', 'C-jobs')).toMatchObject({ filter: 'CMS' });
    expect(await mine()).toBeNull();
  });
});

describe('my reminders, and forgetting them', () => {
  it.each(['reminders', 'what are my reminders?', 'show my reminders', 'subscriptions'])(
    '"%s" lists mine with what is due next',
    async (text) => {
      await bot.handle(dm('remind xrootd'));
      await bot.handle(dm('subscribe me to CMS'));
      const r = await bot.handle(dm(text));
      expect(r.text).toContain(
        'Your reminders (only you see this): a direct message 14, 7 and 1 days before each deadline of postings matching "CMS" and 1 posting you asked for by name.',
      );
      expect(r.text).toContain(
        'CMS trigger software engineer — 7 days left, 2025-06-13: next reminder with the next run',
      );
      expect(r.text).toContain(
        'XRootD data monitoring developer — 14 days left, 2025-06-20: next reminder with the next run',
      );
      expect(r.text).toContain(
        'CMS DQM shift manager — 34 days left, 2025-07-10: next reminder 26 June 2025 (2025-06-26)',
      );
    },
  );

  it('keeps the list out of a channel, and another user has their own (none)', async () => {
    await bot.handle(dm('remind xrootd'));
    expect((await bot.handle(mention('my reminders'))).text).toContain('Your reminders are yours');
    expect((await bot.handle(dm('reminders', 'U2'))).text).toContain('You have no personal reminders');
  });

  it.each(['forget reminders', 'forget my reminders', 'stop reminding me', 'please cancel my reminders', 'stop all'])(
    '"%s" deletes my subscription and marks, and nobody else\'s',
    async (text) => {
      await bot.handle(dm('remind xrootd'));
      await bot.handle(dm('applied xrootd-monitoring'));
      await bot.handle(dm('remind dirac', 'U2'));
      expect((await bot.handle(dm(text))).text).toContain('Deleted: you get no more personal reminders');
      expect(await mine()).toBeNull();
      expect(await store.postingMarks({ userId: 'U1' })).toEqual([]);
      expect(await mine('U2')).not.toBeNull();
      expect((await bot.handle(dm(text))).text).toContain('You had no personal reminders');
    },
  );
});

describe('I applied, snooze and stop', () => {
  it.each(['applied xrootd-monitoring', 'I applied to the XRootD job', "I've already applied"])(
    '"%s" marks the posting as applied, for me only',
    async (text) => {
      await bot.handle(dm('show xrootd'));
      const r = await bot.handle(dm(text));
      expect(r.text).toContain('Noted: you applied to "XRootD data monitoring developer"');
      expect(await store.postingMarks()).toMatchObject([
        { userId: 'U1', postingId: 'xrootd-monitoring', state: 'applied', until: null },
      ]);
    },
  );

  it('"applied" followed by words that do not name a posting exactly is a question', async () => {
    await bot.handle(dm('applied physics jobs in Geneva?'));
    expect(await store.postingMarks()).toEqual([]);
  });

  it('snoozes a posting I get reminders about, at most until its deadline day', async () => {
    expect((await bot.handle(dm('snooze xrootd-monitoring 1d'))).text).toContain('You get no personal reminders about');
    await bot.handle(dm('remind xrootd'));
    const r = await bot.handle(dm('snooze xrootd-monitoring 3d'));
    expect(r.text).toContain(
      'one more reminder about "XRootD data monitoring developer" on 9 June 2025 (2025-06-09) (11 days left then)',
    );
    expect((await store.postingMarks())[0]).toMatchObject({ state: 'snoozed', until: '2025-06-09' });
    await bot.handle(dm('snooze xrootd-monitoring 2 weeks'));
    expect((await store.postingMarks())[0]).toMatchObject({ state: 'snoozed', until: '2025-06-20' });
    expect((await bot.handle(dm('snooze xrootd-monitoring 90d'))).text).toContain('Snooze for 1 to 60 days');
  });

  it('stops one posting: out of my named postings, or marked when my words still match it', async () => {
    await bot.handle(dm('remind xrootd'));
    await bot.handle(dm('remind dirac'));
    await bot.handle(dm('stop xrootd-monitoring'));
    expect((await mine())?.postingIds).toEqual(['dirac-grid']);
    await bot.handle(dm('subscribe me to CMS'));
    expect((await bot.handle(dm('stop cms-dqm'))).text).toContain(
      'Stopped: no more reminders about "CMS DQM shift manager"',
    );
    expect(await store.postingMarks()).toMatchObject([{ postingId: 'cms-dqm', state: 'stopped' }]);
    // Asking again undoes it.
    await bot.handle(dm('remind cms-dqm'));
    expect(await store.postingMarks()).toEqual([]);
    // The last named posting of a subscription without words: the subscription goes.
    await bot.handle(dm('forget reminders'));
    await bot.handle(dm('remind dirac'));
    await bot.handle(dm('stop dirac-grid'));
    expect(await mine()).toBeNull();
  });
});

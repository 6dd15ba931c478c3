// What the bot remembers of a conversation against the stored profile: `profile set` replaces
// facts said earlier in the conversation, `profile forget` forgets both, and a typo in a bot
// command word is read as the command.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import type { Reply } from '../../src/answers/reply.ts';
import { createConversations } from '../../src/bot/conversations.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import type { Inbound, MessageHandler } from '../../src/bot/types.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Posting } from '../../src/corpus/posting.ts';
import { silentLogger } from '../../src/observability/logger.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';

const TZ = 'Europe/Zurich';
let seeds: Posting[];
beforeAll(async () => {
  seeds = (await loadCorpus('seeds')).postings;
});

let bot: MessageHandler;
let now: number;
beforeEach(() => {
  now = Date.parse('2026-11-22T10:00:00Z');
  bot = createBot({
    brain: createBrain(seeds, { timeZone: TZ }),
    store: openSqliteStoreSync(':memory:'),
    clock: () => new Date(now),
    config: { reminderOffsets: [14, 7, 1], rateLimitPerMinute: 100, timeZone: TZ },
    log: silentLogger(),
    metrics: createMetrics(),
  });
});

const dm = (text: string, over: Partial<Inbound> = {}): Inbound => ({
  platform: 'slack',
  userId: 'U7',
  channelId: 'D-U7',
  isDirect: true,
  kind: 'message',
  text,
  ...over,
});

function nationality(r: Reply): string | undefined {
  return r.eligibility?.criteria.find((c) => /national/i.test(c.text))?.status;
}

describe('conversation facts and the stored profile', () => {
  it('profile set replaces what was said earlier in the conversation', async () => {
    await bot.handle(dm('am I eligible for the XRootD job?'));
    const said = await bot.handle(dm("I'm Japanese"));
    expect(nationality(said)).toBe('not_met');
    await bot.handle(dm("profile set I'm Italian"));
    const again = await bot.handle(dm('am I eligible for the XRootD job?'));
    expect(nationality(again)).toBe('met');
  });

  it('profile forget forgets the profile and the conversation facts', async () => {
    await bot.handle(dm("profile set I'm Italian"));
    await bot.handle(dm('am I eligible for the XRootD job?'));
    await bot.handle(dm("I'm French"));
    await bot.handle(dm('profile forget'));
    const after = await bot.handle(dm('am I eligible for the XRootD job?'));
    expect(nationality(after)).toBe('unknown');
  });

  it('keeps what the conversation is about when it forgets the facts', () => {
    const c = createConversations({ clock: () => new Date(now) });
    c.remember('slack\u0000D1\u0000U1', { postingId: 'p1', intent: 'eligibility', facts: emptyish() });
    c.remember('slack\u0000D2\u0000U2', { postingId: 'p2', intent: 'eligibility', facts: emptyish() });
    c.forgetFacts('slack', 'U1');
    expect(c.topic('slack\u0000D1\u0000U1')).toEqual({ postingId: 'p1', intent: 'eligibility' });
    expect(c.topic('slack\u0000D2\u0000U2')?.facts).toBeDefined();
  });

  it('reads a mistyped bot command as the command', async () => {
    const r = await bot.handle(dm('subscirbe'));
    expect(r.text).toMatch(/^Subscribed: you'll get a direct message/);
    const p = await bot.handle(dm("porfile set I'm Italian"));
    expect(p.text).toContain('Saved');
  });
});

function emptyish() {
  return {
    nationalities: ['Italy'],
    degrees: [],
    affiliations: [],
    notAffiliated: [],
    earlierContracts: [],
    rightToWork: {},
  };
}

// Calendar feeds end to end: the whole bot (startBot) with its Slack adapter in HTTP mode and its
// Mattermost adapter, against the loopback Slack and Mattermost servers of test/servers/, on a
// temp corpus whose files the test rewrites and removes. Each feed is fetched over HTTP from the
// bot's port and read with ical.js, independent of ical-generator that wrote it.
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_PATH } from '../../src/adapters/mattermost/mattermost-adapter.ts';
import { type RunningBot, startBot } from '../../src/main.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import { type MattermostTestServer, startMattermostServer } from '../servers/mattermost-server.ts';
import { type SlackTestServer, startSlackServer } from '../servers/slack-api-server.ts';
import { postSignedForm } from '../servers/slack-signing.ts';
import { type ReadCalendar, readCalendar } from './read-calendar.ts';

const NOW = new Date('2026-03-01T08:00:00Z');
const SECRET = 'calendar-signing-secret';
const COMMAND_TOKEN = 'calendar-command-token';
const DAY = 86_400;
const ALICE = 'UALICE00001';
const MM_ALICE = 'aliceuserid000000000000000';
const MM_TOWN = 'townsquare0000000000000000';
const MM_DM = 'dmchannelalicebot000000000';

// Postings written for this test: one with a date, one with a time and a zone, one to remove.
const SKA = (deadline: string) => `---
title: "SKA Pipeline Developer"
deadline: ${deadline}
location: "Perth, Australia"
---

The SKA Observatory seeks a pipeline developer. Details at https://jobs.example.org/ska-42

## Requirements
- 2+ years of experience with Python
`;
const DCS = `Detector Control Engineer (LHCb)

CERN, Geneva, Switzerland

The LHCb experiment seeks a detector control engineer for its experiment control system.
Applications close on 20 March 2026 at 17:00 CET.
Contact: dcs-jobs@example.org
`;
const GRID = `---
title: "Grid Storage Operator"
deadline: 2026-04-10
location: "Karlsruhe, Germany"
---

Operate the dCache storage of the WLCG Tier-1 centre.
`;

let dir: string;
let corpus: string;
let dbPath: string;
let slack: SlackTestServer;
let mm: MattermostTestServer;
let bot: RunningBot;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'positions-calendar-'));
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'ska.md'), SKA('2026-03-15'));
  writeFileSync(join(corpus, 'dcs.txt'), DCS);
  writeFileSync(join(corpus, 'grid.md'), GRID);
  dbPath = join(dir, 'db', 'positions.db');
  slack = await startSlackServer();
  mm = await startMattermostServer();
  mm.addChannel({ id: MM_TOWN, type: 'O', name: 'town-square' });
  mm.addChannel({ id: MM_DM, type: 'D', name: `${MM_ALICE}__${mm.botUserId}` });
  bot = await startBot({
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      POSITIONS_CORPUS: corpus,
      POSITIONS_DB: dbPath,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '1000',
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      MATTERMOST_URL: mm.url,
      MATTERMOST_TOKEN: mm.botToken,
      MATTERMOST_COMMAND_TOKEN: COMMAND_TOKEN,
    },
    envFile: false,
    logStream: new PassThrough(),
    clock: () => NOW,
    watch: { debounceMs: 20, pollMs: 50 },
  });
});

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
  await mm?.close();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => `http://localhost:${bot.port}`;

interface SlackAnswer {
  response_type: string;
  text: string;
  blocks: { type: string; text?: { text: string }; elements?: { text?: string; action_id?: string }[] }[];
}

async function slackCommand(text: string, channel = 'CJOBS000001', user = ALICE): Promise<SlackAnswer> {
  const res = await postSignedForm(`http://127.0.0.1:${bot.port}/slack/events`, SECRET, {
    token: 'deprecated-verification-token',
    team_id: slack.teamId,
    team_domain: 'physics',
    channel_id: channel,
    channel_name: channel.startsWith('D') ? 'directmessage' : 'jobs',
    user_id: user,
    user_name: 'alice',
    command: '/positions',
    text,
    api_app_id: 'A0000APP01',
    response_url: slack.responseUrl(),
    trigger_id: '1234.5678.abcdef',
  });
  expect(res.status).toBe(200);
  return (await res.json()) as SlackAnswer;
}

/** Every text of a Slack answer's blocks, contexts included. */
const slackText = (a: SlackAnswer) =>
  a.blocks.map((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text ?? '')].join('\n')).join('\n');

async function mmCommand(text: string, channel = MM_TOWN): Promise<{ response_type: string; text: string }> {
  const res = await fetch(`http://127.0.0.1:${bot.port}${COMMAND_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      token: COMMAND_TOKEN,
      channel_id: channel,
      channel_name: channel === MM_DM ? `${MM_ALICE}__${mm.botUserId}` : 'town-square',
      team_id: 'team1',
      team_domain: 'physics',
      user_id: MM_ALICE,
      user_name: 'alice',
      command: '/positions',
      text,
    }).toString(),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { response_type: string; text: string };
}

const FEED_URL = /http:\/\/localhost:\d+\/calendar\/[A-Za-z0-9_-]{32}\.ics/;
const POSTING_URL = /http:\/\/localhost:\d+\/calendar\/posting\/[A-Za-z0-9._%-]+\.ics\?key=[A-Za-z0-9_-]+/;

function urlIn(text: string, re = FEED_URL): string {
  const m = re.exec(text);
  if (!m) throw new Error(`no URL in: ${text}`);
  return m[0];
}

async function fetchCalendar(url: string): Promise<ReadCalendar> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  return readCalendar(await res.text());
}

/** Fetches the feed until `check` holds (the corpus watcher needs a moment after a file changes). */
async function feedUntil(url: string, check: (c: ReadCalendar) => boolean): Promise<ReadCalendar> {
  const until = Date.now() + 15_000;
  for (;;) {
    const cal = await fetchCalendar(url);
    if (check(cal) || Date.now() > until) return cal;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const byTitle = (cal: ReadCalendar, title: string) => cal.events.find((e) => e.summary === `Deadline: ${title}`);

describe('calendar feeds from the running bot', () => {
  let feed: string;

  it('answers /positions calendar in a Slack channel privately, without a share button', async () => {
    const none = await slackCommand('calendar');
    expect(none.response_type).toBe('ephemeral');
    expect(none.text).toContain('This channel has no subscription');
    await slackCommand('subscribe 7,1');
    const answer = await slackCommand('calendar');
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.blocks.some((b) => b.type === 'actions')).toBe(false);
    feed = urlIn(slackText(answer));
    // A Slack link, not text: `<url>`.
    expect(slackText(answer)).toContain(`<${feed}>`);
    expect(answer.text).toContain("this channel's subscription (every posting)");
    expect(answer.text).toContain('an alarm 7 and 1 days before');
    // Asked again, the same URL.
    expect(urlIn(slackText(await slackCommand('calendar')))).toBe(feed);
  });

  it('serves a feed that parses, with all-day and timed events and alarms at the offsets', async () => {
    const cal = await fetchCalendar(feed);
    expect(cal.name).toBe('positions: job deadlines');
    expect(cal.events.map((e) => e.summary).sort()).toEqual([
      'Deadline: Detector Control Engineer (LHCb)',
      'Deadline: Grid Storage Operator',
      'Deadline: SKA Pipeline Developer',
    ]);
    const ska = byTitle(cal, 'SKA Pipeline Developer');
    expect(ska).toMatchObject({ allDay: true, start: '2026-03-15', end: '2026-03-16', sequence: 0 });
    expect(ska?.alarms.map((a) => a.trigger)).toEqual([-7 * DAY + 9 * 3600, -DAY + 9 * 3600]);
    expect(ska?.description).toContain('Link: https://jobs.example.org/ska-42');
    expect(ska?.description).toContain('Source: ska.md, line 1');
    // 17:00 CET is 16:00 UTC.
    const dcs = byTitle(cal, 'Detector Control Engineer (LHCb)');
    expect(dcs).toMatchObject({ allDay: false, start: '2026-03-20T16:00:00.000Z' });
    expect(dcs?.alarms.map((a) => a.trigger)).toEqual([-7 * DAY, -DAY]);
    expect(dcs?.description).toContain('Source: dcs.txt, line 1');
    expect(new Set(cal.events.map((e) => e.uid)).size).toBe(3);
  });

  it('follows a filter: a channel subscribed to some postings gets only those', async () => {
    await slackCommand('subscribe 14 Python', 'CPYTHON0001');
    const cal = await fetchCalendar(urlIn(slackText(await slackCommand('calendar', 'CPYTHON0001'))));
    expect(cal.name).toBe('positions: job deadlines (Python)');
    expect(cal.events.map((e) => e.summary)).toEqual(['Deadline: SKA Pipeline Developer']);
    expect(cal.events[0]?.alarms.map((a) => a.trigger)).toEqual([-14 * DAY + 9 * 3600]);
  });

  it('updates the same UID with a higher SEQUENCE when a file changes the deadline', async () => {
    const before = byTitle(await fetchCalendar(feed), 'SKA Pipeline Developer');
    writeFileSync(join(corpus, 'ska.md'), SKA('2026-03-22'));
    const after = byTitle(
      await feedUntil(feed, (c) => byTitle(c, 'SKA Pipeline Developer')?.start === '2026-03-22'),
      'SKA Pipeline Developer',
    );
    expect(after?.start).toBe('2026-03-22');
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? 0);
    // Fetched again with nothing changed, the sequence stays.
    expect(byTitle(await fetchCalendar(feed), 'SKA Pipeline Developer')?.sequence).toBe(after?.sequence);
  });

  it('drops a posting whose file is removed', async () => {
    unlinkSync(join(corpus, 'grid.md'));
    const cal = await feedUntil(feed, (c) => !byTitle(c, 'Grid Storage Operator'));
    expect(cal.events.map((e) => e.summary).sort()).toEqual([
      'Deadline: Detector Control Engineer (LHCb)',
      'Deadline: SKA Pipeline Developer',
    ]);
  });

  it('answers a wrong token and a revoked one with the 404 of an unknown path; reset gives a new URL', async () => {
    const unknown = await fetch(`${base()}/no/such/path`);
    const wrong = await fetch(feed.replace(/\/[^/]{32}\.ics$/, `/${'A'.repeat(32)}.ics`));
    const odd = await fetch(`${base()}/calendar/not-a-token.ics`);
    expect([unknown.status, wrong.status, odd.status]).toEqual([404, 404, 404]);
    const body = await unknown.text();
    expect(await wrong.text()).toBe(body);
    expect(await odd.text()).toBe(body);

    const reset = await slackCommand('calendar reset');
    expect(reset.response_type).toBe('ephemeral');
    expect(reset.text).toContain('The old URL no longer works.');
    const fresh = urlIn(slackText(reset));
    expect(fresh).not.toBe(feed);
    const revoked = await fetch(feed);
    expect(revoked.status).toBe(404);
    expect(await revoked.text()).toBe(body);
    expect((await fetchCalendar(fresh)).events).toHaveLength(2);
    expect(urlIn(slackText(await slackCommand('calendar')))).toBe(fresh);
    feed = fresh;
  });

  it('stops a feed whose channel unsubscribed', async () => {
    const url = urlIn(slackText(await slackCommand('calendar', 'CPYTHON0001')));
    await slackCommand('unsubscribe', 'CPYTHON0001');
    expect((await fetch(url)).status).toBe(404);
  });

  it('never puts a feed URL in a shared answer', async () => {
    const shared = await slackCommand('share calendar');
    expect(shared.response_type).toBe('in_channel');
    expect(shared.text).toContain('A calendar feed URL is a secret');
    expect(slackText(shared)).not.toMatch(FEED_URL);
  });

  it("offers a posting card's .ics, signed: it opens that posting's event, a forged key gets 404", async () => {
    const card = await slackCommand('show SKA Pipeline Developer');
    expect(slackText(card)).toMatch(/<http:\/\/localhost:\d+\/calendar\/posting\/[^|>]+\|Add to calendar \(\.ics\)>/);
    const url = urlIn(slackText(card), POSTING_URL);
    const cal = await fetchCalendar(url);
    expect(cal.events).toHaveLength(1);
    expect(cal.events[0]).toMatchObject({ summary: 'Deadline: SKA Pipeline Developer', start: '2026-03-22' });
    // The same UID and sequence as in the feeds: one event wherever it comes from.
    const inFeed = byTitle(await fetchCalendar(feed), 'SKA Pipeline Developer');
    expect(cal.events[0]?.uid).toBe(inFeed?.uid);
    expect(cal.events[0]?.sequence).toBe(inFeed?.sequence);
    // The default offsets: 14, 7 and 1 days.
    expect(cal.events[0]?.alarms).toHaveLength(3);
    const forged = url.replace(/key=.*/, 'key=AAAAAAAAAAAAAAAAAAAAAA');
    expect((await fetch(forged)).status).toBe(404);
    const other = url.replace(/posting\/[^.]+\.ics/, 'posting/detector-control-engineer-lhcb-0000.ics');
    expect((await fetch(other)).status).toBe(404);
    expect((await fetch(url.replace(/\?key=.*/, ''))).status).toBe(404);
  });

  it('gives a Slack DM its own feed: of the personal subscription, or says how to make one', async () => {
    const none = await slackCommand('calendar', 'DALICE00001');
    expect(none.response_type).toBe('ephemeral');
    expect(none.text).toContain('You have no personal reminders yet');
    expect(slackText(none)).not.toMatch(FEED_URL);
    // A personal subscription (issue 15, contract point 1), written as another replica would.
    const store = openSqliteStoreSync(dbPath);
    await store.subscribe({
      platform: 'slack',
      channelId: `@${ALICE}`,
      offsets: [3],
      filter: 'LHCb',
      createdBy: ALICE,
      createdAt: NOW.toISOString(),
    });
    await store.close();
    const mine = await slackCommand('calendar', 'DALICE00001');
    expect(mine.text).toContain('of your personal reminders (postings matching "LHCb")');
    const cal = await fetchCalendar(urlIn(slackText(mine)));
    expect(cal.name).toBe('positions: my job deadlines (LHCb)');
    expect(cal.events.map((e) => e.summary)).toEqual(['Deadline: Detector Control Engineer (LHCb)']);
    expect(cal.events[0]?.alarms.map((a) => a.trigger)).toEqual([-3 * DAY]);
    // Another user's DM is another feed.
    const bob = await slackCommand('calendar', 'DBOB0000001', 'UBOB0000001');
    expect(bob.text).toContain('You have no personal reminders yet');
  });

  it("puts the postings of 'remind me about ...' in the asker's own feed, at the days they chose", async () => {
    const carol = 'UCAROL00001';
    const dm = 'DCAROL00001';
    const asked = await slackCommand('remind me about the SKA pipeline developer job', dm, carol);
    expect(asked.text).toMatch(/SKA Pipeline Developer/);
    const mine = await slackCommand('calendar', dm, carol);
    expect(mine.text).toContain('of your personal reminders (1 posting you asked for by name)');
    const cal = await fetchCalendar(urlIn(slackText(mine)));
    expect(cal.events.map((e) => e.summary)).toEqual(['Deadline: SKA Pipeline Developer']);
    // Days given again change that person's reminders, and their feed's alarms with them.
    await slackCommand('remind ska pipeline 10,2', dm, carol);
    const again = await fetchCalendar(urlIn(slackText(await slackCommand('calendar', dm, carol))));
    expect(again.events[0]?.alarms.map((a) => a.trigger).sort((a, b) => a - b)).toEqual([
      // An all-day deadline's alarm rings at 09:00 of the day, n days before.
      -10 * DAY + 9 * 3600,
      -2 * DAY + 9 * 3600,
    ]);
    // "I applied" takes it out of their feed, as out of their reminders.
    const id = /^posting-(.+)@/.exec(cal.events[0]?.uid ?? '')?.[1] ?? '';
    expect(id).not.toBe('');
    await slackCommand(`applied ${id}`, dm, carol);
    const after = await fetchCalendar(urlIn(slackText(await slackCommand('calendar', dm, carol))));
    expect(after.events).toEqual([]);
  });

  it('answers /positions calendar in Mattermost ephemerally, with a markdown link to a working feed', async () => {
    await mmCommand('subscribe 1');
    const answer = await mmCommand('calendar');
    expect(answer.response_type).toBe('ephemeral');
    const url = urlIn(answer.text);
    expect(answer.text).toContain(`](${url})`);
    const cal = await fetchCalendar(url);
    expect(cal.events).toHaveLength(2);
    expect(cal.events.every((e) => e.alarms.length === 1)).toBe(true);
    // Mattermost's slash-command form could name anyone: no personal feed through it.
    const personal = await mmCommand('calendar', MM_DM);
    expect(personal.response_type).toBe('ephemeral');
    expect(personal.text).toContain('Your own calendar feed is only given in a direct message to me');
    expect(personal.text).not.toMatch(FEED_URL);
  });

  it("answers a Mattermost DM 'calendar' in the DM, with the sender's own feed", async () => {
    const store = openSqliteStoreSync(dbPath);
    await store.subscribe({
      platform: 'mattermost',
      channelId: `@${MM_ALICE}`,
      offsets: [7],
      filter: null,
      createdBy: MM_ALICE,
      createdAt: NOW.toISOString(),
    });
    await store.close();
    const before = mm.posts.length;
    mm.userPosts(MM_ALICE, MM_DM, 'calendar');
    await mm.waitFor(() => mm.posts.slice(before).some((p) => p.user_id === mm.botUserId));
    const reply = mm.posts.slice(before).find((p) => p.user_id === mm.botUserId);
    expect(reply?.channel_id).toBe(MM_DM);
    const cal = await fetchCalendar(urlIn(reply?.message ?? ''));
    expect(cal.name).toBe('positions: my job deadlines');
    expect(cal.events).toHaveLength(2);
  });
});

// End to end on loopback: `/positions reminders edit` opens the subscribe form as an interactive
// dialog through the real @mattermost/client, the local Mattermost server checks it as the real
// one does and POSTs the submission back to the bot, which saves it only when its signed state
// says the bot opened that dialog for that user.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../src/adapters/http-server.ts';
import { createMattermostAdapter } from '../../../src/adapters/mattermost/mattermost-adapter.ts';
import type { Adapter, Inbound, MessageHandler } from '../../../src/bot/types.ts';
import { parseText } from '../../../src/corpus/parse-file.ts';
import { createHomeService } from '../../../src/home/home-service.ts';
import { createMetrics } from '../../../src/observability/metrics.ts';
import { openSqliteStoreSync } from '../../../src/store/sqlite-store.ts';
import type { Store } from '../../../src/store/store.ts';
import {
  checkDialog,
  type MattermostTestServer,
  type OpenedDialog,
  startMattermostServer,
} from '../../servers/mattermost-server.ts';

const COMMAND_TOKEN = 'slash-command-token-dialog';
const ALICE = 'aliceuserid000000000000000';
const MALLORY = 'malloryuserid0000000000000';
const DM = 'dmchannelalicebot000000000';
const TOWN = 'townsquare0000000000000000';
const NOW = new Date('2027-03-01T09:00:00Z');

const POSTINGS = [
  parseText(
    'desy.md',
    '# Detector software developer\n\nOrganisation: DESY, Hamburg, Germany\n\nDeadline: 15 March 2027\n\nContact: hr@example.org\n',
  ),
  parseText(
    'esrf.md',
    '# Beamline control engineer\n\nOrganisation: ESRF, Grenoble, France\n\nDeadline: 10 March 2027\n\nContact: jobs@example.org\n',
  ),
].flatMap((r) => r.postings);

let mm: MattermostTestServer;
let http: HttpServer;
let adapter: Adapter;
let store: Store;
let port: number;
const handled: Inbound[] = [];
const handler: MessageHandler = {
  async handle(msg) {
    handled.push(msg);
    return { text: 'answered by the bot', blocks: [], postings: [], suggestions: [] };
  },
};

beforeAll(async () => {
  mm = await startMattermostServer();
  mm.addChannel({ id: DM, type: 'D', name: `${ALICE}__${mm.botUserId}` });
  mm.addChannel({ id: TOWN, type: 'O', name: 'town-square' });
  store = openSqliteStoreSync(':memory:');
  http = createHttpServer();
  port = await http.listen(0, '127.0.0.1');
  adapter = createMattermostAdapter({
    handler,
    http,
    home: createHomeService({
      store,
      postings: () => POSTINGS,
      clock: () => NOW,
      timeZone: 'Europe/Zurich',
      defaultOffsets: [14, 7, 1],
    }),
    log: pino({ level: 'silent' }),
    metrics: createMetrics(),
    config: { url: mm.url, token: mm.botToken, commandToken: COMMAND_TOKEN },
    publicUrl: `http://127.0.0.1:${port}`,
    tuning: { reconnectMinMs: 30, reconnectJitterMs: 10, postBackoffMs: 5, postAttempts: 2, helloTimeoutMs: 5_000 },
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await http?.close();
  await mm?.close();
  await store?.close();
});

async function command(text: string, channelId = DM, user = ALICE, trigger?: string) {
  const form = new URLSearchParams({
    token: COMMAND_TOKEN,
    channel_id: channelId,
    team_id: 'team1',
    user_id: user,
    user_name: 'alice',
    command: '/positions',
    text,
    trigger_id: trigger ?? mm.issueTrigger(user, channelId),
  });
  const res = await fetch(`http://127.0.0.1:${port}/mattermost/command`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  return { status: res.status, body: (await res.json()) as { response_type?: string; text?: string } };
}

async function openForm(text = 'reminders edit', channelId = DM): Promise<OpenedDialog> {
  const before = mm.dialogs.length;
  const res = await command(text, channelId);
  expect(res.body).toMatchObject({ response_type: 'ephemeral', text: 'Choose your reminders in the form.' });
  expect(mm.dialogs.length).toBe(before + 1);
  return mm.dialogs.at(-1) as OpenedDialog;
}

const noDays = { days_30: false, days_14: false, days_7: false, days_3: false, days_1: false };

describe('the Mattermost subscribe dialog', () => {
  it('opens for `reminders edit` with a filter and a checkbox a day, the defaults ticked', async () => {
    const opened = await openForm();
    expect(opened).toMatchObject({ userId: ALICE, channelId: DM, url: `http://127.0.0.1:${port}/mattermost/dialog` });
    expect(checkDialog({ url: opened.url, trigger_id: 'x', dialog: opened.dialog })).toEqual([]);
    const elements = opened.dialog.elements ?? [];
    expect(elements.map((e) => [e.name, e.type, e.default ?? ''])).toEqual([
      ['filter', 'text', ''],
      ['days_30', 'bool', 'false'],
      ['days_14', 'bool', 'true'],
      ['days_7', 'bool', 'true'],
      ['days_3', 'bool', 'false'],
      ['days_1', 'bool', 'true'],
    ]);
  });

  it('saves a submission as the personal subscription and says what it brings in the DM', async () => {
    const opened = await openForm();
    const posts = mm.posts.length;
    const res = await mm.submitDialog(opened, { filter: 'DESY', ...noDays, days_14: true, days_3: true });
    expect(res).toEqual({ status: 200, body: {} });
    expect(await store.subscription('mattermost', `@${ALICE}`)).toMatchObject({ filter: 'DESY', offsets: [14, 3] });
    await mm.waitFor(() => mm.posts.length > posts);
    const said = mm.posts.at(-1);
    expect(said?.channel_id).toBe(DM);
    expect(said?.message).toContain('Saved.');
    expect(said?.message).toContain('Detector software developer');
    expect(said?.message).toContain('14 days left');
    expect(said?.message).not.toContain('Beamline control engineer');
    // Its deadlines, without a row of buttons that would not say which posting each is for.
    expect(said?.props.attachments).toBeUndefined();
    // The next form starts from what was saved.
    const again = await openForm();
    expect(again.dialog.elements?.find((e) => e.name === 'filter')?.default).toBe('DESY');
    expect(again.dialog.elements?.find((e) => e.name === 'days_3')?.default).toBe('true');
  });

  it('opens for `subscribe me` alone in a DM only; elsewhere the bot answers it', async () => {
    await openForm('subscribe me', DM);
    const before = mm.dialogs.length;
    const res = await command('subscribe me', TOWN);
    expect(res.body.text).toBe('answered by the bot');
    expect(handled.at(-1)?.text).toBe('subscribe me');
    expect((await command('subscribe me to CMS', DM)).body.text).toBe('answered by the bot');
    expect(mm.dialogs.length).toBe(before);
  });

  it('refuses a submission for another user, another channel, or with a state it did not sign', async () => {
    await store.unsubscribe('mattermost', `@${MALLORY}`);
    const opened = await openForm();
    const forged: [string, Parameters<MattermostTestServer['submitDialog']>[2]][] = [
      ['another user', { userId: MALLORY }],
      ['a made-up state', { state: 'eyJ1IjoibWFsbG9yeSJ9.c2lnbmF0dXJl' }],
      ['no state', { state: '' }],
    ];
    for (const [what, options] of forged) {
      const res = await mm.submitDialog(opened, { filter: 'ESRF', ...noDays, days_7: true }, options);
      expect(res.status, what).toBe(403);
    }
    expect(await store.subscription('mattermost', `@${MALLORY}`)).toBeNull();
    const elsewhere = { ...opened, channelId: TOWN };
    expect((await mm.submitDialog(elsewhere, { filter: 'ESRF', ...noDays, days_7: true })).status).toBe(403);
  });

  it('keeps the dialog open with the error under the days when none is ticked, and saves nothing on cancel', async () => {
    const before = await store.subscription('mattermost', `@${ALICE}`);
    const opened = await openForm();
    const res = await mm.submitDialog(opened, { filter: 'ESRF', ...noDays });
    expect(res).toEqual({ status: 200, body: { errors: { days_30: 'Choose at least one day to be reminded on.' } } });
    expect((await mm.submitDialog(opened, {}, { cancelled: true })).status).toBe(200);
    expect(await store.subscription('mattermost', `@${ALICE}`)).toEqual(before);
  });

  it('says so when the trigger expired before the dialog could open', async () => {
    // Older than the server's 3 s.
    const stale = mm.issueTrigger(ALICE, DM, Date.now() - 10_000);
    const res = await command('reminders edit', DM, ALICE, stale);
    expect(res.body.text).toContain('I could not open the form');
  });
});

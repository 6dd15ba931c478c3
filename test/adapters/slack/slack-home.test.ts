// End to end on loopback, HTTP mode: the App Home and its subscribe modal with real Bolt, events
// and interactions signed as Slack signs them, views going to the local Slack server, which
// checks them against Block Kit's limits.
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../src/adapters/http-server.ts';
import { createSlackAdapter } from '../../../src/adapters/slack/slack-adapter.ts';
import { createBrain } from '../../../src/answers/brain.ts';
import { createBot } from '../../../src/bot/create-bot.ts';
import type { Adapter } from '../../../src/bot/types.ts';
import { parseText } from '../../../src/corpus/parse-file.ts';
import { extractFacts } from '../../../src/eligibility/index.ts';
import { createHomeService } from '../../../src/home/home-service.ts';
import { createMetrics } from '../../../src/observability/metrics.ts';
import { sweepReminders } from '../../../src/reminders/sweep.ts';
import { COMMAND_ACTION_PREFIX } from '../../../src/render/slack-blocks.ts';
import { HOME_SUBSCRIBE_ACTION } from '../../../src/render/slack-home.ts';
import { openSqliteStoreSync } from '../../../src/store/sqlite-store.ts';
import type { Store } from '../../../src/store/store.ts';
import { checkView } from '../../servers/block-kit.ts';
import { type RecordedView, type SlackTestServer, startSlackServer } from '../../servers/slack-api-server.ts';
import { postSignedForm, postSignedJson, postSignedPayload } from '../../servers/slack-signing.ts';

const SECRET = 'test-signing-secret-home';
const ALICE = 'UALICE00001';
const BOB = 'UBOB0000001';
const TZ = 'Europe/Zurich';
const NOW = new Date('2027-03-01T09:00:00Z');

const POSTINGS = [
  parseText(
    'desy.md',
    '# Detector software developer\n\nOrganisation: DESY, Hamburg, Germany\n\nApplications close on 15 March 2027 at 17:00 CET.\n\nContact: hr@example.org\n',
  ),
  parseText(
    'desy-postdoc.md',
    '# Postdoctoral researcher in detector physics\n\nOrganisation: DESY, Hamburg, Germany\n\nEligibility\n\n- Candidates must hold a PhD in physics.\n\nApplications close on 20 March 2027.\n\nContact: hr@example.org\n',
  ),
  parseText(
    'esrf.md',
    '# Beamline control engineer\n\nOrganisation: ESRF, Grenoble, France\n\nDeadline: 10 March 2027\n\nContact: jobs@example.org\n',
  ),
].flatMap((r) => r.postings);

const log = pino({ level: 'silent' });

interface Rig {
  slack: SlackTestServer;
  http: HttpServer;
  adapter: Adapter;
  store: Store;
  eventsUrl: string;
}
const rigs: Rig[] = [];

afterEach(async () => {
  for (const rig of rigs.splice(0)) {
    await rig.adapter.stop();
    await rig.http.close();
    await rig.slack.close();
    await rig.store.close();
  }
});

async function startRig(mode: 'http' | 'socket' = 'http'): Promise<Rig> {
  const slack = await startSlackServer();
  const http = createHttpServer();
  const store = openSqliteStoreSync(':memory:');
  const home = createHomeService({
    store,
    postings: () => POSTINGS,
    clock: () => NOW,
    timeZone: TZ,
    defaultOffsets: [14, 7, 1],
  });
  // The real bot: a button in the home runs its command as the presser.
  const bot = createBot({
    brain: createBrain(POSTINGS, { timeZone: TZ }),
    store,
    clock: () => NOW,
    config: { reminderOffsets: [14, 7, 1], rateLimitPerMinute: 1000, timeZone: TZ },
    log,
    metrics: createMetrics(),
  });
  const adapter = createSlackAdapter({
    handler: bot,
    http,
    home,
    log,
    metrics: createMetrics(),
    config:
      mode === 'http'
        ? { botToken: slack.botToken, signingSecret: SECRET, apiUrl: slack.apiUrl }
        : { botToken: slack.botToken, appToken: slack.appToken, apiUrl: slack.apiUrl },
    tuning: { retryConfig: { retries: 0 }, apiTimeoutMs: 5_000, clientPingTimeoutMs: 300 },
  });
  const port = await http.listen(0, '127.0.0.1');
  const rig = { slack, http, adapter, store, eventsUrl: `http://127.0.0.1:${port}/slack/events` };
  rigs.push(rig);
  await adapter.start();
  if (mode === 'socket') await slack.waitFor(() => slack.openSockets() > 0);
  return rig;
}

/** Every mrkdwn and plain text of a view, one string. */
function viewText(view: RecordedView | undefined): string {
  return JSON.stringify(view?.view.blocks ?? []);
}

/** The element of a modal's input block. */
function inputOf(view: RecordedView, blockId: string): Record<string, unknown> | undefined {
  const blocks = view.view.blocks as { block_id?: string; element?: Record<string, unknown> }[];
  return blocks.find((b) => b.block_id === blockId)?.element;
}

function valuesOf(options: unknown): string[] {
  return Array.isArray(options) ? options.map((o) => (o as { value: string }).value) : [];
}

async function openHome(rig: Rig, user: string): Promise<RecordedView> {
  const before = rig.slack.views.length;
  const res = await postSignedJson(rig.eventsUrl, SECRET, rig.slack.eventCallback(rig.slack.appHomeOpened(user)));
  expect(res.status).toBe(200);
  await rig.slack.waitFor(() => rig.slack.views.length > before);
  const home = rig.slack.homeOf(user);
  if (!home) throw new Error('no home published');
  return home;
}

async function openModal(rig: Rig, user: string): Promise<RecordedView> {
  const home = rig.slack.homeOf(user);
  if (!home) throw new Error('no home to click in');
  const before = rig.slack.views.length;
  const res = await postSignedPayload(
    rig.eventsUrl,
    SECRET,
    rig.slack.clickInView(home.id, user, HOME_SUBSCRIBE_ACTION),
  );
  expect(res.status).toBe(200);
  await rig.slack.waitFor(() => rig.slack.views.length > before);
  const modal = rig.slack.views.at(-1);
  if (modal?.method !== 'views.open') throw new Error('no modal opened');
  return modal;
}

describe('Slack App Home', () => {
  it('publishes a home that validates when a user opens it, with a Subscribe button', async () => {
    const rig = await startRig();
    const home = await openHome(rig, ALICE);
    expect(home.method).toBe('views.publish');
    expect(checkView(home.view)).toEqual([]);
    const text = viewText(home);
    expect(text).toContain('Your upcoming deadlines');
    expect(text).toContain('no personal reminders yet');
    expect(text).toContain(HOME_SUBSCRIBE_ACTION);
    expect(text).toContain('"Subscribe"');
    // It carries the user's DM channel back with every click.
    expect(home.view.private_metadata).toBe(JSON.stringify({ channel: 'DALICE00001' }));
  });

  it('opens the modal with a filter and the days as checkboxes, the defaults ticked', async () => {
    const rig = await startRig();
    await openHome(rig, ALICE);
    const modal = await openModal(rig, ALICE);
    expect(modal.userId).toBe(ALICE);
    expect(checkView(modal.view)).toEqual([]);
    const offsets = inputOf(modal, 'offsets');
    expect(valuesOf(offsets?.options)).toEqual(['30', '14', '7', '3', '1']);
    expect(valuesOf(offsets?.initial_options)).toEqual(['14', '7', '1']);
  });

  it('saves a submitted modal as the personal subscription and publishes the home with its deadlines', async () => {
    const rig = await startRig();
    await openHome(rig, ALICE);
    const modal = await openModal(rig, ALICE);
    const before = rig.slack.views.length;
    const res = await postSignedPayload(
      rig.eventsUrl,
      SECRET,
      rig.slack.submitView(modal.id, ALICE, { filter: 'DESY', offsets: ['14', '3'] }),
    );
    expect(res.status).toBe(200);
    const sub = await rig.store.subscription('slack', `@${ALICE}`);
    expect(sub).toMatchObject({ channelId: `@${ALICE}`, filter: 'DESY', offsets: [14, 3], createdBy: ALICE });
    await rig.slack.waitFor(() => rig.slack.views.length > before);
    const home = rig.slack.homeOf(ALICE);
    expect(checkView(home?.view)).toEqual([]);
    const text = viewText(home);
    expect(text).toContain('Saved.');
    expect(text).toContain('3 days before the deadlines of postings matching \\"DESY\\"');
    expect(text).toContain('Detector software developer');
    expect(text).toContain('14 days left');
    expect(text).toContain('Postdoctoral researcher in detector physics');
    // The filter leaves the ESRF posting out; the button now edits.
    expect(text).not.toContain('Beamline control engineer');
    expect(text).toContain('Edit my reminders');
    // The deadline with a time is shown in the reader's zone.
    expect(text).toContain(`<!date^${Date.UTC(2027, 2, 15, 16) / 1000}^{date_long} {time}|`);
    // The next modal starts from what was saved.
    const again = await openModal(rig, ALICE);
    expect(inputOf(again, 'filter')?.initial_value).toBe('DESY');
    expect(valuesOf(inputOf(again, 'offsets')?.initial_options)).toEqual(['14', '3']);
  });

  it('leaves out the postings a stored profile makes the user ineligible for, and says so', async () => {
    const rig = await startRig();
    await rig.store.subscribe({
      platform: 'slack',
      channelId: `@${BOB}`,
      offsets: [7],
      filter: 'DESY',
      createdBy: BOB,
      createdAt: NOW.toISOString(),
    });
    await rig.store.saveProfile('slack', BOB, extractFacts("I have a master's degree and no PhD", NOW), NOW);
    const text = viewText(await openHome(rig, BOB));
    expect(text).toContain('Detector software developer');
    expect(text).not.toContain('Postdoctoral researcher in detector physics');
    expect(text).toContain('Left out: 1 posting your stored profile makes you ineligible for');
  });

  it('opens the modal for `/positions reminders edit` with the command’s trigger', async () => {
    const rig = await startRig();
    const command = (trigger: string) =>
      postSignedForm(rig.eventsUrl, SECRET, {
        command: '/positions',
        text: 'reminders edit',
        user_id: ALICE,
        user_name: 'alice',
        channel_id: 'DALICE00001',
        team_id: rig.slack.teamId,
        response_url: rig.slack.responseUrl(),
        trigger_id: trigger,
      });
    const res = await command(rig.slack.issueTrigger(ALICE));
    expect(await res.json()).toMatchObject({ response_type: 'ephemeral', text: 'Choose your reminders in the form.' });
    const modal = rig.slack.views.at(-1);
    expect(modal).toMatchObject({ method: 'views.open', userId: ALICE });
    expect(modal?.view.private_metadata).toBe(JSON.stringify({ channel: 'DALICE00001' }));
    expect(((await (await command('1.2.made-up')).json()) as { text: string }).text).toContain(
      'I could not open the form',
    );
  });

  it('refuses a tampered submission with the days it does not offer, saving nothing', async () => {
    const rig = await startRig();
    await openHome(rig, ALICE);
    const modal = await openModal(rig, ALICE);
    const payload = rig.slack.submitView(modal.id, ALICE, { offsets: ['7'] }) as {
      view: { state: { values: { offsets: { offsets: { selected_options: { value: string }[] } } } } };
    };
    payload.view.state.values.offsets.offsets.selected_options = [{ value: '5' }];
    const res = await postSignedPayload(rig.eventsUrl, SECRET, payload);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { offsets: 'Choose among the days offered.' },
    });
    expect(await rig.store.subscription('slack', `@${ALICE}`)).toBeNull();
  });

  it('refuses a submission whose signature is wrong', async () => {
    const rig = await startRig();
    await openHome(rig, ALICE);
    const modal = await openModal(rig, ALICE);
    const payload = rig.slack.submitView(modal.id, ALICE, { filter: 'ESRF', offsets: ['7'] });
    const res = await postSignedPayload(rig.eventsUrl, 'not-the-secret', payload);
    expect(res.status).toBe(401);
    expect(await rig.store.subscription('slack', `@${ALICE}`)).toBeNull();
  });

  it('works the same over Socket Mode: the home, the modal, and errors in the submission ack', async () => {
    const rig = await startRig('socket');
    await rig.slack.sendEnvelope('events_api', rig.slack.eventCallback(rig.slack.appHomeOpened(ALICE)));
    await rig.slack.waitFor(() => rig.slack.homeOf(ALICE) !== undefined);
    const home = rig.slack.homeOf(ALICE) as RecordedView;
    await rig.slack.sendEnvelope('interactive', rig.slack.clickInView(home.id, ALICE, HOME_SUBSCRIBE_ACTION));
    await rig.slack.waitFor(() => rig.slack.views.some((v) => v.method === 'views.open'));
    const modal = rig.slack.views.find((v) => v.method === 'views.open') as RecordedView;
    const bad = rig.slack.submitView(modal.id, ALICE, { offsets: ['7'] }) as {
      view: { state: { values: { filter: { filter: { value: string | null } } } } };
    };
    bad.view.state.values.filter.filter.value = 'x'.repeat(201);
    const refused = await rig.slack.sendEnvelope('interactive', bad);
    expect(refused.payload).toEqual({
      response_action: 'errors',
      errors: { filter: 'A filter is at most 200 characters.' },
    });
    const saved = await rig.slack.sendEnvelope(
      'interactive',
      rig.slack.submitView(modal.id, ALICE, { offsets: ['7'] }),
    );
    expect(saved.payload ?? {}).toEqual({});
    expect(await rig.store.subscription('slack', `@${ALICE}`)).toMatchObject({ filter: null, offsets: [7] });
  });

  it('runs a button of the home as the presser’s command and shows the home without what it settled', async () => {
    const rig = await startRig();
    await openHome(rig, ALICE);
    await postSignedPayload(
      rig.eventsUrl,
      SECRET,
      rig.slack.submitView((await openModal(rig, ALICE)).id, ALICE, { filter: 'DESY', offsets: ['14'] }),
    );
    await rig.slack.waitFor(() => viewText(rig.slack.homeOf(ALICE)).includes('Saved.'));
    const home = rig.slack.homeOf(ALICE) as RecordedView;
    expect(checkView(home.view)).toEqual([]);
    const detector = idOf('Detector software developer');
    const applied = `applied ${detector}`;
    // Each deadline has its own buttons; "stop all" is once, on top.
    expect(viewText(home)).toContain(`"value":"snooze ${detector} 1d"`);
    expect(viewText(home).split('"value":"forget reminders"')).toHaveLength(2);
    const before = rig.slack.views.length;
    const res = await postSignedPayload(
      rig.eventsUrl,
      SECRET,
      rig.slack.clickInView(home.id, ALICE, `${COMMAND_ACTION_PREFIX}2`, applied),
    );
    expect(res.status).toBe(200);
    await rig.slack.waitFor(() => rig.slack.views.length > before);
    const after = viewText(rig.slack.homeOf(ALICE));
    // What the button did, on top; the posting is no longer listed, the others are.
    expect(after).toContain('Noted: you applied to \\"Detector software developer\\"');
    expect(after).not.toContain(`snooze ${detector} 1d`);
    expect(after).toContain('Postdoctoral researcher in detector physics');
    expect(await rig.store.postingMarks({ platform: 'slack', userId: ALICE })).toMatchObject([
      { postingId: detector, state: 'applied' },
    ]);
  });

  it('makes the next sweep send what the submitted modal chose, as a DM', async () => {
    const rig = await startRig();
    await openHome(rig, ALICE);
    const modal = await openModal(rig, ALICE);
    await postSignedPayload(
      rig.eventsUrl,
      SECRET,
      rig.slack.submitView(modal.id, ALICE, { filter: 'DESY', offsets: ['14'] }),
    );
    await rig.slack.waitFor(() => viewText(rig.slack.homeOf(ALICE)).includes('Saved.'));
    const sweep = (at: Date) =>
      sweepReminders({ store: rig.store, postings: POSTINGS, posters: [rig.adapter], now: at, timeZone: TZ, log });
    // 1 March: the DESY developer post closes in 14 days; the ESRF one (9 days) is not in the filter.
    expect((await sweep(NOW)).sent).toBe(1);
    const dms = () => rig.slack.messages.filter((m) => m.channel === rig.slack.ims.get(ALICE));
    expect(dms().map((m) => m.text)).toEqual([expect.stringContaining('Detector software developer')]);
    // The modal again: ESRF, 7 days before. On 3 March the ESRF post closes in 7 days.
    const again = await openModal(rig, ALICE);
    await postSignedPayload(
      rig.eventsUrl,
      SECRET,
      rig.slack.submitView(again.id, ALICE, { filter: 'ESRF', offsets: ['7'] }),
    );
    await rig.slack.waitFor(() => viewText(rig.slack.homeOf(ALICE)).includes('matching \\"ESRF\\"'));
    expect((await sweep(new Date('2027-03-03T09:00:00Z'))).sent).toBe(1);
    expect(dms().at(-1)?.text).toContain('Beamline control engineer');
    expect(dms()).toHaveLength(2);
  });
});

function idOf(title: string): string {
  const p = POSTINGS.find((x) => x.title === title);
  if (!p) throw new Error(`no posting ${title}`);
  return p.id;
}

// The local Mattermost server opens a dialog as the real one does: only with a signed, fresh
// trigger id, only a dialog its model accepts; and it POSTs the submission to the dialog's URL.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDialog, type MattermostTestServer, startMattermostServer } from './mattermost-server.ts';

const GOOD = {
  callback_id: 'subscribe',
  title: 'Deadline reminders',
  elements: [
    { display_name: 'Filter', name: 'filter', type: 'text', optional: true, max_length: 200 },
    {
      display_name: '7 days before',
      name: 'd7',
      type: 'bool',
      default: 'true',
      placeholder: 'Remind me 7 days before',
    },
  ],
  submit_label: 'Save',
  state: 'opaque',
};

let mm: MattermostTestServer;
const received: unknown[] = [];
let hookUrl = '';
const hook = createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => {
    raw += c;
  });
  req.on('end', () => {
    received.push(JSON.parse(raw));
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});

beforeAll(async () => {
  mm = await startMattermostServer();
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/dialog`;
});
afterAll(async () => {
  await mm.close();
  await new Promise((r) => hook.close(r));
});

function open(body: unknown) {
  return fetch(`${mm.url}/api/v4/actions/dialogs/open`, {
    method: 'POST',
    headers: { authorization: `Bearer ${mm.botToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('the local Mattermost server’s dialogs', () => {
  it('checks a dialog as the server model does', () => {
    expect(checkDialog({ url: hookUrl, trigger_id: 't', dialog: GOOD })).toEqual([]);
    const bad = checkDialog({
      url: '',
      trigger_id: 't',
      dialog: {
        title: 'A title far longer than twenty-four',
        elements: [
          { display_name: 'A display name over the limit', name: 'x', type: 'bool', default: 'yes' },
          { display_name: 'X', name: 'x', type: 'text', min_length: 3 },
          { display_name: 'Y', name: 'y', type: 'checkbox' },
        ],
      },
    }).join('\n');
    for (const want of [
      'empty URL',
      'invalid dialog title',
      'DisplayName cannot be longer',
      'invalid default of bool',
      'duplicate dialog element',
      'min length should be less',
      'invalid element type',
    ]) {
      expect(bad).toContain(want);
    }
  });

  it('opens a dialog for the trigger’s user and posts its submission to the URL', async () => {
    const trigger = mm.issueTrigger('aliceuserid000000000000000', 'dmchannel');
    const res = await open({ trigger_id: trigger, url: hookUrl, dialog: GOOD });
    expect(res.status).toBe(200);
    const opened = mm.dialogs.at(-1);
    expect(opened).toMatchObject({ userId: 'aliceuserid000000000000000', channelId: 'dmchannel', url: hookUrl });
    if (!opened) throw new Error('no dialog');
    const answer = await mm.submitDialog(opened, { filter: 'CMS', d7: true });
    expect(answer.status).toBe(200);
    expect(received.at(-1)).toMatchObject({
      type: 'dialog_submission',
      callback_id: 'subscribe',
      state: 'opaque',
      user_id: 'aliceuserid000000000000000',
      channel_id: 'dmchannel',
      submission: { filter: 'CMS', d7: true },
      cancelled: false,
    });
    await expect(mm.submitDialog(opened, { nope: true })).rejects.toThrow(/no element nope/);
  });

  it('refuses a forged, a stale or a missing trigger id', async () => {
    const real = Buffer.from(mm.issueTrigger('alice', 'c'), 'base64').toString('utf8').split(':');
    const forged = Buffer.from(`${real[0]}:mallory:${real[2]}:${real[3]}`).toString('base64');
    expect((await open({ trigger_id: forged, url: hookUrl, dialog: GOOD })).status).toBe(400);
    // Older than the server's 3 s.
    const stale = mm.issueTrigger('alice', 'c', Date.now() - 10_000);
    expect((await open({ trigger_id: stale, url: hookUrl, dialog: GOOD })).status).toBe(400);
    expect((await open({ url: hookUrl, dialog: GOOD })).status).toBe(400);
  });
});

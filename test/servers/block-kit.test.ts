// The Block Kit checker refuses what Slack refuses (limits from block-kit-limits.json), and the
// local Slack server applies it to views.publish / views.open through the real Web API client.
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_KIT_LIMITS, checkMessageBlocks, checkView } from './block-kit.ts';
import { type SlackTestServer, startSlackServer } from './slack-api-server.ts';

const plain = (text: string) => ({ type: 'plain_text', text });
const x = (n: number) => 'x'.repeat(n);
const button = (extra: Record<string, unknown> = {}) => ({
  type: 'button',
  action_id: 'go',
  text: plain('Go'),
  value: 'v',
  ...extra,
});
const option = (value: string) => ({ text: plain(`${value} days`), value });

function modal(blocks: unknown[], extra: Record<string, unknown> = {}) {
  return { type: 'modal', title: plain('Reminders'), submit: plain('Save'), close: plain('Cancel'), blocks, ...extra };
}

const GOOD_MODAL = modal([
  { type: 'section', text: { type: 'mrkdwn', text: 'Choose', verbatim: true } },
  {
    type: 'input',
    block_id: 'filter',
    label: plain('Filter'),
    optional: true,
    element: { type: 'plain_text_input', action_id: 'filter', initial_value: 'CMS', max_length: 200 },
  },
  {
    type: 'input',
    block_id: 'offsets',
    label: plain('Days before'),
    element: {
      type: 'checkboxes',
      action_id: 'offsets',
      options: ['30', '14', '7'].map(option),
      initial_options: [option('7')],
    },
  },
]);

describe('the Block Kit checker', () => {
  it('accepts a view within the limits', () => {
    expect(checkView(GOOD_MODAL)).toEqual([]);
    expect(checkView({ type: 'home', blocks: [{ type: 'actions', elements: [button()] }] })).toEqual([]);
  });

  it('refuses views over each limit, naming where', () => {
    const cases: [unknown, string][] = [
      [modal([{ type: 'divider' }], { title: plain(x(25)) }), '/view/title/text'],
      [modal([{ type: 'divider' }], { submit: plain(x(25)) }), '/view/submit/text'],
      [{ type: 'home', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) }, '/view/blocks'],
      [{ type: 'home', blocks: [{ type: 'header', text: plain(x(151)) }] }, '/view/blocks/0/text/text'],
      [
        { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: x(3001) } }] },
        '/view/blocks/0/text/text',
      ],
      [{ type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '' } }] }, '/view/blocks/0/text/text'],
      [{ type: 'home', blocks: [{ type: 'actions', elements: [button({ text: plain(x(76)) })] }] }, '/text/text'],
      [{ type: 'home', blocks: [{ type: 'actions', elements: [button({ value: x(2001) })] }] }, '/value'],
      [{ type: 'home', blocks: [{ type: 'actions', elements: [button({ action_id: x(256) })] }] }, '/action_id'],
      [{ type: 'home', blocks: [{ type: 'actions', elements: [button(), button()] }] }, 'used twice'],
      [{ type: 'home', blocks: [{ type: 'actions', elements: [button({ style: 'green' })] }] }, '/style'],
      [
        {
          type: 'home',
          blocks: [
            { type: 'divider', block_id: 'a' },
            { type: 'divider', block_id: 'a' },
          ],
        },
        'used twice',
      ],
      [
        modal([
          {
            type: 'input',
            label: plain('Days'),
            element: {
              type: 'checkboxes',
              action_id: 'o',
              options: Array.from({ length: 11 }, (_, i) => option(String(i))),
            },
          },
        ]),
        '/element/options',
      ],
      [
        modal([
          {
            type: 'input',
            label: plain('Days'),
            element: { type: 'checkboxes', action_id: 'o', options: [option('1')], initial_options: [option('2')] },
          },
        ]),
        'must exactly match',
      ],
      [
        modal([{ type: 'input', label: plain(x(2001)), element: { type: 'plain_text_input', action_id: 'f' } }]),
        '/label/text',
      ],
      [
        modal([{ type: 'input', label: plain('F'), element: { type: 'plain_text_input', action_id: 'f' } }], {
          submit: undefined,
        }),
        'submit',
      ],
      [{ type: 'home', blocks: [{ type: 'rich_text', elements: [] }] }, 'unknown block type'],
    ];
    for (const [view, where] of cases) {
      const problems = checkView(view);
      expect(problems.length, JSON.stringify(view).slice(0, 120)).toBeGreaterThan(0);
      expect(problems.join('\n')).toContain(where);
    }
  });

  it('keeps a message to 50 blocks and out of input blocks', () => {
    const max = BLOCK_KIT_LIMITS.surfaces.message.maxBlocks;
    expect(checkMessageBlocks(Array.from({ length: max }, () => ({ type: 'divider' })))).toEqual([]);
    expect(checkMessageBlocks(Array.from({ length: max + 1 }, () => ({ type: 'divider' })))).not.toEqual([]);
    expect(
      checkMessageBlocks([{ type: 'input', label: plain('F'), element: { type: 'plain_text_input', action_id: 'f' } }]),
    ).not.toEqual([]);
  });
});

describe('the local Slack server’s views', () => {
  let slack: SlackTestServer;
  let client: webApi.WebClient;

  beforeAll(async () => {
    slack = await startSlackServer();
    client = new webApi.WebClient(slack.botToken, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
  });
  afterAll(() => slack.close());

  it('records a published Home tab, keeps its id, and refuses one over the limits', async () => {
    const view = { type: 'home' as const, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Hi' } }] };
    const first = await client.views.publish({ user_id: 'UALICE00001', view: view as never });
    const second = await client.views.publish({ user_id: 'UALICE00001', view: view as never });
    expect(second.view?.id).toBe(first.view?.id);
    expect(slack.homeOf('UALICE00001')?.view).toEqual(view);
    const tooBig = { type: 'home', blocks: [{ type: 'header', text: plain(x(151)) }] };
    await expect(client.views.publish({ user_id: 'UALICE00001', view: tooBig as never })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
  });

  it('opens a modal only with a fresh trigger id, once', async () => {
    const trigger = slack.issueTrigger('UALICE00001');
    const opened = await client.views.open({ trigger_id: trigger, view: GOOD_MODAL as never });
    expect(opened.ok).toBe(true);
    await expect(client.views.open({ trigger_id: trigger, view: GOOD_MODAL as never })).rejects.toMatchObject({
      data: { error: 'invalid_trigger_id' },
    });
    // Older than the server's 3 s.
    const stale = slack.issueTrigger('UALICE00001', Date.now() - 10_000);
    await expect(client.views.open({ trigger_id: stale, view: GOOD_MODAL as never })).rejects.toMatchObject({
      data: { error: 'expired_trigger_id' },
    });
  });

  it('builds a view_submission from the modal’s own inputs, and refuses inputs it does not have', async () => {
    const opened = await client.views.open({
      trigger_id: slack.issueTrigger('UBOB0000001'),
      view: GOOD_MODAL as never,
    });
    const id = opened.view?.id ?? '';
    const payload = slack.submitView(id, 'UBOB0000001', { filter: 'ATLAS', offsets: ['30', '7'] }) as {
      view: { state: { values: Record<string, Record<string, unknown>> } };
      user: { id: string };
    };
    expect(payload.user.id).toBe('UBOB0000001');
    expect(payload.view.state.values.filter?.filter).toEqual({ type: 'plain_text_input', value: 'ATLAS' });
    expect(payload.view.state.values.offsets?.offsets).toMatchObject({
      type: 'checkboxes',
      selected_options: [{ value: '30' }, { value: '7' }],
    });
    expect(() => slack.submitView(id, 'UBOB0000001', { nope: 'x' })).toThrow(/no input nope/);
    expect(() => slack.submitView(id, 'UBOB0000001', { offsets: ['5'] })).toThrow(/no option 5/);
    expect(() => slack.submitView(id, 'UBOB0000001', { offsets: [] })).toThrow(/required/);
  });
});

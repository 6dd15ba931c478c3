// The home and the subscribe modal as Slack views: within Block Kit's limits however many
// deadlines there are, whatever the data says.
import { describe, expect, it } from 'vitest';
import { buildHome, HOME_ITEMS } from '../../src/home/build-home.ts';
import { subscribeForm } from '../../src/home/subscribe-form.ts';
import { readSlackSubscribeModal, renderSlackHome, renderSlackSubscribeModal } from '../../src/render/slack-home.ts';
import type { Subscription } from '../../src/store/store.ts';
import { posting } from '../reminders/helpers.ts';
import { checkView } from '../servers/block-kit.ts';

const NOW = new Date('2027-03-01T12:00:00Z');
const SUB: Subscription = {
  platform: 'slack',
  channelId: '@UALICE',
  offsets: [7],
  filter: null,
  createdBy: 'UALICE',
  createdAt: NOW.toISOString(),
};
const hostile = '<!channel> *bold* & <https://evil.example|x> '.repeat(20);

describe('the Slack home view', () => {
  it('stays within Block Kit’s limits with the most deadlines and hostile titles', () => {
    const postings = Array.from({ length: HOME_ITEMS + 5 }, (_, i) =>
      posting(`p${i}`, '2027-03-09', { title: `${hostile}${i}` }),
    );
    const home = buildHome({
      postings,
      subscription: { ...SUB, filter: hostile.slice(0, 200) },
      profile: null,
      marks: [],
      now: NOW,
      timeZone: 'Europe/Zurich',
      defaultOffsets: [14, 7, 1],
      matches: () => true,
      notice: hostile,
    });
    const view = renderSlackHome(home, JSON.stringify({ channel: 'DALICE' }));
    expect(checkView(view)).toEqual([]);
    expect(JSON.stringify(view)).not.toContain('<!channel>');
    expect(JSON.stringify(view)).toContain('And 5 more');
  });

  it('builds a modal that validates and reads back what was ticked', () => {
    const form = subscribeForm({ ...SUB, filter: 'é'.repeat(200), offsets: [21, 7] }, [14, 7, 1]);
    const modal = renderSlackSubscribeModal(form, 'meta');
    expect(checkView(modal)).toEqual([]);
    expect(
      readSlackSubscribeModal({
        filter: { filter: { type: 'plain_text_input', value: 'CMS' } },
        offsets: { offsets: { type: 'checkboxes', selected_options: [{ value: '21' }, { value: '7' }] } },
      }),
    ).toEqual({ filter: 'CMS', offsets: ['21', '7'] });
    expect(readSlackSubscribeModal({})).toEqual({ filter: null, offsets: [] });
  });
});

import { describe, expect, it } from 'vitest';
import type { Block, Reply } from '../../src/answers/reply.ts';
import {
  calendarLinks,
  FEED_TOKEN,
  newFeedToken,
  postingKey,
  postingKeyMatches,
} from '../../src/calendar/calendar-links.ts';
import { linkingPoster, withCalendarLinks } from '../../src/calendar/card-links.ts';
import { renderMattermost } from '../../src/render/mattermost-markdown.ts';
import { renderPlain } from '../../src/render/plain-text.ts';
import { renderSlackMessages } from '../../src/render/slack-blocks.ts';
import { recordingPoster } from '../reminders/helpers.ts';

const links = calendarLinks(() => 'https://jobs.example.org/bot', 'link-secret');

const card = (id: string, deadline: string | null): Block => ({
  kind: 'card',
  posting: { id, title: `Engineer ${id}`, status: 'open', deadline, source: { file: `${id}.md`, line: 1 } },
  fields: [{ label: 'Deadline', value: deadline ?? 'none stated' }],
  sections: [],
});

function reply(blocks: Block[]): Reply {
  const r: Reply = { text: '', blocks, postings: [], suggestions: [] };
  r.text = renderPlain(r);
  return r;
}

const slackText = (r: Reply) =>
  renderSlackMessages(r)
    .flatMap((m) => m.blocks)
    .map((b) => JSON.stringify(b))
    .join('\n');

describe('feed tokens and posting links', () => {
  it('makes unguessable URL-safe tokens, each different', () => {
    const tokens = new Set(Array.from({ length: 200 }, newFeedToken));
    expect(tokens.size).toBe(200);
    for (const t of tokens) expect(t).toMatch(FEED_TOKEN);
  });

  it("signs a posting link with the deployment's key: another id or key does not match", () => {
    const key = postingKey('link-secret', 'dqm-1a2b');
    expect(postingKeyMatches('link-secret', 'dqm-1a2b', key)).toBe(true);
    expect(postingKeyMatches('link-secret', 'dqm-1a2c', key)).toBe(false);
    expect(postingKeyMatches('other-secret', 'dqm-1a2b', key)).toBe(false);
    expect(postingKeyMatches('link-secret', 'dqm-1a2b', '')).toBe(false);
    expect(postingKeyMatches('link-secret', 'dqm-1a2b', `${key}x`)).toBe(false);
  });

  it('builds the URLs under PUBLIC_URL, encoding what is not a plain character', () => {
    expect(links.feedUrl('abc')).toBe('https://jobs.example.org/bot/calendar/abc.ics');
    expect(links.postingUrl('dqm-1a2b')).toBe(
      `https://jobs.example.org/bot/calendar/posting/dqm-1a2b.ics?key=${postingKey('link-secret', 'dqm-1a2b')}`,
    );
    expect(links.postingUrl('a (b)|c')).toMatch(/\/calendar\/posting\/a%20%28b%29%7Cc\.ics\?key=/);
  });
});

describe('the .ics link on posting cards', () => {
  it('goes on each card of a posting with a deadline, and into the plain text', () => {
    const linked = withCalendarLinks(reply([card('a', '2026-03-15'), card('b', null)]), links);
    const [a, b] = linked.blocks;
    expect(a?.kind === 'card' && a.calendar).toBe(links.postingUrl('a'));
    expect(b?.kind === 'card' && b.calendar).toBeUndefined();
    expect(linked.text).toContain(`Calendar (.ics): ${links.postingUrl('a')}`);
    const plain = reply([{ kind: 'paragraph', text: 'no card' }]);
    expect(withCalendarLinks(plain, links)).toBe(plain);
  });

  it('is a real link in Slack and Mattermost', () => {
    const linked = withCalendarLinks(reply([card('a', '2026-03-15')]), links);
    expect(slackText(linked)).toContain(`<${links.postingUrl('a')}|Add to calendar (.ics)>`);
    expect(renderMattermost(linked).join('\n')).toContain(`[Add to calendar (.ics)](${links.postingUrl('a')})`);
  });

  it('is no link at all when it is not a plain URL', () => {
    const evil = reply([{ ...card('a', '2026-03-15'), calendar: 'https://x.example.org/a|Click <!channel>' } as Block]);
    expect(slackText(evil)).not.toContain('Add to calendar');
    expect(slackText(evil)).not.toContain('<!channel>');
    expect(renderMattermost(evil).join('\n')).not.toContain('Add to calendar');
    const link = reply([{ kind: 'link', label: 'Feed', url: 'https://x.example.org/a)](javascript:alert(1)' }]);
    expect(slackText(link)).not.toContain('<https://');
    expect(renderMattermost(link).join('\n')).not.toContain('](javascript');
  });

  it('goes on reminders too, through the poster, which keeps the rest of the adapter', async () => {
    const poster = recordingPoster('slack');
    const linked = linkingPoster(poster, links);
    await linked.postToChannel('C1', reply([card('a', '2026-03-15')]), { key: 'k1' });
    const [post] = poster.posts;
    const block = post?.reply.blocks[0];
    expect(block?.kind === 'card' && block.calendar).toBe(links.postingUrl('a'));
    expect(post?.key).toBe('k1');
    expect(linked.platform).toBe('slack');
    expect(await linked.findPosted?.('C1', 'k1', new Date(0))).toBe(true);
  });
});

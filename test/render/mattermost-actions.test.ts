import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/answers/reply.ts';
import { renderMattermostAttachments } from '../../src/render/mattermost-actions.ts';
import { renderMattermostMarkdown } from '../../src/render/mattermost-markdown.ts';
import { renderPlain } from '../../src/render/plain-text.ts';

const reply: Reply = {
  text: 'Deadline reminder',
  blocks: [
    { kind: 'paragraph', text: 'Deadline reminder' },
    {
      kind: 'actions',
      actions: [
        { label: 'Snooze 1 day', command: 'snooze cta-dirac 1d' },
        { label: 'I applied', command: 'applied cta-dirac', style: 'primary' },
        { label: 'Stop\u202e@channel', command: 'stop cta-dirac', style: 'danger' },
      ],
    },
  ],
  postings: [],
  suggestions: [],
};

describe('buttons outside Slack', () => {
  it('the console prints each button as a line with its command', () => {
    expect(renderPlain(reply)).toBe(
      'Deadline reminder\n\n  [Snooze 1 day] snooze cta-dirac 1d\n  [I applied] applied cta-dirac\n  [Stop @channel] stop cta-dirac',
    );
  });

  it('Mattermost markdown leaves them out; they become one attachment with alphanumeric action ids', () => {
    expect(renderMattermostMarkdown(reply)).toBe('Deadline reminder');
    const attachments = renderMattermostAttachments(reply, (a) => ({
      url: 'https://bot.example/mattermost/actions',
      context: { command: a.command },
    }));
    expect(attachments).toEqual([
      {
        fallback: 'Snooze 1 day · I applied · Stop @channel',
        actions: [
          {
            id: 'cmd0',
            name: 'Snooze 1 day',
            type: 'button',
            integration: { url: 'https://bot.example/mattermost/actions', context: { command: 'snooze cta-dirac 1d' } },
          },
          {
            id: 'cmd1',
            name: 'I applied',
            type: 'button',
            style: 'primary',
            integration: { url: 'https://bot.example/mattermost/actions', context: { command: 'applied cta-dirac' } },
          },
          {
            id: 'cmd2',
            name: 'Stop @channel',
            type: 'button',
            style: 'danger',
            integration: { url: 'https://bot.example/mattermost/actions', context: { command: 'stop cta-dirac' } },
          },
        ],
      },
    ]);
    expect(renderMattermostAttachments({ ...reply, blocks: [] }, () => ({ url: '', context: {} }))).toBeUndefined();
  });
});

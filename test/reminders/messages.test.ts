import { describe, expect, it } from 'vitest';
import { deadlineChangedReply, newPostingReply, reminderReply } from '../../src/reminders/messages.ts';
import { renderPlain } from '../../src/render/plain-text.ts';
import { posting } from './helpers.ts';

const p = posting('cms-dev', '2025-06-20');

describe('reminder replies', () => {
  it('says what, where, when and how to apply, cites the source and suggests show <id>', () => {
    const reply = reminderReply(p, '2025-06-20', 5, '2025-06-15');
    expect(reply.text).toBe(renderPlain(reply));
    for (const part of [
      'Deadline reminder: 5 days left',
      'Software engineer cms-dev',
      'CERN',
      'CMS',
      'Geneva, Switzerland',
      '20 June 2025 (2025-06-20)',
      'jane.doe@cern.ch',
      'https://jobs.example.org/apply/1',
      'CV and a motivation letter',
      'Source: cms-dev.md, line 1',
      'closes in 5 days',
      'show cms-dev',
    ])
      expect(reply.text).toContain(part);
    expect(reply.text).not.toContain('https://jobs.example.org/other');
    expect(reply.suggestions).toEqual(['show cms-dev']);
    expect(reply.postings).toMatchObject([{ id: 'cms-dev', status: 'open', deadline: '2025-06-20' }]);
  });

  it.each([
    [1, '1 day left'],
    [0, 'closes today'],
    [14, '14 days left'],
  ])('%i days left reads "%s"', (days, words) => {
    expect(reminderReply(p, '2025-06-20', days, '2025-06-06').text).toContain(words);
  });

  it('keeps posting strings as data in the blocks, for renderers to escape', () => {
    const hostile = posting('evil', '2025-06-20', { title: '<!channel> @all *bold* <https://evil|click>' });
    const reply = reminderReply(hostile, '2025-06-20', 3, '2025-06-17');
    const card = reply.blocks.find((b) => b.kind === 'card');
    expect(card?.kind === 'card' && card.posting.title).toBe('<!channel> @all *bold* <https://evil|click>');
  });
});

describe('announcement replies', () => {
  it('announces a new posting', () => {
    const reply = newPostingReply(p, '2025-06-01');
    expect(reply.text).toContain('New posting: Software engineer cms-dev');
    expect(reply.text).toContain('19 days left');
  });

  it('announces a changed deadline with the old and the new date', () => {
    const reply = deadlineChangedReply(p, '2025-06-10', '2025-06-20', '2025-06-05');
    expect(reply.text).toContain('Deadline changed: Software engineer cms-dev');
    expect(reply.text).toContain('was 10 June 2025 (2025-06-10), now 20 June 2025 (2025-06-20) (15 days left)');
  });
});

import { describe, expect, it } from 'vitest';
import { composeWelcome } from '../../../src/adapters/console/welcome-line.ts';
import { posting, TZ } from '../../reminders/helpers.ts';

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
const corpus = [posting('a', '2025-03-10'), posting('b', '2025-06-01'), posting('c', null)];

describe('the console welcome', () => {
  it('counts the postings and those open at the clock, and says what to type', () => {
    const line = composeWelcome(corpus, at('2025-04-01'), TZ);
    expect(line).toBe(
      'positions bot: 3 postings, 1 open on 2025-04-01. Type "help" or a question; /help lists the console commands.',
    );
    expect(line).not.toContain('\n');
  });

  it('with every posting closed, says how to see them: list all, or a clock two weeks before the earliest deadline', () => {
    const line = composeWelcome(corpus, at('2026-12-01'), TZ);
    expect(line).toContain('3 postings, none open on 2026-12-01');
    expect(line).toContain('See them all with "list all"');
    expect(line).toContain('npm start -- --now 2025-02-24');
    // At that day every dated posting is open again.
    expect(composeWelcome(corpus, at('2025-02-24'), TZ)).toContain('2 open on 2025-02-24');
  });

  it('a posting is open through its deadline day, in the bot time zone', () => {
    // 22:30 UTC is still 10 March in Zurich (UTC+1); 23:30 UTC is 11 March.
    expect(composeWelcome([posting('a', '2025-03-10')], new Date('2025-03-10T22:30:00Z'), TZ)).toContain('1 open');
    expect(composeWelcome([posting('a', '2025-03-10')], new Date('2025-03-10T23:30:00Z'), TZ)).toContain('none open');
  });

  it('an empty corpus says where postings come from', () => {
    expect(composeWelcome([], at('2025-01-01'), TZ)).toMatch(/^positions bot: no postings loaded yet/);
  });
});

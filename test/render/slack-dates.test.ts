// Deadlines that state their time are Slack date tokens, shown in each reader's own time zone;
// plain dates stay plain, and the fallback (the posting's own words) is escaped data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import type { PostingRef, Reply } from '../../src/answers/reply.ts';
import { parseText } from '../../src/corpus/parse-file.ts';
import { reminderReply } from '../../src/reminders/messages.ts';
import { renderMattermost } from '../../src/render/mattermost-markdown.ts';
import { renderPlain } from '../../src/render/plain-text.ts';
import { renderSlackMessages, slackDate } from '../../src/render/slack-blocks.ts';

const TZ = 'Europe/Zurich';
const NOW = new Date('2027-03-01T12:00:00Z');

const TIMED = `# Detector software developer

Organisation: DESY, Hamburg, Germany

Applications close on 15 March 2027 at 17:00 CET.

Contact: hr@example.org
`;
const DATED = `# Beamline control engineer

Organisation: ESRF, Grenoble, France

Deadline: 20 March 2027

Contact: jobs@example.org
`;

function postingsOf(file: string, text: string) {
  return parseText(file, text).postings;
}

const brain = createBrain([...postingsOf('detector.md', TIMED), ...postingsOf('beamline.md', DATED)], {
  timeZone: TZ,
});
// 17:00 CET is 16:00 UTC.
const UNIX = Date.UTC(2027, 2, 15, 16, 0) / 1000;
const TOKEN = `<!date^${UNIX}^{date_long} {time}|Applications close on 15 March 2027 at 17:00 CET.>`;

function slackText(reply: Reply): string {
  return JSON.stringify(renderSlackMessages(reply).map((m) => m.blocks));
}

describe('Slack dates in the reader’s time zone', () => {
  it('shows a deadline with a time as a date token, in the card and in its Deadline field', () => {
    const reply = brain.answer('show detector software developer', { now: NOW, userId: 'U1' });
    const blocks = renderSlackMessages(reply).flatMap((m) => m.blocks);
    const texts = blocks.flatMap((b) =>
      b.type === 'section' ? [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)] : [],
    );
    expect(texts.some((t) => t.includes(`deadline ${TOKEN}`))).toBe(true);
    const field = texts.find((t) => t.startsWith('*Deadline*'));
    // The date gives way to the token; the citation of the line stays.
    expect(field).toBe(`*Deadline*\n${TOKEN} (line 5)`);
  });

  it('keeps a deadline without a time a plain date', () => {
    const reply = brain.answer('show beamline control engineer', { now: NOW, userId: 'U1' });
    const text = slackText(reply);
    expect(text).not.toContain('<!date');
    expect(text).toContain('deadline 2027-03-20');
  });

  it('uses the token in lists and in the deadline answer', () => {
    expect(slackText(brain.answer('deadlines', { now: NOW, userId: 'U1' }))).toContain(TOKEN);
    const answer = slackText(
      brain.answer('when is the deadline for the detector software job?', { now: NOW, userId: 'U1' }),
    );
    expect(answer).toContain(`is ${TOKEN}; that is 14 days from now`);
  });

  it('puts the token in a reminder, and nowhere but in Slack', () => {
    const [p] = postingsOf('detector.md', TIMED);
    if (!p) throw new Error('no posting');
    const reply = reminderReply(p, '2027-03-15', 7, '2027-03-08');
    expect(slackText(reply)).toContain(`closes in 7 days, on ${TOKEN}`);
    expect(renderPlain(reply)).not.toContain('<!date');
    expect(renderMattermost(reply).join('\n')).not.toContain('<!date');
    expect(renderPlain(reply)).toContain('15 March 2027 (2027-03-15)');
  });

  it('escapes the fallback, which is the posting’s data', () => {
    const at = '2027-03-15T16:00:00.000Z';
    expect(slackDate({ at, words: 'by <!channel> & <https://evil.example|here>\n^ now' })).toBe(
      `<!date^${UNIX}^{date_long} {time}|by &lt;!channel&gt; &amp; &lt;https://evil.example/here&gt; / now>`,
    );
    expect(slackDate({ at: 'not a date', words: 'x' })).toBeNull();
    const ref: PostingRef = {
      id: 'x',
      title: 'X',
      status: 'open',
      deadline: '2027-03-15',
      deadlineAt: { at, words: '<!here>' },
      source: { file: 'x.md', line: 1 },
    };
    const list: Reply = {
      text: 'x',
      blocks: [{ kind: 'list', items: [{ posting: ref, text: 'X' }] }],
      postings: [],
      suggestions: [],
    };
    const rendered = slackText(list);
    expect(rendered).toContain('|&lt;!here&gt;>');
    expect(rendered).not.toContain('<!here>');
  });
});

const TOKEN_RE = /<!date\^\d+\^\{date_long\} \{time\}\|[^<>|^\n]*>/g;
const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('<!channel>', '<@U024BE7LH>', '<https://evil.example|x>', '&', '|', '^', '>', '\n', '&amp;'),
);
const words = fc.array(hostile, { maxLength: 5 }).map((ps) => ps.join(''));
const instant = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });

describe('Slack date tokens, whatever the data', () => {
  it('are the only markup: the rest of the text is escaped data', () => {
    fc.assert(
      fc.property(words, words, instant, (w, value, at) => {
        const moment = { at: at.toISOString(), words: w };
        const ref: PostingRef = {
          id: 'p',
          title: w,
          status: 'open',
          deadline: '2030-01-01',
          deadlineAt: moment,
          source: { file: 'p.md', line: 1 },
        };
        // What the brain mentions is a formatted date: one line, not blank.
        const mentioned = value.replace(/\s+/g, ' ').trim() || 'x';
        const reply: Reply = {
          text: w,
          blocks: [
            {
              kind: 'card',
              posting: ref,
              fields: [
                { label: 'Deadline', value: `${mentioned} (line 2)`, instants: [{ ...moment, text: mentioned }] },
              ],
              sections: [],
            },
            { kind: 'paragraph', text: `due ${mentioned}.`, instants: [{ ...moment, text: mentioned }] },
          ],
          postings: [],
          suggestions: [],
        };
        let tokens = 0;
        for (const b of renderSlackMessages(reply).flatMap((m) => m.blocks)) {
          if (b.type !== 'section') continue;
          for (const t of [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)]) {
            tokens += (t.match(TOKEN_RE) ?? []).length;
            const rest = t.replace(TOKEN_RE, '');
            expect(rest).not.toMatch(/[<>]/);
            expect(rest.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
          }
        }
        // The card's meta line, its field and the paragraph each show the instant once.
        expect(tokens).toBe(3);
      }),
      { numRuns: 300 },
    );
  });
});

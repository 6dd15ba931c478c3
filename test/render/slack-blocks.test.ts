import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, PostingRef, Reply } from '../../src/answers/reply.ts';
import {
  COMMAND_ACTION_PREFIX,
  escapeSlack,
  packLines,
  renderShareButton,
  renderSlack,
  renderSlackMessages,
  SLACK_BUTTON_TEXT_LIMIT,
  SLACK_BUTTON_VALUE_LIMIT,
  SLACK_CONTEXT_LIMIT,
  SLACK_FALLBACK_LIMIT,
  SLACK_FIELD_LIMIT,
  SLACK_MAX_ACTIONS,
  SLACK_MAX_BLOCKS,
  SLACK_MAX_FIELDS,
  SLACK_SECTION_LIMIT,
  type SlackBlock,
  type SlackMessage,
} from '../../src/render/slack-blocks.ts';
import { blockArbitrary, replyArbitrary } from './reply-arbitrary.ts';

const posting: PostingRef = {
  id: 'cta-dirac',
  title: 'CTA DIRAC developer',
  status: 'open',
  deadline: '2026-12-15',
  source: { file: '001_205b26aa00b435d6.txt', line: 3 },
};

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ maxLength: 20, unit: 'binary' }),
  fc.constantFrom(
    '<!channel>',
    '<!here>',
    '<!everyone>',
    '<!subteam^S123|@team>',
    '<@U024BE7LH>',
    '<#C024BE7LR>',
    '<https://evil.example|Innocent>',
    '<mailto:a@b.c|CERN HR>',
    '@here',
    '&lt;!channel&gt;',
    '&amp;',
    '&',
    '<',
    '>',
    '*bold*',
    '_it_',
    '~strike~',
    '`code`',
    '```',
    '> quote',
    '\n',
    '\u202Eevil',
    '😀',
  ),
);
const text = fc.array(hostile, { maxLength: 6 }).map((parts) => parts.join(''));

const block: fc.Arbitrary<Block> = blockArbitrary(text, 14);
const reply: fc.Arbitrary<Reply> = replyArbitrary(text, { maxBlocks: 6, maxFields: 14 });

/** Every mrkdwn string a message carries, with the limit that applies to it. */
function texts(message: SlackMessage): { text: string; limit: number; verbatim?: boolean }[] {
  const out: { text: string; limit: number; verbatim?: boolean }[] = [
    { text: message.text, limit: SLACK_FALLBACK_LIMIT, verbatim: true },
  ];
  for (const b of message.blocks) {
    if (b.type === 'section') {
      if (b.text) out.push({ text: b.text.text, limit: SLACK_SECTION_LIMIT, verbatim: b.text.verbatim });
      for (const f of b.fields ?? []) out.push({ text: f.text, limit: SLACK_FIELD_LIMIT, verbatim: f.verbatim });
    } else if (b.type === 'context') {
      for (const e of b.elements) out.push({ text: e.text, limit: SLACK_CONTEXT_LIMIT, verbatim: e.verbatim });
    }
  }
  return out;
}

/** What a reader sees: entities decoded. */
function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function checkLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeGreaterThan(0);
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_MAX_BLOCKS);
  for (const b of message.blocks) {
    if (b.type === 'section') {
      expect(b.text !== undefined || (b.fields?.length ?? 0) > 0).toBe(true);
      expect(b.fields?.length ?? 0).toBeLessThanOrEqual(SLACK_MAX_FIELDS);
    }
    if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(10);
    if (b.type === 'actions') {
      expect(b.elements.length).toBeGreaterThan(0);
      expect(b.elements.length).toBeLessThanOrEqual(SLACK_MAX_ACTIONS);
      expect(new Set(b.elements.map((e) => e.action_id)).size).toBe(b.elements.length);
      for (const e of b.elements) {
        expect(e.text.text.length).toBeGreaterThan(0);
        expect(e.text.text.length).toBeLessThanOrEqual(SLACK_BUTTON_TEXT_LIMIT);
        expect(e.value.length).toBeGreaterThan(0);
        expect(e.value.length).toBeLessThanOrEqual(SLACK_BUTTON_VALUE_LIMIT);
      }
    }
  }
  for (const t of texts(message)) {
    expect(t.text.length).toBeLessThanOrEqual(t.limit);
    expect(t.text.trim().length).toBeGreaterThan(0);
    expect(t.verbatim).toBe(true);
  }
}

describe('renderSlackMessages on untrusted posting text', () => {
  it('never throws and never lets a `<` or `>` through unescaped, nor a broken entity', () => {
    fc.assert(
      fc.property(reply, (r) => {
        for (const message of renderSlackMessages(r)) {
          for (const { text: t } of texts(message)) {
            // Our templates use none of < > &; data's are all escaped, and never cut mid-entity.
            expect(t).not.toMatch(/[<>]/);
            expect(t.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('so no special mention or link survives: what a reader sees is the data, as text', () => {
    fc.assert(
      fc.property(reply, (r) => {
        for (const message of renderSlackMessages(r)) {
          for (const { text: t } of texts(message)) {
            // Slack parses `<!…>`, `<@…>`, `<#…>` and `<url|label>` only in the raw text.
            expect(t).not.toMatch(/<[!@#a-z]/i);
            // Decoding once gives back what the data said: `&lt;` shown as `<`, never re-parsed.
            expect(escapeSlack(decodeEntities(t))).toBe(t);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every message within Block Kit limits, even for huge replies', () => {
    const big: fc.Arbitrary<Reply> = fc.record({
      text: fc.string({ maxLength: 5_000, unit: 'binary' }),
      blocks: fc.array(
        fc.oneof(
          fc.record({
            kind: fc.constant('paragraph' as const),
            text: fc.string({ minLength: 500, maxLength: 4_000, unit: 'binary' }),
          }),
          fc.record({
            kind: fc.constant('list' as const),
            title: fc.option(text, { nil: undefined }),
            items: fc.array(fc.record({ text: fc.string({ maxLength: 3_000 }).map((s) => `&<${s}`) }), {
              maxLength: 30,
            }),
          }),
          block,
        ),
        { minLength: 1, maxLength: 60 },
      ),
      postings: fc.constant([]),
      suggestions: fc.array(fc.string({ maxLength: 600 }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(big, (r) => {
        const messages = renderSlackMessages(r);
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) checkLimits(m);
        checkLimits(renderSlack(r));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps limits for arbitrary replies, and room for a button when asked', () => {
    fc.assert(
      fc.property(reply, fc.integer({ min: 1, max: 50 }), (r, maxBlocks) => {
        for (const m of renderSlackMessages(r, { maxBlocks })) {
          checkLimits(m);
          expect(m.blocks.length).toBeLessThanOrEqual(maxBlocks);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('loses no paragraph text when splitting (only whitespace may move)', () => {
    const strip = (x: string) =>
      x.replace(/[\s\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '');
    const paragraph = fc.string({ maxLength: 9_000 }).filter((s) => strip(s) !== '');
    fc.assert(
      fc.property(paragraph, (s) => {
        const r: Reply = { text: 'x', blocks: [{ kind: 'paragraph', text: s }], postings: [], suggestions: [] };
        const shown = renderSlackMessages(r)
          .flatMap((m) => m.blocks)
          .map((b) => (b.type === 'section' ? (b.text?.text ?? '') : ''))
          .join('');
        expect(strip(decodeEntities(shown))).toBe(strip(s));
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderSlack', () => {
  it('renders a posting card: title, id, status, deadline, fields, lists and the source', () => {
    const { text, blocks } = renderSlack({
      text: 'CTA DIRAC developer: open, deadline 2026-12-15',
      blocks: [
        {
          kind: 'card',
          posting,
          fields: [
            { label: 'Deadline', value: '2026-12-15' },
            { label: 'Contact', value: 'Jane <jane@cern.ch>' },
          ],
          sections: [{ title: 'Skills', items: ['Python', 'C++ & Go'] }],
        },
      ],
      postings: [posting],
      suggestions: ['eligible cta-dirac'],
    });
    expect(text).toBe('CTA DIRAC developer: open, deadline 2026-12-15');
    expect(blocks).toEqual<SlackBlock[]>([
      {
        type: 'section',
        text: { type: 'mrkdwn', verbatim: true, text: '*CTA DIRAC developer*\ncta-dirac · open · deadline 2026-12-15' },
      },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', verbatim: true, text: '*Deadline*\n2026-12-15' },
          { type: 'mrkdwn', verbatim: true, text: '*Contact*\nJane &lt;jane@cern.ch&gt;' },
        ],
      },
      { type: 'section', text: { type: 'mrkdwn', verbatim: true, text: '*Skills*\n• Python\n• C++ &amp; Go' } },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', verbatim: true, text: 'Source: 001_205b26aa00b435d6.txt, line 3' }],
      },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', verbatim: true, text: 'Try: /positions eligible cta-dirac' }],
      },
    ]);
  });

  it('renders eligibility criterion by criterion with ✅/❌/❔ and the posting’s quoted words', () => {
    const { blocks } = renderSlack({
      text: 'Cannot tell yet',
      blocks: [
        {
          kind: 'eligibility',
          posting,
          result: {
            verdict: 'unknown',
            criteria: [
              { text: 'Nationality of a CERN Member State', status: 'unknown', why: 'you did not say', line: 12 },
              { text: 'Master degree in physics', status: 'met', why: 'you have an MSc' },
              { text: 'Less than 2 years of PhD', status: 'not_met', why: 'you have 3 years' },
            ],
            missing: ['your nationality'],
          },
        },
      ],
      postings: [posting],
      suggestions: [],
    });
    const shown = blocks.map((b) =>
      b.type === 'section' ? b.text?.text : b.type === 'context' ? b.elements[0]?.text : '',
    );
    expect(shown[0]).toBe(
      [
        '*Eligibility:* *CTA DIRAC developer*',
        '❔ *Cannot tell yet*',
        '❔ “Nationality of a CERN Member State” (line 12) — you did not say',
        '✅ “Master degree in physics” — you have an MSc',
        '❌ “Less than 2 years of PhD” — you have 3 years',
      ].join('\n'),
    );
    expect(shown[1]).toBe('*Tell me to decide:*\n• your nationality');
    expect(shown[2]).toBe('Source: 001_205b26aa00b435d6.txt, line 3');
  });

  it('escapes mentions and disguised links from data, and keeps data from closing our bold', () => {
    const { text, blocks } = renderSlack({
      text: '<!channel> apply now',
      blocks: [{ kind: 'heading', text: 'Post*doc <https://evil.example|CERN> <@U024BE7LH>' }],
      postings: [],
      suggestions: [],
    });
    expect(text).toBe('&lt;!channel&gt; apply now');
    expect(blocks[0]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        verbatim: true,
        text: '*Post∗doc &lt;https://evil.example|CERN&gt; &lt;@U024BE7LH&gt;*',
      },
    });
  });

  it('cuts an over-long answer to one message and says so', () => {
    const r: Reply = {
      text: 'many',
      blocks: Array.from({ length: 80 }, (_, i) => ({ kind: 'heading' as const, text: `Heading ${i}` })),
      postings: [],
      suggestions: [],
    };
    expect(renderSlackMessages(r)).toHaveLength(2);
    const one = renderSlack(r);
    expect(one.blocks).toHaveLength(SLACK_MAX_BLOCKS);
    expect(one.blocks.at(-1)).toMatchObject({ type: 'context' });
  });

  it('answers with the reply text when there are no blocks', () => {
    const { blocks } = renderSlack({ text: 'No posting matches.', blocks: [], postings: [], suggestions: [] });
    expect(blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', verbatim: true, text: 'No posting matches.' } },
    ]);
  });
});

describe('packLines and the share button', () => {
  it('never cuts an entity or a surrogate pair when a line is longer than a section', () => {
    const line = escapeSlack(`${'a'.repeat(2_998)}<😀<`.repeat(3));
    for (const chunk of packLines([line], SLACK_SECTION_LIMIT)) {
      expect(chunk.length).toBeLessThanOrEqual(SLACK_SECTION_LIMIT);
      expect(chunk.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
      expect(chunk).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]/);
    }
  });

  it('carries the command text in the button, and offers none when it is over 2000 characters', () => {
    expect(renderShareButton('positions_share', 'show cta-dirac')).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: 'positions_share',
          text: { type: 'plain_text', text: 'Share in channel', emoji: true },
          value: 'show cta-dirac',
        },
      ],
    });
    expect(renderShareButton('positions_share', 'x'.repeat(2_001))).toBeNull();
  });
});

describe('buttons (an actions block)', () => {
  const reply = (actions: Extract<Block, { kind: 'actions' }>['actions']): Reply => ({
    text: 'x',
    blocks: [{ kind: 'actions', actions }],
    postings: [],
    suggestions: [],
  });

  it('becomes Block Kit buttons whose value is the command and whose action id the adapter listens to', () => {
    const [m] = renderSlackMessages(
      reply([
        { label: 'Snooze 1 day', command: 'snooze cta-dirac 1d' },
        { label: 'Stop', command: 'stop cta-dirac', style: 'danger' },
      ]),
    );
    expect(m?.blocks).toEqual([
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: `${COMMAND_ACTION_PREFIX}0`,
            text: { type: 'plain_text', text: 'Snooze 1 day', emoji: true },
            value: 'snooze cta-dirac 1d',
          },
          {
            type: 'button',
            action_id: `${COMMAND_ACTION_PREFIX}1`,
            text: { type: 'plain_text', text: 'Stop', emoji: true },
            value: 'stop cta-dirac',
            style: 'danger',
          },
        ],
      },
    ]);
  });

  it('leaves out a command too long for a button rather than cut it, and cuts a long label', () => {
    const [m] = renderSlackMessages(
      reply([
        { label: 'x'.repeat(200), command: 'applied p1' },
        { label: 'Long', command: `show ${'y'.repeat(SLACK_BUTTON_VALUE_LIMIT)}` },
      ]),
    );
    const actions = m?.blocks[0] as Extract<SlackBlock, { type: 'actions' }>;
    expect(actions.elements.map((e) => e.value)).toEqual(['applied p1']);
    expect(actions.elements[0]?.text.text.length).toBe(SLACK_BUTTON_TEXT_LIMIT);
  });
});

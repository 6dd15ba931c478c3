// Open-ended calls: a posting with no deadline that takes applications at any time is open.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { postingStatus } from '../../src/corpus/status.ts';
import { asJson, at, TZ } from '../answers/helpers.ts';

const posting = (title: string, line: string) =>
  `# ${title}\n\nThe group is looking for an engineer to run its cryogenic plant.\n\n${line}\n\nContact: plant@example.org\n`;

const read = (text: string) => parseFile('p.md', Buffer.from(text)).postings[0];

describe('rolling applications', () => {
  it.each([
    'Applications are accepted at any time; the board meets every two months.',
    'We review applications on a rolling basis.',
    'The position remains open until filled.',
    'Review continues until the position is filled.',
    'Les candidatures sont possibles à tout moment.',
    'Bewerbungen werden laufend entgegengenommen.',
    'Le domande possono essere inviate in qualsiasi momento.',
    'Puede enviar su solicitud en cualquier momento.',
  ])('"%s" makes a posting without a deadline open', (line) => {
    const p = read(posting('Cryogenics Engineer', line));
    expect(p?.deadline).toBeNull();
    expect(p?.rolling?.text).toBe(line);
    expect(postingStatus(p as NonNullable<typeof p>, at('2031-06-01'), TZ)).toBe('open');
  });

  it('is not read from other lines, and a stated deadline wins', () => {
    const none = read(posting('Cryogenics Engineer', 'You will spend some time at the plant.'));
    expect(none?.rolling ?? null).toBeNull();
    expect(postingStatus(none as NonNullable<typeof none>, at('2031-06-01'), TZ)).toBe('unknown');
    const dated = read(
      posting('Cryogenics Engineer', 'Deadline: 3 March 2031. Applications are reviewed on a rolling basis.'),
    );
    expect(dated?.deadline?.date).toBe('2031-03-03');
    expect(dated?.rolling ?? null).toBeNull();
    expect(postingStatus(dated as NonNullable<typeof dated>, at('2031-06-01'), TZ)).toBe('closed');
  });

  it('lists an open call among the open postings, after the dated ones, and not among upcoming deadlines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'positions-rolling-'));
    try {
      await writeFile(
        join(dir, 'open-call.md'),
        posting('Beam Line Associate', 'Applications are accepted at any time.'),
      );
      await writeFile(join(dir, 'dated.md'), posting('Vacuum Technician', 'Closing date: 20 June 2031.'));
      await writeFile(join(dir, 'undated.md'), posting('Survey Engineer', 'Details will follow.'));
      const { postings } = await loadCorpus(dir);
      const brain = createBrain(postings, { timeZone: TZ });
      const open = asJson(brain.answer('which jobs are open right now?', { now: at('2031-06-01'), userId: 'U1' }));
      expect(open.postings.map((p) => p.source.file)).toEqual(['dated.md', 'open-call.md']);
      const upcoming = asJson(brain.answer('deadlines next month', { now: at('2031-05-10'), userId: 'U1' }));
      expect(upcoming.postings.map((p) => p.source.file)).toEqual(['dated.md']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

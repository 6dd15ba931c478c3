// When a call takes applications: a window that has not opened yet ("applications open on 3
// March"), and a notice that it has closed ("The application has already closed").
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { postingStatus } from '../../src/corpus/status.ts';
import { dueReminders } from '../../src/reminders/due.ts';
import { asJson, at, TZ } from '../answers/helpers.ts';

const posting = (title: string, ...lines: string[]) =>
  `# ${title}\n\nThe beam instrumentation group hires a physicist for its wire scanners.\n\n${lines.join('\n\n')}\n\nContact: wires@example.org\n`;

const read = (text: string) => {
  const p = parseFile('p.md', Buffer.from(text)).postings[0];
  if (!p) throw new Error('no posting');
  return p;
};

describe('the day applications open', () => {
  it.each([
    ['The application period runs from 3 March to 28 March 2031.', '2031-03-03', '2031-03-28'],
    ['Applications are accepted between 3 March and 28 March 2031.', '2031-03-03', '2031-03-28'],
    ['Applications open on 3 March 2031 and close on 28 March 2031.', '2031-03-03', '2031-03-28'],
    ['Applications open from March 3 to March 28, 2031.', '2031-03-03', '2031-03-28'],
    ['Les candidatures sont ouvertes du 3 mars 2031 au 28 mars 2031.', '2031-03-03', '2031-03-28'],
  ])('"%s" opens on %s and closes on %s', (line, opens, deadline) => {
    const p = read(posting('Beam Physicist', line));
    expect(p.opens?.date).toBe(opens);
    expect(p.deadline?.date).toBe(deadline);
  });

  it('reads an opening date and a closing date given as headers', () => {
    const p = read(posting('Beam Physicist', 'Opening date: 3 March 2031', 'Closing date: 28 March 2031'));
    expect(p.opens).toMatchObject({ date: '2031-03-03', line: 5 });
    expect(p.deadline?.date).toBe('2031-03-28');
  });

  it('takes no opening day from a deadline alone, a period of work or a start date', () => {
    expect(read(posting('Beam Physicist', 'Applications close on 28 March 2031.')).opens ?? null).toBeNull();
    expect(
      read(posting('Summer Student', 'The internship will run from 2 June to 29 August 2031.')).opens ?? null,
    ).toBeNull();
    expect(read(posting('Beam Physicist', 'Starting date: 1 September 2031.')).opens ?? null).toBeNull();
    // "open until" is a deadline, not an opening.
    const until = read(posting('Beam Physicist', 'Applications open until 28 March 2031.'));
    expect(until.opens ?? null).toBeNull();
    expect(until.deadline?.date).toBe('2031-03-28');
  });

  it('is upcoming before that day, open from it until the deadline, closed after', () => {
    const p = read(posting('Beam Physicist', 'The application period runs from 3 March to 28 March 2031.'));
    expect(postingStatus(p, at('2031-03-02'), TZ)).toBe('upcoming');
    expect(postingStatus(p, at('2031-03-03'), TZ)).toBe('open');
    expect(postingStatus(p, at('2031-03-28'), TZ)).toBe('open');
    expect(postingStatus(p, at('2031-03-29'), TZ)).toBe('closed');
  });
});

describe('a notice that applications have closed', () => {
  it.each([
    'The application has already closed',
    'Applications are now closed.',
    'This position has been filled. Thank you for your interest.',
    'We are no longer accepting applications for this post.',
    'Les candidatures sont closes.',
    'Die Stelle ist besetzt.',
    'Il bando è scaduto.',
    'La convocatoria está cerrada.',
  ])('"%s" closes the posting, whatever its deadline', (line) => {
    const p = read(posting('Beam Physicist', line, 'Deadline: 30 June 2031.'));
    expect(p.closedNotice?.text).toBe(line);
    expect(postingStatus(p, at('2031-03-01'), TZ)).toBe('closed');
    const undated = read(posting('Beam Physicist', line));
    expect(postingStatus(undated, at('2031-03-01'), TZ)).toBe('closed');
  });

  it('is not read from a closing date, a conditional or other lines', () => {
    for (const line of [
      'Applications closed on 30 June 2031.',
      'The position will be closed once a suitable candidate is found.',
      'The vacuum system is closed during the shutdown.',
    ]) {
      const p = read(posting('Beam Physicist', line));
      expect(p.closedNotice ?? null, line).toBeNull();
    }
  });
});

describe('answers about the window', () => {
  const files: Record<string, string> = {
    'later.md': posting('Wire Scanner Physicist', 'The application period runs from 3 March to 28 March 2031.'),
    'ended.md': posting('Cryogenics Technician', 'The application has already closed', 'Deadline: 30 June 2031.'),
    'now.md': posting('Vacuum Engineer', 'Closing date: 20 March 2031.'),
  };

  async function withBrain(run: (ask: (q: string) => ReturnType<typeof asJson>) => void): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'positions-window-'));
    try {
      for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
      const brain = createBrain((await loadCorpus(dir)).postings, { timeZone: TZ });
      run((q) => asJson(brain.answer(q, { now: at('2031-02-20'), userId: 'U1' })));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('says a call is not open yet, and when it opens', async () => {
    await withBrain((ask) => {
      const r = ask('is the wire scanner job open?');
      expect(r.postings[0]?.status).toBe('upcoming');
      expect(r.text).toMatch(/not open yet: applications open on 3 March 2031 .*\(in 11 days\)/);
      expect(ask('when is the deadline for the wire scanner job?').text).toMatch(/28 March 2031.*not open yet/s);
    });
  });

  it('says a call has closed when the posting says so', async () => {
    await withBrain((ask) => {
      const r = ask('is the cryogenics technician job still open?');
      expect(r.postings[0]?.status).toBe('closed');
      expect(r.text).toMatch(/^No, .* is closed: the posting says "The application has already closed"/);
    });
  });

  it('lists only open calls as open, and notes the status in an eligibility answer', async () => {
    await withBrain((ask) => {
      expect(ask('which jobs are open right now?').postings.map((p) => p.source.file)).toEqual(['now.md']);
      expect(ask('can I already apply for the wire scanner job?').text).toMatch(/Note: the posting is not open yet/);
      expect(ask('can I still apply for the cryogenics technician job?').text).toMatch(/Note: the posting is closed/);
    });
  });

  it('sends no reminder for a posting that says it has closed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'positions-window-'));
    try {
      for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
      const { postings } = await loadCorpus(dir);
      const due = (day: string) =>
        dueReminders(postings, { now: at(day), timeZone: TZ, offsets: [7] }).map((d) => d.posting.source.file);
      expect(due('2031-06-23')).toEqual([]);
      expect(due('2031-03-13')).toEqual(['now.md']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

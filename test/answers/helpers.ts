// The corpus the answer tests ask about: the seeds plus test/fixtures/answers (postings in every
// format, deadlines relative to the test clock 2026-11-22), copied into one folder as `positions
// ask --corpus` would read it.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type Brain, createBrain } from '../../src/answers/brain.ts';
import { replyJson } from '../../src/cli/ask.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

export const TZ = 'Europe/Zurich';
/** The test clock: noon in Zurich. */
export const NOW = '2026-11-22';
export const root = new URL('../../', import.meta.url).pathname;

export async function makeCorpus(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'positions-answers-'));
  await cp(join(root, 'seeds'), dir, { recursive: true });
  await cp(join(root, 'test/fixtures/answers'), dir, { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function makeBrain(dir: string): Promise<Brain> {
  const { postings } = await loadCorpus(dir);
  return createBrain(postings, { timeZone: TZ });
}

/**
 * The seeds and test/fixtures/answers copied to a temporary folder and loaded into a brain for
 * the file's tests (made in beforeAll, removed in afterAll); read them inside a test.
 */
export function useFixtureBrain(): { brain: () => Brain; dir: () => string } {
  let made: { dir: string; cleanup: () => Promise<void> } | undefined;
  let brain: Brain | undefined;
  beforeAll(async () => {
    made = await makeCorpus();
    brain = await makeBrain(made.dir);
  });
  afterAll(() => made?.cleanup());
  const need = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('useFixtureBrain: the brain is made in beforeAll; read it inside a test');
    return x;
  };
  return { brain: () => need(brain), dir: () => need(made).dir };
}

/** `--now` as the CLI reads a bare date: noon UTC, the same day in Europe. */
export function at(date: string): Date {
  return /T/.test(date) ? new Date(date) : new Date(`${date}T12:00:00Z`);
}

export interface JsonReply {
  text: string;
  postings: {
    id: string;
    title: string;
    status: string;
    deadline: string | null;
    source: { file: string; line: number };
  }[];
  eligibility?: {
    verdict: string;
    criteria: { text: string; status: string; why: string; line?: number }[];
    missing: string[];
  };
  suggestions: string[];
  topic?: { postingId: string; intent: string };
}

/** The reply as `positions ask --json` prints it. */
export function asJson(reply: ReturnType<Brain['answer']>): JsonReply {
  return JSON.parse(JSON.stringify(replyJson(reply))) as JsonReply;
}

/** A brain over postings written for one test file (name -> text), in a folder made for it. */
export async function brainOfTexts(
  texts: Record<string, string>,
): Promise<{ brain: Brain; dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'positions-texts-'));
  for (const [name, text] of Object.entries(texts)) await writeFile(join(dir, name), text);
  const brain = await makeBrain(dir);
  return { brain, dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface TextsAsker {
  /** The reply to `text` as `positions ask --json` prints it. */
  ask: (text: string) => JsonReply;
  /** The folder the postings were written to. */
  dir: () => string;
  /** The reply to the last of `texts`, each asked in the conversation the ones before it left. */
  converse: (texts: string[]) => JsonReply;
}

/**
 * A brain over postings written for one test file or describe block, made before its tests and
 * removed after them; `ask` answers on the clock `now` as `userId`.
 */
export function askerOfTexts(
  texts: Record<string, string>,
  { now = '2027-01-10', userId = 'U1' }: { now?: string; userId?: string } = {},
): TextsAsker {
  let made: Awaited<ReturnType<typeof brainOfTexts>> | undefined;
  beforeAll(async () => {
    made = await brainOfTexts(texts);
  });
  afterAll(() => made?.cleanup());
  const ready = () => {
    if (!made) throw new Error('askerOfTexts: the brain is made in beforeAll; ask inside a test');
    return made;
  };
  return {
    ask: (text) => asJson(ready().brain.answer(text, { now: at(now), userId })),
    dir: () => ready().dir,
    converse: (texts) => {
      let reply: ReturnType<Brain['answer']> | undefined;
      for (const text of texts) {
        const topic = reply?.topic;
        reply = ready().brain.answer(text, { now: at(now), userId, ...(topic ? { topic } : {}) });
      }
      if (!reply) throw new Error('converse: nothing asked');
      return asJson(reply);
    },
  };
}

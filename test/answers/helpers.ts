// The corpus the answer tests ask about: the seeds plus test/fixtures/answers (postings in every
// format, deadlines relative to the test clock 2026-11-22), copied into one folder as `positions
// ask --corpus` would read it.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

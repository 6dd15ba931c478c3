// Test doubles of the platform (a recording ChannelPoster) and hand-built postings.
import { type Logger, pino } from 'pino';
import type { Reply } from '../../src/answers/reply.ts';
import type { ChannelPoster, Platform, PostOptions } from '../../src/bot/types.ts';
import type { Posting } from '../../src/corpus/posting.ts';

export const TZ = 'Europe/Zurich';

export function posting(id: string, deadline: string | null, extra: Partial<Posting> = {}): Posting {
  return {
    id,
    title: `Software engineer ${id}`,
    organisation: 'CERN',
    experiment: 'CMS',
    location: { text: 'Geneva, Switzerland', line: 3 },
    country: 'Switzerland',
    contacts: [{ text: 'Contact: jane.doe@cern.ch', line: 9, email: 'jane.doe@cern.ch', name: 'Jane Doe' }],
    deadline: deadline ? { text: `Apply by ${deadline}`, line: 7, date: deadline } : null,
    start: null,
    posted: null,
    duration: null,
    workload: null,
    salary: null,
    requiredSkills: [{ text: 'C++ and Python', line: 5, skills: ['C++', 'Python'] }],
    desiredSkills: [],
    degree: null,
    duties: [],
    eligibility: [],
    documents: [{ text: 'CV and a motivation letter', line: 8 }],
    links: ['https://jobs.example.org/apply/1', 'https://jobs.example.org/other'],
    summary: 'A software job.',
    skills: ['C++', 'Python'],
    text: 'A software job.',
    format: 'markdown',
    source: { file: `${id}.md`, line: 1 },
    ...extra,
  };
}

export interface RecordedPost {
  channelId: string;
  reply: Reply;
  key: string | undefined;
  /** A digest's deliveries (PostOptions.covers). */
  covers?: string[];
}

export interface RecordingPoster extends ChannelPoster {
  posts: RecordedPost[];
  /** Attempts that threw. */
  failures: number;
  /** The next `n` posts throw (as a platform refusing the post would). */
  failNext(n: number): void;
  findPostedCalls: { channelId: string; key: string; since: Date }[];
}

/**
 * A platform double: records posts; `findPosted` (unless `withFindPosted` is false) answers from
 * the recorded posts, like a platform searching its channel for the key.
 */
export function recordingPoster(
  platform: Platform = 'mattermost',
  options: { withFindPosted?: boolean; findPostedThrows?: boolean } = {},
): RecordingPoster {
  let failLeft = 0;
  const poster: RecordingPoster = {
    platform,
    posts: [],
    failures: 0,
    findPostedCalls: [],
    failNext(n) {
      failLeft = n;
    },
    async postToChannel(channelId: string, reply: Reply, opts?: PostOptions) {
      if (failLeft > 0) {
        failLeft -= 1;
        poster.failures += 1;
        throw new Error('HTTP 503 from the platform');
      }
      poster.posts.push({ channelId, reply, key: opts?.key, ...(opts?.covers ? { covers: opts.covers } : {}) });
    },
  };
  if (options.withFindPosted !== false) {
    poster.findPosted = async (channelId, key, since) => {
      poster.findPostedCalls.push({ channelId, key, since });
      if (options.findPostedThrows) throw new Error('search unavailable');
      return poster.posts.some((p) => p.channelId === channelId && p.key === key);
    };
  }
  return poster;
}

export interface CapturedLog {
  log: Logger;
  lines: { level: number; msg: string; [k: string]: unknown }[];
}

export function captureLog(): CapturedLog {
  const lines: CapturedLog['lines'] = [];
  const stream = {
    write(chunk: string) {
      for (const line of chunk.split('\n')) if (line.trim()) lines.push(JSON.parse(line));
    },
  };
  return { log: pino({ level: 'debug' }, stream), lines };
}

/** A fixed instant: `local` is a wall-clock time in Europe/Zurich given with its UTC offset. */
export const at = (iso: string) => new Date(iso);

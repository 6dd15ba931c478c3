// The Reply: what the brain says, free of any platform. Renderers in src/render/ turn it into
// plain text, Slack Block Kit or Mattermost markdown; they, and only they, escape.
// All strings here are plain text (no markup), and parts that come from postings are untrusted.
import type { PostingStatus, SourceRef } from '../corpus/posting.ts';
import type { UserFacts } from '../eligibility/index.ts';

/** How a reply names a posting: enough to list it and cite it. */
export interface PostingRef {
  id: string;
  title: string;
  status: PostingStatus;
  /** YYYY-MM-DD or null. */
  deadline: string | null;
  /** When the posting states the deadline's time and zone: that instant (see `Moment`). */
  deadlineAt?: Moment;
  source: SourceRef;
}

/**
 * An instant the posting states ("15 March 2026, 17:00 CET"). A renderer that can show it in each
 * reader's own time zone (Slack's `<!date^…>`) does; `words` are the posting's own wording, in
 * its zone, for readers and clients that cannot.
 */
export interface Moment {
  /** ISO instant (UTC). */
  at: string;
  words: string;
}

/**
 * A piece of a text that names a `Moment`: a renderer that shows instants in the reader's time
 * zone puts the instant in place of the first occurrence of `text`; others keep the text.
 */
export interface InstantMention extends Moment {
  text: string;
}

export type CriterionStatus = 'met' | 'not_met' | 'unknown';
export type Verdict = 'eligible' | 'not_eligible' | 'unknown';

export interface CriterionResult {
  /** The posting's own words. */
  text: string;
  status: CriterionStatus;
  why: string;
  /** Line of the criterion in the posting's file. */
  line?: number;
  /** In a paged document (PDF): the page and the line on it. */
  page?: number;
  pageLine?: number;
}

export interface EligibilityResult {
  verdict: Verdict;
  criteria: CriterionResult[];
  /** What the asker still has to say for an unknown verdict ("your nationality", ...). */
  missing: string[];
}

export interface Field {
  label: string;
  value: string;
  /** Parts of the value that name an instant (a deadline with its time). */
  instants?: InstantMention[];
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; instants?: InstantMention[] }
  /** A posting card: key facts as fields, longer lists as sections. */
  | {
      kind: 'card';
      posting: PostingRef;
      fields: Field[];
      sections: { title: string; items: string[] }[];
      /** The posting's own .ics (src/calendar): a link the bot made from PUBLIC_URL, not posting text. */
      calendar?: string;
    }
  /** A list of postings or plain items, each optionally with a detail line (snippet, days left). */
  | { kind: 'list'; title?: string; items: { posting?: PostingRef; text: string; detail?: string }[] }
  | { kind: 'eligibility'; posting: PostingRef; result: EligibilityResult }
  /** Where the answer comes from. */
  | { kind: 'citation'; source: SourceRef }
  /**
   * Buttons. Pressing one runs `command` (a /positions command such as `snooze <id> 1d`) as a
   * command from the person who pressed it, in the conversation the button is in: a button
   * acts on the presser's own reminders, never on whoever the message was for.
   */
  | { kind: 'actions'; actions: Action[] }
  /** A link the bot made (a calendar feed under PUBLIC_URL), shown whole so it can be copied. */
  | { kind: 'link'; label: string; url: string };

export interface Action {
  /** What the button says ("Snooze 1 day"); plain text. */
  label: string;
  /** The command it runs, as typed after /positions. */
  command: string;
  style?: 'primary' | 'danger';
}

export interface Reply {
  /** The whole answer as a person reads it, plain text without markup. */
  text: string;
  blocks: Block[];
  /** The postings the answer is about, most relevant first. */
  postings: PostingRef[];
  eligibility?: EligibilityResult;
  /** Follow-up commands worth trying ("show cta-dirac", "eligible xrootd"). */
  suggestions: string[];
  /** Set when the reply is about one posting, so a follow-up message can continue. */
  topic?: Topic;
  /** Nothing to post: the asker was already told (a rate limit says so once per minute). */
  silent?: true;
  /** It holds a secret (a calendar feed URL): adapters offer no button to share it. */
  secret?: true;
}

/**
 * What a reply was about, for a conversation to continue: after "am I eligible for the XRootD
 * job?" a DM that only gives facts continues the same check. The bot keeps it for a while.
 */
export interface Topic {
  postingId: string;
  intent: string;
  /**
   * What the asker said about themselves earlier in this conversation (not a stored profile), so
   * "and the DIRAC one?" after "I'm Italian with a master's" is judged on the same facts.
   */
  facts?: UserFacts;
  /**
   * The other postings the reply was about (a comparison, a choice between postings alike), so
   * "and the other one?" asks the same of the next of them.
   */
  others?: string[];
}

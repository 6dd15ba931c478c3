// `help` (and an empty message): the commands, each with an example drawn from the corpus.
import { type AnswerEnv, type Draft, draft, shortName } from './context.ts';

export interface Usage {
  command: string;
  syntax: string;
  does: string;
  example: (name: string) => string;
}

export const USAGES: Usage[] = [
  { command: 'help', syntax: 'help', does: 'this message', example: () => 'help' },
  {
    command: 'list',
    syntax: 'list [open|closed|all] [words]',
    does: 'postings with their status and application deadline, soonest deadline first',
    example: () => 'list open',
  },
  {
    command: 'show',
    syntax: 'show <posting>',
    does: 'the whole posting: organisation, location, deadline, start, salary, contact, duties, skills, eligibility, documents',
    example: (n) => `show ${n}`,
  },
  {
    command: 'search',
    syntax: 'search <words>',
    does: 'ranked matches with a snippet each',
    example: () => 'search python monitoring',
  },
  {
    command: 'deadlines',
    syntax: 'deadlines [N days]',
    does: 'upcoming application deadlines of open postings, soonest first',
    example: () => 'deadlines 30 days',
  },
  {
    command: 'skills',
    syntax: 'skills <posting>',
    does: 'required and desired skills',
    example: (n) => `skills ${n}`,
  },
  {
    command: 'contact',
    syntax: 'contact <posting>',
    does: 'whom to contact or send an application to',
    example: (n) => `contact ${n}`,
  },
  {
    command: 'eligible',
    syntax: 'eligible <posting> [facts about you]',
    does: 'your eligibility, criterion by criterion, quoting the posting',
    example: (n) => `eligible ${n} I'm Italian with a master's degree`,
  },
];

/** Commands the bot itself answers (src/bot/create-bot.ts), with the store: not the brain's. */
export const BOT_USAGES: { syntax: string; does: string }[] = [
  {
    syntax: 'subscribe [14,7,1] [words]',
    does: 'in a channel: reminders there that many days before each application deadline, and announcements of new postings (only those matching the words, if given)',
  },
  { syntax: 'unsubscribe', does: "stop the channel's reminders and announcements" },
  { syntax: 'subscriptions', does: "the channel's subscription" },
  {
    syntax: 'remind <posting> [14,7,1]',
    does: 'a direct message that many days before its deadline (or say "remind me about the <posting> job")',
  },
  {
    syntax: 'subscribe me to <words>',
    does: 'direct messages before the deadlines of every posting matching the words, and about new ones (in a direct message: subscribe <words>)',
  },
  { syntax: 'reminders', does: 'your personal reminders and what is due next' },
  { syntax: 'snooze <posting> 3d', does: 'one more reminder in that many days, then the usual ones' },
  { syntax: 'applied <posting>', does: 'you applied: no more reminders about it (or say "I applied to ...")' },
  { syntax: 'stop <posting>', does: 'no more reminders about that posting' },
  { syntax: 'forget reminders', does: 'delete all your personal reminders' },
  {
    syntax: 'calendar',
    does: 'a private calendar feed (ICS) of deadlines: in a channel, of its subscription; in a direct message, of your own reminders',
  },
  { syntax: 'calendar reset', does: 'revoke that feed URL and get a new one' },
  {
    syntax: 'profile set <facts about you>',
    does: 'keep facts such as nationality, degrees and experience for eligibility questions (opt-in; only in a direct message or with /positions)',
  },
  { syntax: 'profile', does: 'show what I keep about you' },
  { syntax: 'profile forget', does: 'delete it' },
];

export function usageOf(env: AnswerEnv, command: string): Draft {
  const u = USAGES.find((x) => x.command === command);
  const name = exampleName(env);
  const text = u
    ? `Usage: ${u.syntax} (${u.does}). For example: ${u.example(name)}`
    : `I do not know the command '${command}'. Say 'help' for the commands.`;
  return draft([{ kind: 'paragraph', text }], [], { suggestions: u ? [u.example(name)] : ['help'] });
}

/** A posting to use in examples: the first open one, else the first. */
function exampleName(env: AnswerEnv): string {
  const all = env.index.postings();
  const p = all.find((x) => x.deadline && x.deadline.date >= env.today) ?? all[0];
  return p ? shortName(env, p) : 'data engineer';
}

export function answerHelp(env: AnswerEnv): Draft {
  const postings = env.index.postings();
  const name = exampleName(env);
  return draft(
    [
      {
        kind: 'paragraph',
        text: `I answer questions about ${postings.length} research job posting${postings.length === 1 ? '' : 's'}: their deadlines, skills, contacts, pay, and whether you are eligible. Use these commands after /positions or in a direct message:`,
      },
      {
        kind: 'list',
        items: USAGES.map((u) => ({ text: `${u.syntax}: ${u.does}`, detail: `e.g. ${u.example(name)}` })),
      },
      {
        kind: 'list',
        title: 'Reminders and your profile:',
        items: BOT_USAGES.map((u) => ({ text: `${u.syntax}: ${u.does}` })),
      },
      {
        kind: 'paragraph',
        text: `Or ask in your own words: "which positions need C++?", "when is the deadline for the ${name} job?", "who do I contact about it?", "how long is the contract?", "which positions are in France?", "upcoming deadlines", "am I eligible for the ${name} job? I'm Italian with a master's".`,
      },
    ],
    [],
    { suggestions: ['list', 'deadlines', `eligible ${name}`] },
  );
}

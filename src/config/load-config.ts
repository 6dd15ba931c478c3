// Configuration from the environment, validated once at start. Nothing else reads process.env.
import { z } from 'zod';

const offsets = z
  .string()
  .regex(/^\s*\d{1,3}(\s*,\s*\d{1,3})*\s*$/, 'a comma-separated list of day counts, like 14,7,1')
  .transform((s) => s.split(',').map((n) => Number(n.trim())));

// Decimal digits only: `Number()` would take " " as 0 (a random port), "0x10" and "1e3".
const port = z
  .string()
  .regex(/^\d{1,5}$/, 'a port number from 0 to 65535, in decimal digits')
  .transform(Number)
  .refine((n) => n <= 65535, 'a port number from 0 to 65535, in decimal digits');

/** Variables whose values are never echoed, not even in an error message. */
const SECRET = /TOKEN|SECRET|PASSWORD|KEY|URL/;

const EnvSchema = z.object({
  PORT: port.default(3000),
  // Console-only runs answer on loopback; a server that Slack or Mattermost calls sets HOST.
  HOST: z
    .string()
    .regex(/^[\w.:-]+$/, 'an interface address such as 127.0.0.1 or 0.0.0.0')
    .optional(),
  POSITIONS_CORPUS: z.string().min(1).default('seeds'),
  POSITIONS_DB: z.string().min(1).default('data/positions.db'),
  // Checked when the store opens, whose error names the variable without echoing a password.
  DATABASE_URL: z.string().min(1).optional(),
  CLAIM_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  REMINDER_CRON: z.string().min(1).default('0 9 * * *'),
  TZ_REMINDERS: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'an IANA time zone such as Europe/Zurich')
    .default('Europe/Zurich'),
  REMINDER_OFFSETS: offsets.default([14, 7, 1]),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // The address people, calendar apps and Mattermost's button callbacks reach the bot's HTTP port at.
  PUBLIC_URL: z
    .string()
    // A host (name, IPv4 or [IPv6]), a port and a plain path: the links it starts go into
    // Slack's <url|text> and Markdown's [text](url) unescaped, so no character of their syntax.
    .regex(
      /^https?:\/\/(?:[\w.-]+|\[[\da-f:]+\])(?::\d{1,5})?(?:\/[\w.~%/-]*)?$/i,
      'an http:// or https:// address with a plain path and no user, query or fragment, like https://positions.example.org',
    )
    .optional(),

  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'a bot token starting with xoxb-').optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'an app-level token starting with xapp-').optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_API_URL: z.string().url().optional(),

  MATTERMOST_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+/i, 'an http:// or https:// address')
    .refine(
      (u) => !/^https?:\/\/[^/]*@/i.test(u),
      'an address without a user or password (the bot uses MATTERMOST_TOKEN)',
    )
    .url()
    .optional(),
  MATTERMOST_TOKEN: z.string().min(1).optional(),
  MATTERMOST_COMMAND_TOKEN: z.string().min(1).optional(),
  MATTERMOST_ACTIONS_SECRET: z.string().min(16, 'at least 16 characters').optional(),
});

/** Every variable the config reads (the deployment manifests may set only these). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set; HTTP mode (with the signing secret) otherwise. */
  appToken?: string;
  signingSecret?: string;
  apiUrl?: string;
}

export interface MattermostConfig {
  url: string;
  token: string;
  commandToken?: string;
  /** The key of button signatures (MATTERMOST_ACTIONS_SECRET); derived from the token when unset. */
  actionSecret?: string;
}

export interface Config {
  port: number;
  /** The interface the HTTP server binds: HOST, else 127.0.0.1 in the console and 0.0.0.0 otherwise. */
  host: string;
  corpusDir: string;
  dbPath: string;
  /** PostgreSQL (several replicas) when set; the SQLite file `dbPath` otherwise. */
  databaseUrl?: string;
  /** How long a reminder's claim outlives a replica that stopped renewing it. */
  claimLeaseMs: number;
  reminderCron: string;
  timeZone: string;
  reminderOffsets: number[];
  rateLimitPerMinute: number;
  logLevel: string;
  /**
   * Where the bot's HTTP port is reached from outside (PUBLIC_URL, no trailing slash): calendar
   * feed and posting links and Mattermost's button callbacks start with it. Default http://localhost:PORT (with PORT=0, the port
   * really listened on: see `publicUrlOf`).
   */
  publicUrl: string;
  slack?: SlackConfig;
  mattermost?: MattermostConfig;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the config; a wrong value throws a ConfigError whose message names the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset: `FOO=` in a .env file should not fail validation.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${name}: ${issue?.message ?? 'invalid value'}${describeValue(name, env[name])}`);
  }
  const e = parsed.data;
  const config: Config = {
    port: e.PORT,
    host: e.HOST ?? '127.0.0.1',
    corpusDir: e.POSITIONS_CORPUS,
    dbPath: e.POSITIONS_DB,
    claimLeaseMs: e.CLAIM_LEASE_SECONDS * 1000,
    reminderCron: e.REMINDER_CRON,
    timeZone: e.TZ_REMINDERS,
    reminderOffsets: e.REMINDER_OFFSETS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
  };
  if (e.DATABASE_URL) config.databaseUrl = e.DATABASE_URL;
  if (e.SLACK_BOT_TOKEN) {
    if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      throw new ConfigError('SLACK_SIGNING_SECRET: required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
    }
    config.slack = {
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      apiUrl: e.SLACK_API_URL,
    };
  } else {
    // A Slack credential without the bot token would silently give console mode.
    const lone = (['SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_API_URL'] as const).find((k) => e[k]);
    if (lone) throw new ConfigError(`SLACK_BOT_TOKEN: required with ${lone}`);
  }
  if (e.MATTERMOST_COMMAND_TOKEN && !e.MATTERMOST_URL && !e.MATTERMOST_TOKEN) {
    throw new ConfigError('MATTERMOST_URL: required with MATTERMOST_COMMAND_TOKEN (and MATTERMOST_TOKEN)');
  }
  if (e.MATTERMOST_URL || e.MATTERMOST_TOKEN) {
    if (!e.MATTERMOST_URL) throw new ConfigError('MATTERMOST_URL: required with MATTERMOST_TOKEN');
    if (!e.MATTERMOST_TOKEN) throw new ConfigError('MATTERMOST_TOKEN: required with MATTERMOST_URL');
    config.mattermost = {
      url: e.MATTERMOST_URL,
      token: e.MATTERMOST_TOKEN,
      commandToken: e.MATTERMOST_COMMAND_TOKEN,
      ...(e.MATTERMOST_ACTIONS_SECRET ? { actionSecret: e.MATTERMOST_ACTIONS_SECRET } : {}),
    };
  }
  // A platform is called from outside: listen on every interface unless HOST says otherwise.
  if (!e.HOST && (config.slack || config.mattermost)) config.host = '0.0.0.0';
  return config;
}

/** The public address once the port is known: the default follows PORT=0 to the port taken. */
export function publicUrlOf(config: Pick<Config, 'publicUrl' | 'port'>, port: number): string {
  return config.port === 0 && config.publicUrl === 'http://localhost:0' ? `http://localhost:${port}` : config.publicUrl;
}

/** The value of a plain variable, for the error line; a secret's (or a URL's, which may carry a password) never. */
function describeValue(name: string, value: string | undefined): string {
  if (value === undefined) return '';
  if (SECRET.test(name)) return ` (value not shown, ${value.length} characters)`;
  return ` (got ${JSON.stringify(value)})`;
}

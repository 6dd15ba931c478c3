// manifest.yml is pasted into Slack as it is: it must satisfy Slack's published manifest schema
// (vendored in test/fixtures with Slack's MIT licence), and the parts the adapter relies on
// (command, events, Socket Mode, scopes) must be exactly right.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { SHARE_ACTION_ID, SLASH_COMMAND } from '../src/adapters/slack/slack-adapter.ts';

const root = new URL('../', import.meta.url);
const manifest: unknown = parse(readFileSync(new URL('manifest.yml', root), 'utf8'));
const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('test/fixtures/slack-manifest.schema.1.0.0.json', root)), 'utf8'),
) as object;

/** The scopes the adapter needs, each justified in manifest.yml; no more, no fewer. */
const EXPECTED_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'chat:write',
  'commands',
  'groups:history',
  'im:history',
  'im:write',
];

const OurManifest = z.object({
  display_information: z.object({ name: z.string().min(1).max(35), description: z.string().min(1) }),
  features: z.object({
    app_home: z.object({ messages_tab_enabled: z.literal(true), messages_tab_read_only_enabled: z.literal(false) }),
    bot_user: z.object({ display_name: z.string().min(1) }),
    slash_commands: z
      .array(
        z.object({
          command: z.literal(SLASH_COMMAND),
          description: z.string().min(1),
          usage_hint: z.string().min(1),
          // Socket Mode: Slack delivers the command over the socket, there is no URL.
          url: z.never().optional(),
        }),
      )
      .length(1),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()), user: z.never().optional() }) }),
  settings: z.object({
    socket_mode_enabled: z.literal(true),
    interactivity: z.object({ is_enabled: z.literal(true), request_url: z.never().optional() }),
    event_subscriptions: z.object({ bot_events: z.array(z.string()), request_url: z.never().optional() }),
  }),
});

describe('manifest.yml', () => {
  it("validates against Slack's manifest JSON schema", () => {
    // The published schema carries a few non-standard keywords (`regex`, `_note`).
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i);
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The schema is strict enough to catch a broken manifest.
    const broken = structuredClone(manifest) as { features: { slash_commands: { command: string }[] } };
    const [command] = broken.features.slash_commands;
    if (command) command.command = 'positions';
    expect(validate(broken)).toBe(false);
  });

  it('declares /positions, Socket Mode, interactivity, the DM tab and the two bot events', () => {
    const m = OurManifest.parse(manifest);
    expect(m.features.slash_commands[0]?.command).toBe('/positions');
    expect([...m.settings.event_subscriptions.bot_events].sort()).toEqual(['app_mention', 'message.im']);
  });

  it('asks for exactly the bot scopes the adapter uses', () => {
    const m = OurManifest.parse(manifest);
    expect([...m.oauth_config.scopes.bot].sort()).toEqual(EXPECTED_SCOPES);
    expect(new Set(m.oauth_config.scopes.bot).size).toBe(m.oauth_config.scopes.bot.length);
  });

  it('the share button id the adapter listens to is a valid Block Kit action id', () => {
    expect(SHARE_ACTION_ID).toMatch(/^[a-z_]{1,255}$/);
  });
});

// The App Home and its subscribe modal, as Bolt listeners: `app_home_opened` publishes the
// user's home (views.publish); its Subscribe button opens the modal (views.open, with the click's
// trigger id, good for 3 seconds); the modal's view_submission saves the personal subscription,
// or shows what to correct, and publishes the home again.
import type { App, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Reply } from '../../answers/reply.ts';
import type { Inbound } from '../../bot/types.ts';
import type { HomeService } from '../../home/home-service.ts';
import { personalChannel } from '../../reminders/personal.ts';
import {
  HOME_SUBSCRIBE_ACTION,
  readSlackSubscribeModal,
  renderSlackHome,
  renderSlackSubscribeModal,
  SUBSCRIBE_CALLBACK,
  slackFormErrors,
} from '../../render/slack-home.ts';
import { HomeOpenedEvent, ViewAction, ViewSubmission } from './slack-payloads.ts';

export interface SlackHomeDeps {
  client: webApi.WebClient;
  home: HomeService;
  log: Logger;
  /** True the first time an event id is seen (Slack redelivers events it thinks were missed). */
  firstTime: (eventId: string | undefined) => Promise<boolean>;
  track: <T>(work: Promise<T>) => Promise<T>;
  /** The bot's answer to an inbound (a button's command). */
  answer: (inbound: Inbound) => Promise<Reply>;
}

/** What a button did, on top of the home: the first line of its answer. */
const NOTICE_CHARS = 300;

function noticeOf(reply: Reply): string {
  const first = reply.text.split('\n').find((l) => l.trim() !== '') ?? '';
  return first.length <= NOTICE_CHARS ? first : `${first.slice(0, NOTICE_CHARS - 1)}…`;
}

/** What a view carries back in `private_metadata`: the user's DM channel with the bot. */
interface ViewMetadata {
  channel?: string;
}

function readMetadata(raw: string | undefined): ViewMetadata {
  try {
    const parsed = JSON.parse(raw ?? '') as unknown;
    const channel = (parsed as ViewMetadata | null)?.channel;
    return typeof channel === 'string' && /^[A-Z0-9]{1,32}$/.test(channel) ? { channel } : {};
  } catch {
    return {};
  }
}

export interface HomeTab {
  publish(userId: string, notice?: string, metadata?: ViewMetadata): Promise<void>;
  /** Opens the subscribe modal with a trigger id; false when Slack refused (an expired trigger). */
  openForm(userId: string, triggerId: string, privateMetadata: string): Promise<boolean>;
  /** A command button pressed in the Home tab: run as the user, then the home again, saying what it did. */
  press(userId: string, command: string, privateMetadata: string): Promise<void>;
}

export function listenHome(app: App, deps: SlackHomeDeps): HomeTab {
  const { client, home, log, track } = deps;

  /** The subscribe modal, for a click's or a command's trigger (it lasts 3 seconds: at once). */
  async function openForm(userId: string, triggerId: string, privateMetadata: string): Promise<boolean> {
    const form = await home.form('slack', userId);
    return client.views
      .open({ trigger_id: triggerId, view: renderSlackSubscribeModal(form, privateMetadata) as never })
      .then(
        () => true,
        (err: unknown) => {
          log.warn({ err: String(err) }, 'slack: could not open the subscribe modal');
          return false;
        },
      );
  }

  async function publish(userId: string, notice?: string, metadata: ViewMetadata = {}): Promise<void> {
    const view = renderSlackHome(await home.home('slack', userId, notice), JSON.stringify(metadata));
    await client.views.publish({ user_id: userId, view: view as never });
  }

  app.event('app_home_opened', async ({ event, body }) => {
    const parsed = HomeOpenedEvent.safeParse(event);
    if (!parsed.success || (parsed.data.tab ?? 'home') !== 'home') return;
    if (!(await deps.firstTime((body as { event_id?: string }).event_id))) return;
    const { user, channel } = parsed.data;
    await track(
      publish(user, undefined, channel ? { channel } : {}).catch((err: unknown) =>
        log.warn({ err: String(err) }, 'slack: could not publish the App Home'),
      ),
    );
  });

  app.action({ type: 'block_actions', action_id: HOME_SUBSCRIBE_ACTION }, async ({ ack, body }) => {
    await ack();
    const parsed = ViewAction.safeParse(body);
    if (!parsed.success) {
      log.warn({ issues: parsed.error.issues.length }, 'slack: malformed App Home action payload');
      return;
    }
    const { user, trigger_id, view } = parsed.data;
    await track(openForm(user.id, trigger_id, view?.private_metadata ?? ''));
  });

  app.view(SUBSCRIBE_CALLBACK, async ({ ack, body }) => {
    const parsed = ViewSubmission.safeParse(body);
    if (!parsed.success) {
      log.warn({ issues: parsed.error.issues.length }, 'slack: malformed modal submission');
      await ack();
      return;
    }
    const { user, view } = parsed.data;
    const result = await home.save('slack', user.id, readSlackSubscribeModal(view.state.values));
    if (!result.ok) {
      // The modal stays open with the errors under their inputs.
      await ack({ response_action: 'errors', errors: slackFormErrors(result.errors) });
      return;
    }
    await ack();
    await track(
      publish(user.id, result.notice, readMetadata(view.private_metadata)).catch((err: unknown) =>
        log.warn({ err: String(err) }, 'slack: saved the subscription but could not publish the App Home'),
      ),
    );
  });

  async function press(userId: string, command: string, privateMetadata: string): Promise<void> {
    const metadata = readMetadata(privateMetadata);
    const reply = await deps.answer({
      platform: 'slack',
      userId,
      // The user's DM with the bot, where the home was opened from.
      channelId: metadata.channel ?? personalChannel(userId),
      isDirect: true,
      kind: 'command',
      text: command,
    });
    await publish(userId, reply.silent ? undefined : noticeOf(reply), metadata).catch((err: unknown) =>
      log.warn({ err: String(err) }, 'slack: could not publish the App Home after a button'),
    );
  }

  return { publish, openForm, press };
}

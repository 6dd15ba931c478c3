// The subscribe form as a Mattermost interactive dialog. `/positions reminders edit` (or
// `subscribe me` alone in a direct message) opens it with the command's trigger id
// (POST /api/v4/actions/dialogs/open); Mattermost shows it to the user the trigger was made for
// and POSTs the submission to PUBLIC_URL/mattermost/dialog. That request is not signed by
// Mattermost, so the dialog's state is (./signed-state.ts): a submission is taken only for the
// user and channel the bot opened the dialog for, within the hour.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Reply } from '../../answers/reply.ts';
import { formRequest } from '../../home/form-request.ts';
import type { HomeService } from '../../home/home-service.ts';
import type { Metrics } from '../../observability/metrics.ts';
import { mattermostFormErrors, readMattermostDialog, renderMattermostDialog } from '../../render/mattermost-dialog.ts';
import { renderPlain } from '../../render/plain-text.ts';
import { readJsonBody } from '../body-guard.ts';
import type { HttpServer } from '../http-server.ts';
import { deriveKey, signState, verifyState } from './signed-state.ts';

export const DIALOG_PATH = '/mattermost/dialog';
/** How long an opened form may be submitted. */
const FORM_TTL_MS = 3_600_000;

const Submission = z.object({
  type: z.string().max(64).optional(),
  callback_id: z.string().max(255).optional(),
  state: z.string().max(1_000).default(''),
  user_id: z.string().min(1).max(64),
  channel_id: z.string().min(1).max(64),
  submission: z.record(z.string(), z.unknown()).nullish(),
  cancelled: z.boolean().default(false),
});

export interface DialogDeps {
  http: HttpServer;
  home: HomeService;
  log: Logger;
  metrics: Metrics;
  /** Where Mattermost can reach the bot (PUBLIC_URL). */
  publicUrl: string;
  /** The secret the state's key is derived from (the bot's access token). */
  secret: string;
  /** POST /api/v4/actions/dialogs/open through the bot's client. */
  openDialog: (request: unknown) => Promise<unknown>;
  /** Whether a channel is a direct message (GET /api/v4/channels/{id}). */
  isDirect: (channelId: string) => Promise<boolean>;
  /** Posts a reply in a channel, its buttons only for `userId`. */
  postReply: (channelId: string, reply: Reply, userId: string) => Promise<void>;
  clock?: () => number;
}

export interface CommandFields {
  user_id: string;
  channel_id: string;
  trigger_id?: string | undefined;
  text: string;
}

/**
 * The home without its buttons: Mattermost puts a post's buttons in one row under it, where a
 * dozen "Snooze 1 day" would not say which posting each is for. Reminders carry their own.
 */
function withoutButtons(reply: Reply): Reply {
  const out: Reply = { ...reply, blocks: reply.blocks.filter((b) => b.kind !== 'actions') };
  out.text = renderPlain(out);
  return out;
}

export function createMattermostDialogs(deps: DialogDeps) {
  const { http, home, log, metrics } = deps;
  const key = deriveKey(deps.secret, 'mattermost-dialog-state');
  const now = deps.clock ?? Date.now;
  const url = `${deps.publicUrl.replace(/\/+$/, '')}${DIALOG_PATH}`;

  function answer(res: ServerResponse, status: number, body: unknown = {}): void {
    const json = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json);
  }

  /**
   * Opens the form when the command asks for it: the text to answer the command with, or null
   * when the command is no form request (the bot answers it as usual).
   */
  async function tryOpen(cmd: CommandFields): Promise<string | null> {
    const request = formRequest(cmd.text);
    if (!request || !cmd.trigger_id) return null;
    if (request === 'subscribe-me' && !(await deps.isDirect(cmd.channel_id).catch(() => false))) return null;
    const form = await home.form('mattermost', cmd.user_id);
    const state = signState(key, { userId: cmd.user_id, channelId: cmd.channel_id }, now() + FORM_TTL_MS);
    try {
      await deps.openDialog({ trigger_id: cmd.trigger_id, url, dialog: renderMattermostDialog(form, state) });
      return 'Choose your reminders in the form.';
    } catch (err) {
      log.warn({ err: String(err) }, 'mattermost: could not open the subscribe dialog');
      return "I could not open the form. Say 'subscribe me to <words>' instead, or try again.";
    }
  }

  async function onSubmission(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const json = await readJsonBody(http.bodies, req, res, (reason) =>
      metrics.requestsRefused.inc({ platform: 'mattermost', reason }),
    );
    if (json === undefined) return;
    const parsed = Submission.safeParse(json);
    if (!parsed.success) {
      answer(res, 400);
      return;
    }
    const s = parsed.data;
    const signed = verifyState(key, s.state, now());
    // Not a state the bot made, expired, or for another user or channel: a forged submission.
    if (!signed || signed.userId !== s.user_id || signed.channelId !== s.channel_id) {
      log.warn(
        { path: DIALOG_PATH },
        'mattermost dialog submission refused: its state is not one the bot signed for it',
      );
      metrics.requestsRefused.inc({ platform: 'mattermost', reason: 'unauthorized' });
      answer(res, 403);
      return;
    }
    if (s.cancelled) {
      answer(res, 200);
      return;
    }
    const result = await home.save('mattermost', s.user_id, readMattermostDialog(s.submission ?? {}));
    if (!result.ok) {
      // The dialog stays open, each error under its element.
      answer(res, 200, { errors: mattermostFormErrors(await home.form('mattermost', s.user_id), result.errors) });
      return;
    }
    answer(res, 200);
    // What the reminders now bring, in the conversation the form was opened from.
    const { reply } = await home.home('mattermost', s.user_id, result.notice);
    await deps
      .postReply(s.channel_id, withoutButtons(reply), s.user_id)
      .catch((err: unknown) =>
        log.warn({ err: String(err) }, 'mattermost: saved the subscription but could not say so'),
      );
  }

  http.route('POST', DIALOG_PATH, onSubmission);
  return { tryOpen };
}

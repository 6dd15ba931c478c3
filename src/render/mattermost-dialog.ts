// The subscribe form as a Mattermost interactive dialog (actions/dialogs/open), within the
// server's limits (model/integration_action.go: a title and display names of at most 24 bytes,
// help text 150, a text element's default 150, a textarea's 3000): a filter, and one checkbox
// (a `bool` element) a day. Its submission comes back as { filter, days_30: true, ... }.
import { MAX_FILTER, type SubmittedForm, type SubscribeForm } from '../home/subscribe-form.ts';

export const DIALOG_CALLBACK = 'positions_subscribe';
const FILTER = 'filter';
const DAY_PREFIX = 'days_';
/** A `text` element's default is at most 150 bytes; a longer filter goes in a textarea. */
const TEXT_DEFAULT_BYTES = 150;

export interface MattermostDialogElement {
  display_name: string;
  name: string;
  type: 'text' | 'textarea' | 'bool';
  default?: string;
  placeholder?: string;
  help_text?: string;
  optional?: boolean;
  max_length?: number;
}

export interface MattermostDialog {
  callback_id: string;
  title: string;
  introduction_text: string;
  elements: MattermostDialogElement[];
  submit_label: string;
  notify_on_cancel: boolean;
  state: string;
}

function dayLabel(days: number): string {
  if (days === 0) return 'On the deadline day';
  return `${days} day${days === 1 ? '' : 's'} before`;
}

/** The dialog for `form`; `state` comes back with the submission (the bot signs it). */
export function renderMattermostDialog(form: SubscribeForm, state: string): MattermostDialog {
  const long = Buffer.byteLength(form.filter, 'utf8') > TEXT_DEFAULT_BYTES;
  const named =
    form.postingCount > 0
      ? ` The ${form.postingCount} posting${form.postingCount === 1 ? '' : 's'} you asked to be reminded of stay${form.postingCount === 1 ? 's' : ''}.`
      : '';
  return {
    callback_id: DIALOG_CALLBACK,
    title: 'Deadline reminders',
    introduction_text: `I send you a direct message before the deadlines of the postings you choose.${named}`,
    elements: [
      {
        display_name: 'Postings matching',
        name: FILTER,
        type: long ? 'textarea' : 'text',
        optional: true,
        max_length: MAX_FILTER,
        placeholder: 'e.g. CMS Python',
        help_text: 'Words a posting must all match: a skill, an experiment, a place. Empty: all postings.',
        ...(form.filter ? { default: form.filter } : {}),
      },
      ...form.offsets.map(
        (o): MattermostDialogElement => ({
          display_name: dayLabel(o.days),
          name: `${DAY_PREFIX}${o.days}`,
          type: 'bool',
          optional: true,
          default: o.chosen ? 'true' : 'false',
          placeholder: `Remind me ${o.days === 0 ? 'on the deadline day' : dayLabel(o.days)}`,
        }),
      ),
    ],
    submit_label: 'Save',
    notify_on_cancel: false,
    state,
  };
}

/** A dialog submission's values, read back into the form's answers. */
export function readMattermostDialog(submission: Record<string, unknown>): SubmittedForm {
  const filter = submission[FILTER];
  const offsets = Object.entries(submission)
    .filter(([k, v]) => k.startsWith(DAY_PREFIX) && (v === true || v === 'true'))
    .map(([k]) => k.slice(DAY_PREFIX.length));
  return { filter: typeof filter === 'string' ? filter : null, offsets };
}

/** Field errors as a dialog answer wants them: by element name (the days' under the first day). */
export function mattermostFormErrors(
  form: SubscribeForm,
  errors: Partial<Record<'filter' | 'offsets', string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (errors.filter) out[FILTER] = errors.filter;
  const first = form.offsets[0];
  if (errors.offsets && first) out[`${DAY_PREFIX}${first.days}`] = errors.offsets;
  return out;
}

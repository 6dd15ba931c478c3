// The buttons under what the bot posts on its own. A button runs a command as the person who
// presses it (src/answers/reply.ts 'actions'), so each one offers what makes sense for the
// presser: under a personal reminder, its owner's snooze / applied / stop; under a channel's,
// "remind me" and "I applied" for whoever reads it (the channel's own reminders stay).
import type { Block } from '../answers/reply.ts';
import { isPersonal } from './personal.ts';

export function personalReminderActions(postingId: string): Block {
  return {
    kind: 'actions',
    actions: [
      { label: 'Snooze 1 day', command: `snooze ${postingId} 1d` },
      { label: 'Snooze 3 days', command: `snooze ${postingId} 3d` },
      { label: 'I applied', command: `applied ${postingId}`, style: 'primary' },
      { label: 'Stop this one', command: `stop ${postingId}` },
      { label: 'Stop all', command: 'forget reminders', style: 'danger' },
    ],
  };
}

export function channelReminderActions(postingId: string): Block {
  return {
    kind: 'actions',
    actions: [
      { label: 'Remind me', command: `remind ${postingId}`, style: 'primary' },
      { label: 'I applied', command: `applied ${postingId}` },
    ],
  };
}

/** The buttons of a reminder to `channelId` about `postingId`. */
export function reminderActions(channelId: string, postingId: string): Block {
  return isPersonal(channelId) ? personalReminderActions(postingId) : channelReminderActions(postingId);
}

/** The buttons of an announcement (a new posting, a changed deadline). */
export function announcementActions(channelId: string, postingId: string): Block {
  return isPersonal(channelId)
    ? {
        kind: 'actions',
        actions: [
          { label: 'I applied', command: `applied ${postingId}`, style: 'primary' },
          { label: 'Stop this one', command: `stop ${postingId}` },
        ],
      }
    : { kind: 'actions', actions: [{ label: 'Remind me', command: `remind ${postingId}`, style: 'primary' }] };
}

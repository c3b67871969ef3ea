import type fr from './fr.js';

/** English messages of <family-calendar>'s dialogs. */
export default {
  'calendar.dialog.close': 'Close',
  'calendar.feed.title': 'Subscribe to the calendar',
  'calendar.feed.intro':
    'Add your confirmed bookings to your calendar app (Google Calendar, Outlook, Apple Calendar) with this private link. Do not share it: anyone who has it sees your bookings.',
  'calendar.feed.none': 'You have no subscription link yet.',
  'calendar.feed.create': 'Create the link',
  'calendar.feed.url': 'Your private link',
  'calendar.feed.created':
    'Created on {date} at {time}. Paste it in your calendar app, under “Subscribe by URL”.',
  'calendar.feed.copy': 'Copy the link',
  'calendar.feed.renew': 'Change the link',
  'calendar.feed.renew.hint':
    'Changing the link creates a new one: the old one stops working. Removing the link stops it without a replacement.',
  'calendar.feed.revoke': 'Remove the link',
  'calendar.feed.sending': 'Sending…',
  'calendar.feed.notice.created': 'Your link is created.',
  'calendar.feed.notice.renewed': 'New link created: the old one no longer works.',
  'calendar.feed.notice.revoked': 'Link removed: it no longer works.',
  'calendar.feed.notice.copied': 'Link copied.',
} satisfies Record<keyof typeof fr, string>;

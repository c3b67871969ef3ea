import type fr from './fr.js';

/** English messages of <family-inbox>. */
export default {
  'inbox.title': 'Messages',
  'inbox.unread.one': '1 new message',
  'inbox.unread.other': '{count} new messages',
  'inbox.compose': 'New message',
  'inbox.threads': 'Your conversations with the services',
  'inbox.empty': 'You have not exchanged any message with the commune’s services yet.',
  'inbox.thread.last': 'Last message on {date} at {time}',
  'inbox.thread.answered': 'The service answered',
  'inbox.thread.waiting': 'Waiting for an answer',
  'inbox.thread.count.one': '1 message',
  'inbox.thread.count.other': '{count} messages',
  'inbox.thread.unread.one': '1 unread message',
  'inbox.thread.unread.other': '{count} unread messages',
} satisfies Record<keyof typeof fr, string>;

import type fr from './fr.js';

/** English messages of <child-enrol>. */
export default {
  'enrol.title': 'Enrol my child in a holiday camp',

  // The camps and when registration opens
  'enrol.camps.title': 'Holiday camps and courses on offer',
  'enrol.camps.none': 'No holiday camps or courses are on offer at the moment.',
  'enrol.camp.dates': 'From {first} to {last}',
  'enrol.camp.open': 'Registration open until {date}.',
  'enrol.camp.notYetOpen': 'Registration opens on {date}.',
  'enrol.camp.closed': 'Registration closed on {date}.',
  'enrol.camp.enrol': 'Enrol my child: {camp}',
  'enrol.camp.payWithin': 'To pay within {days} days of closing your requests.',

  // Who can be enrolled, and why not
  'enrol.notRegistered': 'To enrol your children, first register as a parent with the service.',
  'enrol.notRegistered.link': 'Register as a parent',
  'enrol.noChild': 'Register your child first: you can then enrol them in holiday camps.',
  'enrol.noChild.link': 'Register a child',
  'enrol.blocked.title': 'These children cannot be enrolled yet',
  'enrol.blocked.identity': '{name}: their school and school year still need to be filled in.',
  'enrol.blocked.health-missing': '{name}: their health form needs to be filled in.',
  'enrol.blocked.health-to-update': '{name}: their health form needs updating.',
  'enrol.blocked.noGroup': '{name}: this camp does not take children of their age or school year.',
  'enrol.blocked.link': 'Complete {name}’s details',
  'enrol.abandoned': 'The enrolment was abandoned and its draft deleted.',
  'enrol.outcome.waiting':
    '{label}: {name} is no. {position} on the waiting list. We will let you know as soon as a place becomes free.',
  'enrol.next.close': 'Close my requests',

  // "Brouillons en cours"
  'enrol.drafts.title': 'Drafts in progress',
  'enrol.drafts.item': 'Tracking code {code} · {camp} · changed on {date}',
  'enrol.drafts.child': 'for {name}',
  'enrol.drafts.resume': 'Resume draft {code}',
  'enrol.drafts.delete': 'Delete draft {code}',
  'enrol.drafts.deleted': 'Draft {code} has been deleted.',

  // "Mes inscriptions"
  'enrol.list.title': 'My enrolments',
  'enrol.list.item': '{name} · {camp} · request no. {number}',
  'enrol.list.state.open': 'To close',
  'enrol.list.state.closed': 'In the cart, to pay',
  'enrol.list.state.paid': 'Paid',
  'enrol.list.state.cancelled': 'Cancelled',
  'enrol.week.full': 'Full: no place reserved',
  'enrol.week.booked': 'Booked',
  'enrol.week.waiting': 'Waiting list (no. {position})',
  'enrol.week.waitingNoPosition': 'Waiting list',
  'enrol.week.offered': 'A place has become free',
  'enrol.week.released': 'Places released',
  'enrol.week.unsubscribe-requested': 'Withdrawal requested',
  'enrol.week.unsubscribed': 'Withdrawn',
  'enrol.week.line': '{label} ({dates}): {status}',
  'enrol.list.closeHint': 'You have requests to close: close them once all your children are enrolled.',
  'enrol.list.history': 'History of request no. {number}',
  'enrol.closing.done': 'Your requests are closed: the item is in your cart.',

  // Unsubscribing from a paid week (seed 001)
  'enrol.unsubscribe.action': 'Withdraw from week {label}',
} satisfies Record<keyof typeof fr, string>;

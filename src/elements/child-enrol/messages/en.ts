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

  // The steps
  'enrol.step.parent': 'Your details',
  'enrol.step.child': 'Who are you enrolling?',
  'enrol.step.weeks': 'Camp weeks',
  'enrol.step.check': 'Confirm',
  'enrol.parent.intro': 'Check your details: the service uses them to confirm the enrolment to you.',
  'enrol.parent.name': 'Name',
  'enrol.parent.address': 'Address',
  'enrol.parent.phone': 'Phone',
  'enrol.parent.email': 'E-mail',
  'enrol.parent.change': 'Change my details',
  'enrol.trackingCode.label': 'Tracking code:',
  'enrol.trackingCode.saving': 'Tracking code: being assigned…',
  'enrol.trackingCode.hint':
    'Write this code down: your request is kept as a draft, and you can pick it up again on another device.',
  'enrol.draft.notSaved':
    'The draft could not be saved with the service: what you have chosen stays on this page.',
  'enrol.field.child': 'Choose the child to enrol',
  'enrol.child.group': '{group}',
  'enrol.weeks.intro':
    'Tick a week’s theme to choose all its days, with the planned activities. Nothing is booked until you select “Confirm”.',
  'enrol.weeks.for': '{name}’s camp weeks',
  'enrol.recap.intro':
    'Confirming books a place for {name} on the dates chosen. You will be sent a summary by e-mail.',
  'enrol.recap.camp': 'Camp',
  'enrol.recap.child': 'Child',
  'enrol.recap.weeks': 'Camp weeks',
  'enrol.recap.waiting': 'Waiting list requested',
  'enrol.recap.week': '{label} · {dates}',
  'enrol.recap.activities': 'Activities: {names}',
  'enrol.action.start': 'Start the enrolment',
  'enrol.action.next': 'Next',
  'enrol.action.previous': 'Previous',
  'enrol.action.validate': 'Confirm',
  'enrol.action.abandon': 'Abandon',
  'enrol.action.home': 'Back to the camps',
  'enrol.abandoned': 'The enrolment was abandoned and its draft deleted.',

  // After "Valider"
  'enrol.outcome.title': 'Booking request recorded for {name}',
  'enrol.outcome.accepted': '{label}: booking accepted, from {first} to {last}.',
  'enrol.outcome.full':
    '{camp}, week {label}: no places left on {days}. No place has been booked for this week.',
  'enrol.outcome.joinWaiting': 'Put me on the waiting list ({label})',
  'enrol.outcome.waiting':
    '{label}: {name} is no. {position} on the waiting list. We will let you know as soon as a place becomes free.',
  'enrol.outcome.allFull': 'No week could be booked: all the weeks you chose are full.',
  'enrol.next.title': 'Enrol another child or close my requests?',
  'enrol.next.intro':
    'By closing, you tell us you have enrolled all your children (one request per child): the price is worked out on the children enrolled so far.',
  'enrol.next.sibling': 'Also enrol {name} on the same days',
  'enrol.next.siblingHint': '{weeks}, without going through the steps again.',
  'enrol.next.another': 'Enrol another child',
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

  // "Clôturer mes demandes"
  'enrol.closing.title': 'Close my requests',
  'enrol.closing.intro':
    'All your open requests, for all your children, will be closed. An item will be put in your cart, to pay within {days} days: without payment, the places will be released.',
  'enrol.closing.nothing': 'You have no requests to close.',
  'enrol.closing.confirm': 'Confirm closing ({total})',
  'enrol.closing.back': 'Back',
  'enrol.closing.done': 'Your requests are closed: the item is in your cart.',

  // Unsubscribing from a paid week (seed 001)
  'enrol.unsubscribe.action': 'Withdraw from week {label}',
  'enrol.unsubscribe.title': 'Withdraw {name} from week {label}',
  'enrol.unsubscribe.intro':
    'Withdrawing is a request: the service answers it and will contact you about any refund.',
  'enrol.field.reason': 'Reason for withdrawing',
  'enrol.hint.reason': 'For example: medical reasons, moving house.',
  'enrol.unsubscribe.send': 'Send the withdrawal request',
  'enrol.unsubscribe.sent': 'Withdrawal request sent',
  'enrol.reason.required': 'Give the reason for withdrawing.',
  'enrol.reason.too-long': 'The reason can be at most 1,000 characters.',
} satisfies Record<keyof typeof fr, string>;

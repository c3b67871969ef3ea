import type fr from './fr-outcome.js';

/** English messages of <child-enrol>: the answers to "Valider", closing and unsubscribing. */
export default {
  'enrol.action.home': 'Back to the camps',

  // After "Valider"
  'enrol.outcome.title': 'Booking request recorded for {name}',
  'enrol.outcome.accepted': '{label}: booking accepted, from {first} to {last}.',
  'enrol.outcome.full':
    '{camp}, week {label}: no places left on {days}. No place has been booked for this week.',
  'enrol.outcome.joinWaiting': 'Put me on the waiting list ({label})',
  'enrol.outcome.allFull': 'No week could be booked: all the weeks you chose are full.',
  'enrol.next.title': 'Enrol another child or close my requests?',
  'enrol.next.intro':
    'By closing, you tell us you have enrolled all your children (one request per child): the price is worked out on the children enrolled so far.',
  'enrol.next.sibling': 'Also enrol {name} on the same days',
  'enrol.next.siblingHint': '{weeks}, without going through the steps again.',
  'enrol.next.another': 'Enrol another child',

  // "Clôturer mes demandes"
  'enrol.closing.title': 'Close my requests',
  'enrol.closing.intro':
    'All your open requests, for all your children, will be closed. An item will be put in your cart, to pay within {days} days: without payment, the places will be released.',
  'enrol.closing.nothing': 'You have no requests to close.',
  'enrol.closing.confirm': 'Confirm closing ({total})',
  'enrol.closing.back': 'Back',
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

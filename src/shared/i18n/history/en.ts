import { sentences } from '../../../domain/mail-texts/en.js';
import type fr from './fr.js';

/** The status history in English. */
export default {
  'status.registration-received': 'New registration request',
  'status.registered': 'You are registered',
  'status.registration-refused': 'Registration request refused',
  'status.change-received': 'Request to change your details',
  'status.change-accepted': 'Change accepted',
  'status.change-refused': 'Change refused',
  'status.child-received': 'New child to register',
  'status.child-registered': 'Child registered',
  'status.child-linked': 'Child already known to the service: linked to your family',
  'status.health-form-received': 'Health form received',
  'status.health-form-recorded': 'Health form recorded',
  'status.health-form-confirmed': 'Health form confirmed',
  'status.child-change-received': 'Change request for your child',
  'status.child-change-accepted': 'Change accepted',
  'status.child-change-refused': 'Change refused',
  'status.camp-enrolment-received': 'Request to book camp weeks',
  'status.camp-week-accepted': 'Booking accepted',
  'status.camp-week-full': 'Week full',
  'status.camp-enrolment-open': 'Enrol another child or close my requests?',
  'status.camp-waiting-list': 'On the waiting list',
  'status.camp-closed': 'Closed',
  'status.camp-in-cart': 'Cart',
  'status.camp-released': 'Removed from the cart: places released',
  'status.camp-paid': 'Paid',
  'status.camp-expired': 'Payment deadline passed: places released',
  'status.camp-place-offered': 'A place has become free',
  'status.camp-unsubscribe-received': 'Withdrawal request',
  'status.camp-unsubscribe-accepted': 'Withdrawal accepted',
  'status.camp-unsubscribe-refused': 'Withdrawal refused',
  'status.booking-received': 'Booking request',
  'status.period-booking-received': 'Booking over a period',
  'status.planning-copy-received': 'Planning copy',
  'status.calendar-accepted': 'Request accepted',
  'status.calendar-refused': 'Request refused',
  'status.calendar-place-booked': 'Freed place: booked',
  'status.absence-received': 'Absence request',
  'status.invoice-dispute-received': 'Invoice dispute',
  'status.invoice-dispute-accepted': 'Dispute accepted',
  'status.invoice-dispute-refused': 'Dispute refused',

  'history.camp-week-accepted':
    'We are pleased to confirm the enrolment of {child} for the following days: from {from} to {to}.',
  'history.camp-week-full':
    '{camp}, week {week}: no places left on {days}. No place has been booked for this week.',
  'history.camp-waiting-list':
    'Week {week}: your child is number {position} on the waiting list. We will let you know as soon as a place becomes free.',
  'history.camp-place-offered': sentences.placeOffered,
  'history.camp-unsubscribe-received': '{camp}, week {week}, for {child}.',
  'history.camp-unsubscribe-requested': 'Week {week}: withdrawal request no. {number} sent to the service.',
  'history.camp-unsubscribe-accepted': sentences.unsubscribed,
  'history.camp-unsubscribe-refused': 'Week {week}: the withdrawal has been refused; the enrolment stands.',
  'history.calendar-changes':
    '{children}, from {from} to {to}. Booked: {booked} · awaiting approval: {pending} · waiting list: {waiting} · cancelled: {cancelled} · refused: {refused}.',
  'history.absence-received':
    '{child}, from {from} to {to}: booked days concerned: {dayCount}. The service will tell you whether the absence is excused.',
  'history.invoice-dispute-received':
    'Invoice {number} disputed. The service will answer you; reminders are paused until then.',
  'history.invoice-dispute-accepted': 'Invoice {number}: dispute accepted, a credit note is issued to you.',
  'history.calendar-decided': sentences.calendarDecided,
  'history.calendar-place-booked': sentences.calendarPlaceBooked,
  'history.reason': 'Reason: {reason}',
} satisfies Record<keyof typeof fr, string>;

import type { Catalogue } from './fr.js';

/** English catalogue. */
export default {
  'ui.step': 'Step {current} of {total}',
  'ui.nextStep': 'Next step: {title}',
  'ui.requiredLegend': 'Fields marked with * are required.',
  'ui.optional': '(optional)',
  'ui.errorSummaryTitle': 'There is a problem',
  'ui.errorPrefix': 'Error:',
  'ui.change': 'Change',
  'ui.changeField': 'Change: {field}',
  'ui.retry': 'Try again',
  'ui.loading': 'Loading…',
  'ui.sending': 'Sending…',
  'ui.weekShort': 'W{week}',
  'ui.requestNumber': 'Request number',
  'ui.trackingCode': 'Tracking code',
  'ui.history': 'History',
  'ui.historyEmpty': 'Nothing has happened yet.',
  'ui.savedOn': 'The form was saved on {date}.',
  'ui.by': 'by {author}',
  'ui.notProvided': 'Not provided',
  'ui.noAdapter':
    'This module is not connected to any service: put it inside <family-portal> or give it an adapter.',
  'ui.error.network': 'The service is not answering. Check your internet connection, then try again.',
  'ui.error.timeout': 'The service is taking too long to answer. Try again in a moment.',
  'ui.error.server': 'The service ran into a problem. What you entered is kept: try again.',
  'ui.error.auth': 'Your session has expired. Sign in to the e-counter again, then try again.',
  'ui.error.not-found': 'This request could not be found.',
  'ui.error.feature.unavailable':
    'Your commune does not offer this service online. Please contact it to find out more.',
  'ui.error.conflict': 'This request has been handled differently in the meantime. Reload the page.',
  'ui.error.validation': 'The service rejected some details. Correct them, then try again.',
  'ui.error.capacity': 'There are no places left.',
  /** The service's code, when it says more than the error's type. */
  'ui.error.camp.unsubscribe-not-paid':
    'You can ask to withdraw once the enrolment is paid. Before paying, remove the item from your cart to free the places.',
  'ui.error.camp.unsubscribe-pending':
    'A withdrawal request for this week is already being processed: the service will answer you by e-mail.',
  'ui.error.camp.unsubscribe-started':
    'This week has already started: you can no longer withdraw online. Please contact the service.',
  'ui.error.camp.week-not-booked':
    'Your child has no place booked this week: there is nothing to withdraw from.',
  'ui.error.article.not-payable':
    'This item was no longer to be paid (already paid, deadline passed or item removed): your payment will be refunded and the service will contact you. You can enrol your children again while places remain.',
  'ui.error.payment.unavailable':
    'Your commune does not take payments online. Contact the service to pay by bank transfer or at the counter; your places stay reserved until the date shown.',
  'ui.error.request.cancelled': 'This request was cancelled: enrol your child again.',
  'ui.error.reference': 'Error reference: {id}',
  'field.required': 'This field is required.',
  'field.too-long': 'This text is too long.',
  'field.choice.unknown': 'This choice is not offered: pick one from the list.',
  'field.invalid': 'This value is not accepted: check it.',
} satisfies Catalogue;

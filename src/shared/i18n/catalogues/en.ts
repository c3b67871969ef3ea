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
  'ui.day': 'Day',
  'ui.month': 'Month',
  'ui.year': 'Year',
  'ui.dateHint': 'For example: 27 3 2015',
  'ui.weekShort': 'W{week}',
  'ui.requestNumber': 'Request number',
  'ui.trackingCode': 'Tracking code',
  'ui.history': 'History',
  'ui.historyEmpty': 'Nothing has happened yet.',
  'ui.whatNext': 'What happens next',
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
  'ui.error.change.pending':
    'A change request is already being handled: you can make another once the service has answered it.',
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
  'field.national-number.format': 'The national register number has 11 digits, for example 85.07.30-033.28.',
  'field.national-number.checksum':
    'This national register number is not valid: check the digits on the ID card.',
  'field.national-number.date':
    'This national register number matches no date of birth: check the first 6 digits.',
  'field.postcode.format.BE': 'The postcode has 4 digits, for example 1435.',
  'field.postcode.format.FR': 'The postcode has 5 digits, for example 59210.',
  'field.phone.format.BE': 'Enter a phone or mobile number, for example 0496 44 41 11 or +32 496 44 41 11.',
  'field.phone.format.FR': 'Enter a phone number, for example 06 12 34 56 78 or +33 6 12 34 56 78.',
  'field.email.format': 'Enter an e-mail address like name@example.be.',

  'field.date.invalid': 'Enter a real date, for example 27 3 2015.',
  'field.national-number.birth-date-mismatch':
    'This national register number does not match the date of birth given: check both.',
  'field.national-number.sex-mismatch':
    'This national register number does not match the sex given: check both.',
  'field.kid-eid.format': 'The Kids-ID number has 12 digits, for example 050-5120123-92.',
  'field.kid-eid.checksum': 'This Kids-ID number is not valid: check the digits on the back of the card.',
  'field.date.future': 'This date is in the future: check it.',
  'field.child.too-old': 'The parent portal is for children under 18: check the date of birth.',
  'field.choice.unknown': 'This choice is not offered: pick one from the list.',
  'field.contact.role':
    'Say whether this person is to be called in an emergency, may pick the child up, or both.',
  'field.contacts.emergency': 'Give at least one person to call in an emergency.',
  'field.contacts.pickup': 'Give at least one person allowed to pick the child up.',
  'field.invalid': 'This value is not accepted: check it.',
  'field.email.mismatch': 'The e-mail address must be the one of your e-counter account.',
  'field.change.none': 'You have not changed anything: change at least one detail or explain your request.',

  // Lists of children and requests, shared by the elements
  'ui.phoneHint.BE': 'For example: 0496 44 41 11',
  'ui.phoneHint.FR': 'For example: 06 12 34 56 78',
  'ui.born': 'born on {date}',
  'ui.health.complete': 'Health form complete',
  'ui.health.to-update': 'Health form to update',
  'ui.health.missing': 'Health form to fill in',
  'ui.kind.parent-registration': 'Registration as a parent',
  'ui.kind.child-registration': 'Registration of a child',
  'ui.kind.health-form': 'Health form',
  'ui.kind.child-change': 'Change for a child',
  'ui.kind.parent-change': 'Change of my details',
  'ui.kind.camp-enrolment': 'Camp enrolment',
  'ui.kind.camp-unsubscribe': 'Camp withdrawal',
  'ui.requestStatus.pending': 'Being handled',
  'ui.requestStatus.accepted': 'Accepted',
  'ui.requestStatus.refused': 'Refused',
  'ui.requestStatus.cancelled': 'Cancelled',
} satisfies Catalogue;

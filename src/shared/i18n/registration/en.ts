import type fr from './fr.js';

/** English words of the registration elements (see fr.ts). */
export default {
  'ui.whatNext': 'What happens next',
  'ui.error.change.pending':
    'A change request is already being handled: you can make another once the service has answered it.',
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
  'field.contact.role':
    'Say whether this person is to be called in an emergency, may pick the child up, or both.',
  'field.contacts.emergency': 'Give at least one person to call in an emergency.',
  'field.contacts.pickup': 'Give at least one person allowed to pick the child up.',
  'field.email.mismatch': 'The e-mail address must be the one of your e-counter account.',
  'field.change.none': 'You have not changed anything: change at least one detail or explain your request.',
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
  'ui.kind.booking': 'Bookings',
  'ui.kind.period-booking': 'Period booking',
  'ui.kind.planning-copy': 'Planning copy',
  'ui.kind.absence': 'Absence report',
  'ui.kind.invoice-dispute': 'Invoice dispute',
  'ui.requestStatus.pending': 'Being handled',
  'ui.requestStatus.accepted': 'Accepted',
  'ui.requestStatus.refused': 'Refused',
  'ui.requestStatus.cancelled': 'Cancelled',
} satisfies Record<keyof typeof fr, string>;

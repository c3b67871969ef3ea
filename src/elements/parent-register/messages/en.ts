import type fr from './fr.js';

/** English messages of <parent-register>. */
export default {
  // <parent-register>
  'parent.title.register': 'Register as a parent',
  'parent.title.known': 'My details',
  'parent.step.details': 'Your details',
  'parent.step.check': 'Check your answers',
  'parent.field.lastName': 'Last name',
  'parent.field.firstName': 'First name',
  'parent.field.nationalNumber': 'National register number',
  'parent.field.address.street': 'Street',
  'parent.field.address.number': 'House number',
  'parent.field.address.box': 'Box',
  'parent.field.address.postcode': 'Postcode',
  'parent.field.address.city': 'Town or city',
  'parent.field.phone': 'Phone or mobile number',
  'parent.field.email': 'E-mail address',
  'parent.address': 'Address',
  'parent.hint.nationalNumber': '11 digits, on the back of your identity card. For example: 85.07.30-033.28',
  'parent.emailFromAccount':
    'The address of your e-counter account. To change it, edit your e-counter profile.',
  'parent.action.continue': 'Continue',
  'parent.action.backToRecap': 'Back to the summary',
  'parent.action.abandon': 'Abandon',
  'parent.abandoned': 'Your request was abandoned. Nothing was sent.',
} satisfies Record<keyof typeof fr, string>;

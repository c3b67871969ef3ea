import type fr from './fr.js';

/** English messages of the recap ("Vérifiez vos réponses") and the field problems of <parent-register>. */
export default {
  'parent.required.lastName': 'Enter your last name.',
  'parent.required.firstName': 'Enter your first name.',
  'parent.required.nationalNumber': 'Enter your national register number.',
  'parent.required.address.street': 'Enter your street.',
  'parent.required.address.number': 'Enter your house number.',
  'parent.required.address.postcode': 'Enter your postcode.',
  'parent.required.address.city': 'Enter your town or city.',
  'parent.required.phone': 'Enter your phone or mobile number.',
  'parent.required.email': 'Enter your e-mail address.',
  'parent.recap.intro': 'Check your details, then select “Confirm”.',
  'parent.action.back': 'Previous',
  'parent.action.submit': 'Confirm',
  'parent.action.sendChange': 'Send the request',
  'parent.change.recapIntro': 'Check the changes you ask for, then select “Send the request”.',
  'parent.change.was': 'previously: {value}',
} satisfies Record<keyof typeof fr, string>;

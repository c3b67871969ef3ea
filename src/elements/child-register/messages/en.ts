import type fr from './fr.js';

/** English messages of <child-register>: its first screen's. */
export default {
  'child.list.title': 'My children',
  'child.list.back': 'Back to my children',
  'child.title': 'Register a new child',
  'child.step.parent': 'My details',
  'child.step.child': 'New child to register',
  'child.step.check': 'Check your answers',
  'child.notRegistered': 'To register a child, you first need to register as a parent with the {service}.',
  'child.notRegistered.link': 'Register as a parent',
  'child.parent.intro':
    'Check your details. If they have changed, update them before registering your child.',
  'child.parent.name': 'Name',
  'child.parent.address': 'Address',
  'child.parent.streetWithBox': '{street} {number} box {box}',
  'child.parent.phone': 'Phone / mobile number',
  'child.parent.email': 'E-mail address',
  'child.parent.change': 'Change my details',
  'child.action.next': 'Next',
  'child.action.abandon': 'Abandon',
  'child.action.another': 'Register another child',
  'child.abandoned': 'The registration was abandoned. Nothing was sent.',
} satisfies Record<keyof typeof fr, string>;

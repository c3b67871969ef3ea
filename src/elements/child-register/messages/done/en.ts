import type fr from './fr.js';

/** English messages of <child-register>'s registration confirmation. */
export default {
  'child.done.title': 'Your child is registered',
  'child.done.linkedTitle': 'Your child is linked to your family',
  'child.done.linked':
    'The {service} already knew {name}: we linked them to your family instead of registering them twice.',
  'child.done.next': '{name}’s health form is needed to enrol them in activities.',
  'child.done.healthForm': 'Fill in their health form now',
} satisfies Record<keyof typeof fr, string>;

import type fr from './fr-steps.js';

/** English messages of <child-enrol>: the enrolment steps. */
export default {
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
} satisfies Record<keyof typeof fr, string>;

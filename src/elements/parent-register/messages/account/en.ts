import type fr from './fr.js';

/** English messages of the screens of <parent-register> for a parent already known or who has sent a request (details, children, requests, pending registration, confirmation). */
export default {
  'parent.action.requestChange': 'My details have changed',
  'parent.action.seeDetails': 'See my details',
  'parent.action.backToDetails': 'Back to my details',
  'parent.done.title': 'You are registered',
  'parent.done.pendingTitle': 'Your registration request was sent',
  'parent.done.next':
    'Your registration in our parent portal is complete. You can now register your child or children.',
  'parent.done.pendingNext':
    'The {service} checks your request. You will be told what happens next by e-mail.',
  'parent.done.registerChild': 'Register a child',
  'parent.done.email': 'A summary is sent by e-mail to {email}.',
  'parent.pending.intro':
    'Your registration request is being handled by the {service}. You will be told by e-mail.',
  'parent.known.intro': 'You are registered as a parent with the {service}.',
  'parent.known.children': 'My children',
  'parent.known.noChildren': 'You have not registered a child yet.',
  'parent.known.coParents': 'Other adults responsible for the children',
  'parent.coParent.same': 'lives at the same address',
  'parent.coParent.elsewhere': 'lives at another address',
  'parent.requests.title': 'My requests',
  'parent.change.pendingNotice':
    'A request to change your details is being handled. The service accepts or refuses it; you will get its answer by e-mail.',
  'parent.change.done.title': 'Your change request was sent',
  'parent.change.done.next':
    'The {service} accepts or refuses your request. You will get its answer by e-mail and see it under “My requests”.',

  // A known parent's change request (its form and comment)
  'parent.title.change': 'My details have changed',
  'parent.step.changeDetails': 'Your new details',
  'parent.action.cancelChange': 'Cancel',
  'parent.change.intro':
    'The service checks every change: your current details stay in force until it agrees.',
  'parent.change.comment': 'Notes for the service',
  'parent.change.commentHint': 'For example: the date you moved.',
} satisfies Record<keyof typeof fr, string>;

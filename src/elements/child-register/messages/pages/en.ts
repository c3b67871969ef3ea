import type fr from './fr.js';

/** English messages of <child-register>'s "Mes enfants", a child's page and a change request. */
export default {
  'child.field.comment': 'Notes for the service',
  'child.hint.comment': 'For example: changing school at the start of the school year in September.',
  'child.change.none.comment':
    'You have not changed anything: change at least one detail or explain your request.',
  'child.error.notFound': 'This child is not part of your family, or is no longer known to the service.',
  'child.list.empty': 'You have not registered a child yet.',
  'child.list.register': 'Register a child',
  'child.list.open': 'See {name}’s page',
  'child.list.fillHealth': 'Fill in {name}’s health form',
  'child.list.updateHealth': 'Update {name}’s health form',
  'child.list.schoolMissing': 'School to fill in',
  'child.list.pending': 'Requests being handled: {count}',
  'child.page.health': 'Health form',
  'child.page.status.complete': 'Confirmed on {date}, valid until {until}.',
  'child.page.status.to-update': 'Confirmed on {date}, no longer valid since {until}.',
  'child.page.status.missing': 'To fill in before any enrolment in activities.',
  'child.page.showHealth': 'See {name}’s health form',
  'child.page.fillHealth': 'Fill in the health form',
  'child.page.updateHealth': 'Update the health form',
  'child.page.changeHealth': 'Change the health form',
  'child.page.identity': 'Identity and school',
  'child.page.requestChange': 'Request a change',
  'child.page.requests': 'Requests',
  'child.page.noRequests': 'No requests yet.',
  'child.page.pending':
    'A change request for {name} is being handled (no. {number}). You can make another one once the service has answered it.',
  'child.page.changes': 'What changes: {fields}.',
  'child.change.title': 'Change {name}’s details',
  'child.change.step': '{name}’s details',
  'child.change.intro':
    'Correct what has changed. The service looks at your request, then accepts or refuses it.',
  'child.change.recapIntro': 'Check your request, then select “Confirm”.',
  'child.change.abandoned': 'The change request was abandoned. Nothing was sent.',
  'child.change.done.title': 'Your change request has been sent',
  'child.change.done.next':
    '{service} looks at your request and accepts or refuses it. You will see the answer on {name}’s page. Until then, the current details still apply.',
} satisfies Record<keyof typeof fr, string>;

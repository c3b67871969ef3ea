/**
 * The parts of `<child-enrol>` a parent may never open, downloaded when first
 * shown (each through a LazyController), so that the page pays at once for
 * the home screen only: the enrolment steps with the week picker of their
 * "Semaines de plaine", and the answers (to "Valider", closing, unsubscribing)
 * with the cart, and the status history of the enrolments the home screen
 * lists. One object, so that a test can make a download fail as a
 * dropped connection would.
 */
export const parts = {
  steps: () => import('./steps-view.js'),
  outcome: () => import('./outcome-view.js'),
  history: () => import('./history-part.js'),
};

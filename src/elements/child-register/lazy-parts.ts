/**
 * The screens of <child-register> a page does not pay for at once, each
 * downloaded when first shown (or prefetched when idle): the registration is
 * all the element needs first. Named in one place, so that a test can make a
 * download fail or wait. The parts with styles all bring the same ones
 * (child-register.styles.ts).
 */
export const parts = {
  /** The registration's steps after "Mes informations": the child's identity and school, "Vérifiez vos réponses". */
  steps: () => import('./steps-part.js'),
  /** The registration's confirmation, with its status history. */
  done: () => import('./done-part.js'),
  /** "Mes enfants", a child's page, and around a child's forms: the pending change request, the answer once sent. */
  pages: () => import('./pages-part.js'),
  /** The health form ("fiche santé"). */
  health: () => import('./health-screen.js'),
};

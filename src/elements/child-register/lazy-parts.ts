import type { ReactiveControllerHost } from 'lit';
import type { LazyHost } from '../../shared/controllers/index.js';
import type { MessageBundle } from '../../shared/i18n/localize.js';

/** A screen of the element loaded on first use, with the messages it shows. */
interface Part {
  readonly messages: readonly MessageBundle[];
}

/**
 * The screens of <child-register> a page does not pay for at once, each
 * downloaded when first shown (or prefetched when idle): the registration is
 * all the element needs first. Named in one place, so that a test can make a
 * download fail or wait.
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

/**
 * Loads a part, then its messages in the language shown: their French ships
 * in the part (one download); another language follows it.
 */
export async function withMessages<M extends Part>(
  i18n: LazyHost['i18n'],
  load: () => Promise<M>,
): Promise<M> {
  const part = await load();
  await i18n.use(part.messages);
  return part;
}

/** The element as its lazy parts see it: its localizer is not public. */
export function lazyHost(host: ReactiveControllerHost, i18n: LazyHost['i18n']): LazyHost {
  return {
    i18n,
    addController: (controller) => host.addController(controller),
    removeController: (controller) => host.removeController(controller),
    requestUpdate: () => host.requestUpdate(),
    get updateComplete() {
      return host.updateComplete;
    },
  };
}

/** Runs `task` once the browser is idle (soon after, where it cannot tell). */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => task());
  else setTimeout(task, 200);
}

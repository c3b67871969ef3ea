import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusErrorSummary, focusField } from '../ui/index.js';

/**
 * Where focus goes after the next render, so that a new step, an outcome or
 * a problem is read first. A target is `error-summary`, `#fieldId` (a field,
 * as the error summary's links lead to it), `button:<name>` (the shared
 * button inside `[data-button="<name>"]`), or the name in a `data-focus`
 * attribute (`heading`, `step-heading`, `submit-error`…). While the next
 * screen is still loading (`aria-busy`), focus waits until it is shown.
 */
export class FocusController implements ReactiveController {
  private target: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The target waiting for the next render, if any. */
  get requested(): string | undefined {
    return this.target;
  }

  /** Focus goes to `target` once the host has rendered. */
  request(target: string): void {
    this.target = target;
    this.host.requestUpdate();
  }

  /** Focus stays where it is. */
  cancel(): void {
    this.target = undefined;
  }

  hostUpdated(): void {
    const target = this.target;
    const root = this.host.shadowRoot;
    if (!target || !root) return;
    const selector = selectorOf(target);
    if (!root.querySelector(selector) && root.querySelector('[aria-busy="true"]')) return;
    this.target = undefined;
    if (target === 'error-summary') focusErrorSummary(root);
    else if (target.startsWith('#')) focusField(root, target.slice(1));
    else root.querySelector<HTMLElement>(selector)?.focus();
  }
}

function selectorOf(target: string): string {
  if (target === 'error-summary') return '[part~="error-summary"]';
  if (target.startsWith('#')) return `[id="${target.slice(1)}"]`;
  if (target.startsWith('button:')) return `[data-button="${target.slice('button:'.length)}"] button`;
  return `[data-focus="${target}"]`;
}

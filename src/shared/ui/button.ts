import { html, nothing } from 'lit';

export interface ButtonOptions {
  label: string;
  /** `primary` for the step's main action, `secondary` for the others, `link` for leaving (Abandonner). */
  variant?: 'primary' | 'secondary' | 'link';
  type?: 'button' | 'submit';
  /**
   * While the action runs: the button says so, stays focusable (unlike
   * `disabled`, which would drop focus) and ignores further presses.
   */
  busy?: boolean;
  busyLabel?: string;
  onClick?: (event: MouseEvent) => void;
}

/** A button with a busy state that cannot send twice. */
export function button({
  label,
  variant = 'secondary',
  type = 'button',
  busy = false,
  busyLabel,
  onClick,
}: ButtonOptions) {
  const click = (event: MouseEvent) => {
    if (busy) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    onClick?.(event);
  };
  return html`<button
    type=${type}
    class="button button--${variant}"
    part="button button-${variant}"
    aria-disabled=${busy ? 'true' : nothing}
    @click=${click}
  >
    ${busy ? html`<span class="spinner" aria-hidden="true"></span>${busyLabel ?? label}` : label}
  </button>`;
}

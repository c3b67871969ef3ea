import { css, html } from 'lit';
import type { DialogContext } from './dialogs.js';

/**
 * A modal dialog (native `<dialog>`: focus kept inside, the page behind
 * inert): opened once rendered (`CalendarDialogs`) with focus on its heading, closed by its "Fermer"
 * button or Escape. Fits a 320 px screen.
 */
export function dialogShell(context: DialogContext, name: string, title: string, content: unknown) {
  return html`<dialog
    class="dialog"
    part="dialog dialog-${name}"
    aria-labelledby="dialog-heading"
    @cancel=${(event: Event) => {
      event.preventDefault();
      context.close();
    }}
  >
    <div
      id="dialog-heading"
      class="h3"
      role="heading"
      aria-level=${Math.min(context.headingLevel + 1, 6)}
      tabindex="-1"
      autofocus
    >
      ${title}
    </div>
    ${content}
    <div class="actions">
      <button
        type="button"
        class="button button--secondary"
        part="button button-secondary"
        data-button="close"
        @click=${() => context.close()}
      >
        ${context.i18n.t('calendar.dialog.close')}
      </button>
    </div>
  </dialog>`;
}

export const dialogStyles = css`
  .dialog {
    width: min(40rem, calc(100vw - 1rem));
    max-height: calc(100vh - 1rem);
    box-sizing: border-box;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: inherit;
    background: var(--fp-color-input, #fff);
    overflow-wrap: anywhere;
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog input[readonly] {
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    min-height: 2.75em;
    padding: 0 var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
`;

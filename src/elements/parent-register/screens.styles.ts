import { css } from 'lit';
import { flowStyles } from '../../shared/styles.js';

/**
 * The styles of the screens after the form (the recap, a known parent's
 * details and requests, the confirmation, the change request's comment):
 * adopted with whichever of the two parts that show them comes first.
 */
export const screenStyles = [
  flowStyles,
  css`
    textarea {
      box-sizing: border-box;
      width: 100%;
      max-width: 40em;
      font: inherit;
      padding: var(--fp-space, 8px);
      border: 2px solid var(--fp-color-text, #1b1b1b);
      border-radius: var(--fp-radius, 4px);
    }
    textarea:focus {
      outline: 3px solid var(--fp-color-focus, #ffbf47);
      outline-offset: 0;
    }
    .was {
      display: block;
      color: var(--fp-color-muted, #5a5a5a);
      font-size: 0.9em;
    }
  `,
];

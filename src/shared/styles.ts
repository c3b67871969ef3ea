import { css } from 'lit';

/**
 * Styles every element shares: the `--fp-*` theming tokens with their
 * defaults, typography, fields, buttons, panels. Host pages theme the elements
 * by setting the tokens on any ancestor; `::part()` reaches the rest.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: var(--fp-max-width, 48rem);
    color: var(--fp-color-text, #1b1b1b);
    font-family: var(--fp-font-family, inherit);
    font-size: var(--fp-font-size, 1rem);
    line-height: 1.5;
    --_space: var(--fp-space, 8px);
    --_primary: var(--fp-color-primary, #1d4f91);
    --_border: var(--fp-color-border, #8c8f91);
    --_error: var(--fp-color-error, #b3261e);
    --_muted: var(--fp-color-muted, #505a5f);
    --_surface: var(--fp-color-surface, #f3f2f1);
    --_focus: var(--fp-color-focus, #ffbf47);
    --_radius: var(--fp-radius, 4px);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  h3,
  .h3 {
    font-weight: 700;
    font-size: 1.2em;
    line-height: 1.3;
    margin: calc(var(--_space) * 3) 0 var(--_space);
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .hint,
  .muted {
    color: var(--_muted);
  }
  .hint {
    display: block;
    margin-bottom: calc(var(--_space) / 2);
  }
  .callout,
  .notice {
    border-left: 5px solid var(--_primary);
    background: var(--_surface);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 3);
  }
  .callout--error {
    border-left-color: var(--_error);
  }

  /* A form element's main heading, and fields side by side */
  .title {
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    align-items: flex-start;
  }
  /* At 320 px a field of the row narrows to the screen instead of overflowing it. */
  .row > .field {
    min-width: 0;
    max-width: 100%;
  }

  /* Fields */
  .field {
    margin-bottom: calc(var(--_space) * 3);
  }
  .field--error {
    border-left: 5px solid var(--_error);
    padding-left: calc(var(--_space) * 1.5);
  }
  .label {
    display: block;
    font-weight: 700;
    margin-bottom: calc(var(--_space) / 2);
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .required-mark {
    color: var(--_error);
    margin-left: 0.15em;
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 700;
    margin-bottom: calc(var(--_space) / 2);
  }
  .input {
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: 2.5em;
    font: inherit;
    color: inherit;
    background: var(--fp-color-input, #fff);
    padding: calc(var(--_space) * 0.625);
    border: 2px solid var(--fp-color-input-border, #1b1b1b);
    border-radius: var(--_radius);
  }
  .input:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .input--w2 {
    width: 5.4ex;
  }
  .input--w4 {
    width: 9ex;
  }
  .input--w5 {
    width: 10.8ex;
  }
  .input--w10 {
    width: 20ex;
  }
  .input--w20 {
    width: 38ex;
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .date-input__item .label {
    font-weight: 400;
  }
  fieldset.field {
    border: 0;
    margin-inline: 0;
    padding-block: 0;
    padding-inline-end: 0;
    min-width: 0;
  }
  fieldset.field:not(.field--error) {
    padding-inline-start: 0;
  }
  fieldset.field > legend {
    padding: 0;
  }
  textarea.input {
    max-width: 40em;
    min-height: 4.5em;
    resize: vertical;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .choices--inline {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 3);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .choice > input {
    flex: 0 0 auto;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .choice > label {
    padding-top: 0.1em;
    cursor: pointer;
  }
  .choice__hint {
    display: block;
    margin: 0;
  }

  /* Buttons */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin: calc(var(--_space) * 3) 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: 2.75em;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 2.5);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .button--primary {
    background: var(--_primary);
    color: var(--fp-color-on-primary, #fff);
  }
  .button--secondary {
    background: var(--fp-color-input, #fff);
    color: var(--_primary);
  }
  .button--link {
    background: none;
    border-color: transparent;
    color: var(--_primary);
    text-decoration: underline;
    padding-inline: calc(var(--_space) / 2);
  }
  .button:hover:not([aria-disabled='true']) {
    filter: brightness(0.92);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .link-button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: fp-spin 0.8s linear infinite;
  }
  @keyframes fp-spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* Error summary */
  .error-summary {
    border: 4px solid var(--_error);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 3);
  }
  .error-summary__title {
    font-size: 1.2em;
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  .error-summary ul {
    margin: 0;
    padding-left: 0;
    list-style: none;
  }
  .error-summary li + li {
    margin-top: calc(var(--_space) / 2);
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }

  /* Stepper */
  .stepper {
    margin-bottom: calc(var(--_space) * 2);
  }
  .stepper__count {
    display: block;
    color: var(--_muted);
    font-size: 0.95em;
    font-weight: 400;
  }
  .stepper__title {
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.3;
  }
  .stepper__bar {
    display: flex;
    gap: 4px;
    margin: var(--_space) 0;
  }
  .stepper__bar > span {
    flex: 1;
    height: 6px;
    border-radius: 3px;
    background: var(--fp-color-border, #b1b4b6);
  }
  .stepper__bar > span.done {
    background: var(--_primary);
  }
  .stepper__next {
    color: var(--_muted);
    margin: 0;
  }

  /* Read-only details (a known parent's, "Mes informations") */
  .details {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .details > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--fp-color-border, #b1b4b6);
  }
  .details dt {
    font-weight: 700;
    flex: 0 0 14em;
    max-width: 100%;
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* Recap */
  .recap {
    margin: 0 0 calc(var(--_space) * 3);
  }
  .recap__row {
    display: grid;
    /* A fixed first column: values line up whether or not a row can be changed. */
    grid-template-columns: minmax(8em, 35%) 1fr auto;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--fp-color-border, #b1b4b6);
  }
  .recap dt {
    font-weight: 700;
  }
  .recap dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 40em) {
    .recap__row {
      grid-template-columns: 1fr auto;
    }
    .recap__row > dd:not(.recap__action) {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }

  /* Confirmation */
  .confirmation {
    background: var(--fp-color-success, #00703c);
    color: var(--fp-color-on-success, #fff);
    padding: calc(var(--_space) * 3);
    margin-bottom: calc(var(--_space) * 3);
    border-radius: var(--_radius);
    text-align: center;
  }
  .confirmation__title {
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.25;
    margin-bottom: var(--_space);
  }
  .confirmation__reference {
    font-size: 1.2em;
    margin: 0;
  }
  .confirmation__reference strong {
    font-size: 1.3em;
    letter-spacing: 0.03em;
  }
  .confirmation p:last-child {
    margin-bottom: 0;
  }

  /* Status timeline */
  .timeline ol {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0 0 0 calc(var(--_space) * 2.5);
    border-left: 3px solid var(--fp-color-border, #b1b4b6);
  }
  .timeline li {
    position: relative;
    padding-bottom: calc(var(--_space) * 1.5);
  }
  .timeline li::before {
    content: '';
    position: absolute;
    left: calc(var(--_space) * -2.5 - 8.5px);
    top: 0.35em;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--fp-color-input, #fff);
    border: 3px solid var(--_primary);
  }
  .timeline li:first-child::before {
    background: var(--_primary);
  }
  .timeline__label {
    font-weight: 700;
    display: block;
  }
  .timeline__meta {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .timeline__message {
    margin: calc(var(--_space) / 2) 0 0;
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  /* Loading */
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .skeleton__line {
    height: 1.25em;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface) 25%, #e6e6e6 50%, var(--_surface) 75%);
    background-size: 200% 100%;
    animation: fp-shimmer 1.4s ease-in-out infinite;
  }
  .skeleton__line--title {
    height: 2em;
    width: 60%;
  }
  .skeleton__line:nth-child(3n) {
    width: 80%;
  }
  @keyframes fp-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  /* Lists of children and requests, status badges */
  .children,
  .requests,
  .plain {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .children > li,
  .requests > li,
  .plain > li {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: baseline;
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--fp-color-border, #b1b4b6);
  }
  .requests details {
    width: 100%;
  }
  .requests summary {
    list-style: none;
    cursor: pointer;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: baseline;
  }
  .requests summary::-webkit-details-marker {
    display: none;
  }
  .requests summary::before {
    content: '';
    align-self: center;
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .requests details[open] > summary::before {
    transform: rotate(45deg);
  }
  .row > .field--grow {
    flex: 1 1 16em;
  }
  .child-name {
    font-weight: 700;
  }
  .muted {
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space);
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    border: 1px solid currentColor;
  }
  .badge--complete,
  .badge--accepted {
    color: var(--fp-color-success, #00703c);
  }
  .badge--to-update,
  .badge--pending {
    color: var(--fp-color-warning, #8a4b00);
  }
  .badge--missing,
  .badge--refused,
  .badge--cancelled {
    color: var(--fp-color-error, #b3261e);
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton__line,
    .spinner {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .button,
    .badge,
    .confirmation {
      border: 2px solid ButtonText;
    }
  }
`;

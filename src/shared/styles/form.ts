import { css } from 'lit';

/** Fields, choices, the error summary and the stepper: for the elements with a form, after `coreStyles`. */
export const formStyles = css`
  /* Fields side by side */
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
  /* A group of fields under its legend (the parent's address, another guardian). */
  .group {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .group > legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: var(--fp-space, 8px);
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

  .row > .field--grow {
    flex: 1 1 16em;
  }
`;

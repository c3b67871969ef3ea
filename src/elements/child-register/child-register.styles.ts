import { css } from 'lit';

/** Layout specific to `<child-register>`; shared field, button and panel styles come from baseStyles. */
export const childRegisterStyles = css`
  fieldset.field,
  .group {
    border: 0;
    margin-left: 0;
    margin-right: 0;
    padding-top: 0;
    padding-right: 0;
    padding-bottom: 0;
    min-width: 0;
  }
  fieldset.field:not(.field--error),
  .group {
    padding-left: 0;
  }
  .group > legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: var(--fp-space, 8px);
  }
  .conditional {
    border-left: 4px solid var(--fp-color-border, #b1b4b6);
    padding-left: calc(var(--fp-space, 8px) * 2);
    margin-bottom: calc(var(--fp-space, 8px) * 3);
  }
  .conditional > legend {
    padding-left: 0;
  }
  .select {
    max-width: 24em;
  }
  .select:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--fp-space, 8px);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--fp-space, 8px);
  }
  .choice > input {
    flex: 0 0 auto;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--fp-color-primary, #1d4f91);
  }
  .choice > label {
    padding-top: 0.1em;
    cursor: pointer;
  }
`;

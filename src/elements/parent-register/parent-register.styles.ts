import { css } from 'lit';

/** Layout specific to `<parent-register>`; shared field, button and panel styles come from baseStyles. */
export const parentRegisterStyles = css`
  .read-only {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin-bottom: calc(var(--fp-space, 8px) * 3);
  }
  .read-only-value {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
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
`;

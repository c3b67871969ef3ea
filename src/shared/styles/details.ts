import { css } from 'lit';

/** Read-only details (a known parent's, "Mes informations"): for a screen that shows only them, after `coreStyles`. */
export const detailsStyles = css`
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
`;

import { css } from 'lit';

/** Layout specific to `<parent-register>`; shared field, button and panel styles come from baseStyles. */
export const parentRegisterStyles = css`
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
  .children,
  .requests,
  .plain {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--fp-space, 8px) * 2);
  }
  .children > li,
  .requests > li,
  .plain > li {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--fp-space, 8px) / 2) var(--fp-space, 8px);
    align-items: baseline;
    padding: var(--fp-space, 8px) 0;
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
    gap: calc(var(--fp-space, 8px) / 2) var(--fp-space, 8px);
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
    color: var(--fp-color-muted, #5a5a5a);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--fp-space, 8px);
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
`;

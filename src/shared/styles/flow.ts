import { css } from 'lit';
import { detailsStyles } from './details.js';

/**
 * Read-only details, recaps, confirmations, status timelines and lists of
 * requests: for the elements that show them, after `coreStyles`.
 */
export const flowStyles = css`
  ${detailsStyles}

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
  .child-name {
    font-weight: 700;
  }
`;

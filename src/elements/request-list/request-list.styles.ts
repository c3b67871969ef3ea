import { css } from 'lit';

/**
 * Layout specific to `<request-list>`: filters that wrap (three at a row on
 * a wide screen, one under the other at 320 px), each request a card whose
 * facts wrap, and its history under a disclosure button.
 */
export const requestListStyles = css`
  :host {
    overflow-wrap: anywhere;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 3);
    align-items: flex-end;
  }
  .filter {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .filter .input {
    width: 100%;
    max-width: 100%;
  }
  .count-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .count {
    font-weight: 700;
    margin: 0;
  }
  .requests-list {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .request {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
    /* A long history: the requests off screen are laid out when they come near it. */
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
  }
  .request > .h3 {
    margin-top: 0;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    color: var(--_muted);
    margin-bottom: var(--_space);
  }
  .badge {
    border-width: 2px;
  }
  .last-step {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .last-step p {
    margin: 0;
  }
  .last-step__label {
    font-weight: 600;
  }
  .last-step__message {
    white-space: pre-line;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: 2.75em;
    font: inherit;
    font-weight: 600;
    color: var(--_primary);
    background: none;
    border: 0;
    padding: var(--_space) 0;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .toggle__icon {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true'] .toggle__icon {
    transform: rotate(45deg);
  }
  .panel {
    margin-top: var(--_space);
  }
  .timeline__message {
    white-space: pre-line;
  }
  .changes {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .changes > div {
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  .changes dt {
    font-weight: 700;
  }
  .changes dd {
    margin: 0;
  }
  .more p {
    margin-bottom: var(--_space);
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle__icon {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .request {
      border-color: CanvasText;
    }
  }
`;

import { css } from 'lit';
import { flowStyles } from '../../shared/styles.js';

/**
 * Layout specific to `<child-register>`'s screens after "Mes informations"
 * (fields, a child's cards, the health form's lists).
 */
const childRegisterStyles = [
  css`
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
    .group {
      margin-bottom: calc(var(--fp-space, 8px) * 3);
    }
    .group > .choices {
      margin-bottom: calc(var(--fp-space, 8px) * 2);
    }
    .entry {
      margin-bottom: calc(var(--fp-space, 8px) * 3);
    }
    .entry > legend {
      font-size: 1.05em;
    }
    .child-cards {
      list-style: none;
      padding: 0;
      margin: 0 0 calc(var(--fp-space, 8px) * 2);
      display: grid;
      gap: calc(var(--fp-space, 8px) * 2);
    }
    .child-card {
      border: 1px solid var(--fp-color-border, #b1b4b6);
      border-radius: var(--fp-radius, 4px);
      padding: calc(var(--fp-space, 8px) * 2);
    }
    .child-card > p {
      margin: calc(var(--fp-space, 8px) / 2) 0;
    }
    .child-card .badge {
      margin-right: var(--fp-space, 8px);
    }
    .child-card .actions {
      margin-bottom: 0;
    }
    .health-summary {
      margin-bottom: calc(var(--fp-space, 8px) * 2);
    }
    .health-summary > summary {
      cursor: pointer;
      color: var(--fp-color-primary, #1d4f91);
      text-decoration: underline;
      margin-bottom: var(--fp-space, 8px);
    }
    section {
      margin-bottom: calc(var(--fp-space, 8px) * 3);
    }
    .welcome {
      border-bottom: 1px solid var(--fp-color-border, #b1b4b6);
      margin-bottom: calc(var(--fp-space, 8px) * 4);
    }
  `,
];

/**
 * The styles of the screens after "Mes informations" (recaps, confirmations,
 * timelines, lists of children and requests, and the element's own layout):
 * each part that shows them brings them (see lazy-parts.ts).
 */
export const screenStyles = [flowStyles, ...childRegisterStyles];

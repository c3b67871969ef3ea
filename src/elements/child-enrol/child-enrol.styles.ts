import { css } from 'lit';

/** Layout specific to `<child-enrol>`; shared field, button and panel styles come from baseStyles. */
export const childEnrolStyles = css`
  section {
    margin-bottom: calc(var(--fp-space, 8px) * 4);
  }
  .cards {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--fp-space, 8px) * 2);
    display: grid;
    gap: calc(var(--fp-space, 8px) * 2);
  }
  .card {
    border: 1px solid var(--fp-color-border, #b1b4b6);
    border-radius: var(--fp-radius, 4px);
    padding: calc(var(--fp-space, 8px) * 2);
  }
  .card > p {
    margin: calc(var(--fp-space, 8px) / 2) 0;
  }
  .card__title {
    font-weight: 700;
    font-size: 1.125em;
    margin-bottom: var(--fp-space, 8px);
  }
  .card .actions {
    margin-bottom: 0;
  }
  .blocked {
    border-left: 4px solid var(--fp-color-border, #b1b4b6);
    padding-left: calc(var(--fp-space, 8px) * 2);
    margin: calc(var(--fp-space, 8px) * 2) 0;
  }
  .tracking {
    margin-bottom: calc(var(--fp-space, 8px) * 2);
  }
  .weeks,
  .recap-weeks,
  .week-outcomes {
    padding-left: calc(var(--fp-space, 8px) * 2.5);
  }
  .weeks > li,
  .recap-weeks > li {
    margin-bottom: var(--fp-space, 8px);
  }
  .week-outcomes {
    list-style: none;
    padding: 0;
  }
  .week-outcome {
    border-left: 4px solid var(--fp-color-success, #00703c);
    padding: var(--fp-space, 8px) calc(var(--fp-space, 8px) * 2);
    margin-bottom: calc(var(--fp-space, 8px) * 2);
  }
  .week-outcome--full {
    border-left-color: var(--fp-color-error, #d4351c);
  }
  .full {
    color: var(--fp-color-error, #d4351c);
    font-weight: 700;
  }
  .outcome {
    margin-bottom: calc(var(--fp-space, 8px) * 4);
  }
  .outcome:focus,
  [data-focus]:focus {
    outline: none;
  }
  details > summary {
    cursor: pointer;
    color: var(--fp-color-primary, #1d4f91);
    text-decoration: underline;
    min-height: 44px;
    display: flex;
    align-items: center;
  }
  camp-week-picker {
    display: block;
    margin-bottom: calc(var(--fp-space, 8px) * 3);
  }
`;

import { css } from 'lit';

/** The boxes shown under the month once asked for (a day's actions, the recap, the answer, a dialog): brought by the parts that show them. */
export const panelStyles = css`
  .day-panel,
  .recap,
  .answer {
    margin-top: calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .day-panel__list,
  .recap__list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .day-panel__item,
  .recap__item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  .day-panel__what {
    display: flex;
    gap: var(--_space);
    align-items: center;
  }
  .recap__price {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .recap__total {
    font-weight: 700;
  }
  .answer__item--refused strong {
    color: var(--_error);
  }
`;

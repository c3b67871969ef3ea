import { css } from 'lit';

/**
 * Layout specific to `<family-calendar>`: the month as a table that scrolls
 * sideways inside itself when wide, the legend beside it from 60rem of width
 * (below it otherwise), and, in the list of days (narrow), each unit's cell
 * in words on its own line. Colours always come with a code and words.
 */
export const familyCalendarStyles = css`
  :host {
    container-type: inline-size;
    --_warning: var(--fp-color-warning, #8a4b00);
    --_success: var(--fp-color-success, #00703c);
    --_input: var(--fp-color-input, #fff);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .toolbar__month,
  .toolbar__go,
  .toolbar__view {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .month {
    min-width: 9em;
    text-align: center;
    margin: 0;
  }
  .month::first-letter {
    text-transform: uppercase;
  }
  .toolbar__go input {
    font: inherit;
    min-height: 2.75em;
    padding: 0 var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .toolbar__view [aria-pressed='true'] {
    background: var(--_primary);
    color: var(--fp-color-on-primary, #fff);
  }
  .layout {
    display: grid;
    /* minmax(0, …): the month's table scrolls inside its box instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  @container (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) 14rem;
      align-items: start;
    }
  }
  .layout__main[aria-busy='true'] {
    opacity: 0.6;
  }
  .grid-scroll {
    /* Positioned: the days' visually hidden names stay inside the scrolling box, not past the page's edge. */
    position: relative;
    overflow-x: auto;
    max-width: 100%;
  }
  .grid {
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .grid th,
  .grid td {
    border: 1px solid var(--_border);
    padding: 0;
    text-align: center;
  }
  .grid .row-name {
    text-align: start;
    padding: 2px var(--_space);
    min-width: 9em;
    font-weight: 400;
  }
  .row-name__unit {
    display: block;
    font-weight: 700;
  }
  .row-name__child {
    display: block;
    color: var(--_muted);
  }
  .column--weekend,
  .column--school-holiday,
  .column--public-holiday,
  .column--closure {
    background: var(--_surface);
  }
  .day-button {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-width: 2.4em;
    min-height: 2.75em;
    width: 100%;
    border: 0;
    background: transparent;
    font: inherit;
    color: inherit;
    cursor: pointer;
    padding: 2px;
  }
  .day-button__face {
    display: contents;
  }
  .day-button--today {
    font-weight: 700;
    box-shadow: inset 0 -3px 0 var(--_primary);
  }
  .cell {
    cursor: pointer;
  }
  /* The month's cell is the table's cell itself (hundreds of them: no box inside); the day's width comes from its column's button. */
  .grid td.cell {
    height: 2.75em;
  }
  .cell[aria-disabled='true'] {
    cursor: default;
  }
  .cell:focus-visible,
  .day-button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  /* A block of one line (not a flex box): hundreds of them are laid out on each change of the month. */
  .code {
    display: inline-block;
    vertical-align: middle;
    text-align: center;
    min-width: 1.8em;
    height: 1.8em;
    line-height: 1.8em;
    padding: 0 2px;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_input);
    font-weight: 700;
    font-size: 0.85em;
    flex: none;
  }
  .code--booked,
  .code--add {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--fp-color-on-primary, #fff);
  }
  .code--requested,
  .code--cancel-requested,
  .code--absence-requested,
  .code--few-places,
  .code--full,
  .code--waiting {
    border: 2px solid var(--_warning);
    color: var(--_warning);
  }
  .code--refused,
  .code--remove,
  .code--absent-billed {
    border: 2px solid var(--_error);
    color: var(--_error);
  }
  .code--present,
  .code--absent-excused {
    border: 2px solid var(--_success);
    color: var(--_success);
  }
  .code--not-offered {
    border-color: transparent;
    background: transparent;
    color: var(--_muted);
  }
  .cell--locked .code,
  .code--locked {
    opacity: 0.55;
    border-style: dotted;
  }
  .cell--pending .code {
    outline: 2px dashed currentColor;
    outline-offset: 1px;
  }
  .legend {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .legend__list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .legend__item {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
`;

import { css } from 'lit';

/**
 * Layout specific to `<camp-week-picker>`: the days side by side from 48rem
 * of width ("Donnerstag" fits a seventh), stacked below (the grid keeps its
 * semantics either way).
 */
export const campWeekPickerStyles = css`
  :host {
    container-type: inline-size;
  }
  .week-title {
    font-weight: 700;
    font-size: 1.2em;
    line-height: 1.3;
    margin: 0 0 var(--_space);
  }
  .week {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .week-nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .week-nav .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .theme {
    align-items: center;
    min-height: 2.75em;
    font-weight: 700;
    font-size: 1.1em;
  }
  .theme > input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .days {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .day {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--fp-color-input, #fff);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .day:focus-within,
  .day:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .day--chosen {
    border: 3px solid var(--_primary);
    padding: calc(var(--_space) - 2px);
  }
  .day--closed,
  .day--past {
    background: var(--_surface);
    color: var(--_muted);
  }
  .day__head {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: 2.75em;
  }
  .day__box {
    flex: 0 0 auto;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .day__box[aria-disabled='true'],
  .day__box[aria-readonly='true'] {
    cursor: not-allowed;
  }
  .day__box[aria-disabled='true'] {
    opacity: 0.5;
  }
  .day__name {
    font-weight: 700;
    cursor: pointer;
  }
  .day--closed .day__name,
  .day--past .day__name {
    cursor: default;
  }
  .day__date {
    font-weight: 400;
    white-space: nowrap;
  }
  .day__details {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    font-size: 0.95em;
  }
  .activities {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .activities > li::before {
    content: '★ ';
    color: var(--_primary);
  }
  .places--few {
    font-weight: 700;
    color: var(--fp-color-warning, #8a4b00);
  }
  .price {
    color: var(--_muted);
  }
  .waiting {
    border-left: 5px solid var(--fp-color-warning, #8a4b00);
    padding-left: calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 2);
  }
  .waiting .choice > label {
    font-weight: 700;
  }
  .waiting .choice__hint {
    font-weight: 400;
  }
  .week-price {
    font-weight: 700;
  }
  .week-price:empty {
    margin: 0;
  }
  /* Side by side, each day's box above its name and date so that they fit a seventh of the width. */
  @container (min-width: 48rem) {
    .days {
      grid-template-columns: repeat(7, minmax(0, 1fr));
      gap: calc(var(--_space) * 0.75);
      font-size: 0.95em;
    }
    .day__head {
      flex-direction: column;
      align-items: flex-start;
    }
    .day__date {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .day--chosen {
      border-color: Highlight;
    }
  }
`;

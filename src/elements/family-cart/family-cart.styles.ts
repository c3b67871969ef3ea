import { css } from 'lit';

/** Layout specific to `<family-cart>`; shared button, panel and confirmation styles come from baseStyles. */
export const familyCartStyles = css`
  .articles {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .article {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .article > .h3 {
    margin-top: 0;
  }
  .callout > p:last-child {
    margin-bottom: 0;
  }
  .amount,
  .total {
    font-size: 1.2em;
    font-weight: 700;
  }
  details {
    margin-bottom: calc(var(--_space) * 2);
  }
  /* A 44 px target, the disclosure marker kept. */
  summary {
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    padding: calc(var(--_space) * 1.25) 0;
  }
  .time-left {
    font-weight: 700;
  }
  /* Under a day: the words say it, the border only underlines it. */
  .time-left--urgent {
    border-left: 5px solid var(--_error);
    padding-left: calc(var(--_space) * 1.5);
  }
  .actions {
    margin-bottom: var(--_space);
  }
  .confirm {
    border-left: 5px solid var(--_error);
    background: var(--_surface);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    margin: calc(var(--_space) * 2) 0;
  }
  .confirm__question {
    font-weight: 700;
    margin-bottom: var(--_space);
  }
  .confirm .actions {
    margin: calc(var(--_space) * 2) 0 0;
  }
  .confirm .button--primary {
    background: var(--_error);
    border-color: var(--_error);
  }
`;

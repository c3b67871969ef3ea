import { css } from 'lit';

/**
 * Styles every element shares: the `--fp-*` theming tokens with their
 * defaults, typography, buttons, notices, loading skeletons and badges. Host
 * pages theme the elements by setting the tokens on any ancestor; `::part()`
 * reaches the rest. Forms add `formStyles`; screens with recaps, confirmations
 * and histories add `flowStyles`.
 */
export const coreStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: var(--fp-max-width, 48rem);
    color: var(--fp-color-text, #1b1b1b);
    font-family: var(--fp-font-family, inherit);
    font-size: var(--fp-font-size, 1rem);
    line-height: 1.5;
    --_space: var(--fp-space, 8px);
    --_primary: var(--fp-color-primary, #1d4f91);
    --_border: var(--fp-color-border, #8c8f91);
    --_error: var(--fp-color-error, #b3261e);
    --_muted: var(--fp-color-muted, #505a5f);
    --_surface: var(--fp-color-surface, #f3f2f1);
    --_focus: var(--fp-color-focus, #ffbf47);
    --_radius: var(--fp-radius, 4px);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  h3,
  .h3 {
    font-weight: 700;
    font-size: 1.2em;
    line-height: 1.3;
    margin: calc(var(--_space) * 3) 0 var(--_space);
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .hint,
  .muted {
    color: var(--_muted);
  }
  .hint {
    display: block;
    margin-bottom: calc(var(--_space) / 2);
  }
  .callout,
  .notice {
    border-left: 5px solid var(--_primary);
    background: var(--_surface);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 3);
  }
  .callout--error {
    border-left-color: var(--_error);
  }

  /* A form element's main heading */
  .title {
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 2);
  }

  /* Buttons */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin: calc(var(--_space) * 3) 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: 2.75em;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 2.5);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .button--primary {
    background: var(--_primary);
    color: var(--fp-color-on-primary, #fff);
  }
  .button--secondary {
    background: var(--fp-color-input, #fff);
    color: var(--_primary);
  }
  .button--link {
    background: none;
    border-color: transparent;
    color: var(--_primary);
    text-decoration: underline;
    padding-inline: calc(var(--_space) / 2);
  }
  .button:hover:not([aria-disabled='true']) {
    filter: brightness(0.92);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .link-button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: fp-spin 0.8s linear infinite;
  }
  @keyframes fp-spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* Loading */
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .skeleton__line {
    height: 1.25em;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface) 25%, #e6e6e6 50%, var(--_surface) 75%);
    background-size: 200% 100%;
    animation: fp-shimmer 1.4s ease-in-out infinite;
  }
  .skeleton__line--title {
    height: 2em;
    width: 60%;
  }
  .skeleton__line:nth-child(3n) {
    width: 80%;
  }
  @keyframes fp-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  .muted {
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space);
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
  @media (prefers-reduced-motion: reduce) {
    .skeleton__line,
    .spinner {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .button,
    .badge,
    .confirmation {
      border: 2px solid ButtonText;
    }
  }
`;

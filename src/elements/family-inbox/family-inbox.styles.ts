import { css } from 'lit';

/**
 * Layout specific to `<family-inbox>`: threads as cards at every width, the
 * messages of a thread one under the other (the service's on the surface
 * colour, the family's edged with the primary one), text as typed with its
 * line breaks, and long words wrapped so that nothing scrolls sideways at 320 px.
 */
export const familyInboxStyles = css`
  :host {
    overflow-wrap: anywhere;
  }
  .toolbar {
    margin-bottom: calc(var(--_space) * 2);
  }
  .unread-total {
    font-size: 0.8em;
    font-weight: 600;
  }
  .threads,
  .messages,
  .attachments,
  .picked {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .thread {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .thread--unread {
    border-color: var(--_primary);
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  .thread__open {
    font: inherit;
    font-size: 1.1em;
    text-align: start;
    color: var(--_primary);
    background: none;
    border: 0;
    padding: 0;
    min-height: 44px;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .thread--unread .thread__subject {
    font-weight: 700;
  }
  .thread__service {
    color: var(--_muted);
    margin-bottom: var(--_space);
  }
  .thread__facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    margin: 0;
  }
  .thread__state--service {
    font-weight: 600;
  }
  .badge--unread {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--fp-color-on-primary, #fff);
    text-decoration: none;
    margin-inline-start: var(--_space);
  }
  .message {
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .message--service {
    background: var(--_surface);
  }
  .message--family {
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_primary);
  }
  .message__meta {
    margin-bottom: var(--_space);
  }
  .message__from {
    color: var(--_muted);
  }
  .message__author {
    margin-inline-end: var(--_space);
  }
  .message__body {
    white-space: pre-wrap;
  }
  .attachment {
    margin-bottom: var(--_space);
  }
  .attachment .button {
    max-width: 100%;
    text-align: start;
  }
  .reply {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }
  .textarea {
    width: 100%;
    max-width: 100%;
    min-height: 8rem;
  }
  .chars {
    margin-top: calc(var(--_space) / 2);
  }
  .progress {
    margin-bottom: calc(var(--_space) * 2);
  }
  .progress progress {
    display: block;
    width: 100%;
    height: 1.25rem;
    accent-color: var(--_primary);
  }
  .field select {
    max-width: 100%;
  }
`;

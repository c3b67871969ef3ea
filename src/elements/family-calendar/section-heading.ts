import { html } from 'lit';

/**
 * A section's heading one level below the element's (the day panel, the
 * recap, the answer: parts loaded later), focusable by its `data-focus` name
 * so that focus lands on what an action shows.
 */
export function sectionHeading(headingLevel: number, name: string, content: unknown) {
  return html`<div
    id="${name}-heading"
    class="h3"
    role="heading"
    aria-level=${Math.min(headingLevel + 1, 6)}
    tabindex="-1"
    data-focus=${name}
  >
    ${content}
  </div>`;
}

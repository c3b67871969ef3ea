import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import { FamilyCalendar } from '../../src/elements/family-calendar/define.js';
import { CalendarDouble, now } from './family-calendar.fixtures.js';

/** `<family-calendar>` on the tests' clock (Friday 15 January 2027). */
export class TestCalendar extends FamilyCalendar {
  protected override now(): Date {
    return now;
  }
}
customElements.define('test-family-calendar', TestCalendar);

/** Text as read, with Intl's narrow and no-break spaces as plain ones. */
export const words = (value: string | null | undefined) =>
  value?.replace(/[\s\u00a0\u202f]+/g, ' ').trim() ?? '';
export const text = (node: Element | null | undefined) => words(node?.textContent);
export const label = (node: Element | null | undefined) => words(node?.getAttribute('aria-label'));

/**
 * The calendar of January 2027 on `double`'s answers, in French, for one child
 * (`childId: null`: every child), in a box `width` pixels wide (none: the page's).
 */
export async function placeCalendar(
  double = new CalendarDouble(),
  {
    width,
    childId = 'chi-1' as string | null,
    adapter = double.adapter as Partial<FamilyPortalAdapter>,
  }: { width?: number; childId?: string | null; adapter?: Partial<FamilyPortalAdapter> } = {},
) {
  const el = await fixture<TestCalendar>(
    html`<div style=${ifDefined(width === undefined ? undefined : `width: ${width}px`)}>
      <test-family-calendar
        .adapter=${adapter}
        month="2027-01"
        child-id=${ifDefined(childId ?? undefined)}
        locale="fr"
      ></test-family-calendar>
    </div>`,
  ).then((wrapper) => wrapper.querySelector<TestCalendar>('test-family-calendar')!);
  const root = el.shadowRoot!;
  await waitUntil(
    () => root.querySelector('[role="grid"], [part~="empty"], [part~="error-panel"]'),
    'nothing shown',
  );
  await el.updateComplete;
  return { el, root, double };
}

export const buttonNamed = (root: ParentNode, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => text(button) === name);

/** Focuses the button named `name` and presses Enter, as a keyboard user would. */
export async function press(root: ParentNode, name: string) {
  const button = buttonNamed(root, name);
  if (!button) throw new Error(`no button ${name}`);
  button.focus();
  await sendKeys({ press: 'Enter' });
}

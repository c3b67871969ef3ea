import type { FamilyPortal } from '../../src/elements/family-portal/family-portal.js';

import type { PortalTab } from '../../src/elements/family-portal/shell.js';

export type { PortalTab };

/** The main heading of an element inside the portal (or anywhere). */
export function headingOf(el: Element): string | undefined {
  return el.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim();
}

/** A page object for `<family-portal>`: its tabs, their panels and the elements inside them. */
export class FamilyPortalPage {
  constructor(readonly el: FamilyPortal) {}

  get root(): ShadowRoot {
    const root = this.el.shadowRoot;
    if (!root) throw new Error('family-portal has no shadow root');
    return root;
  }

  tab(name: PortalTab): HTMLButtonElement {
    const tab = this.root.querySelector<HTMLButtonElement>(`#tab-${name}`);
    if (!tab) throw new Error(`no tab ${name}`);
    return tab;
  }

  panel(name: PortalTab): HTMLElement {
    const panel = this.root.querySelector<HTMLElement>(`#panel-${name}`);
    if (!panel) throw new Error(`no panel ${name}`);
    return panel;
  }

  /** Whether the tab's panel is the one shown. */
  shows(name: PortalTab): boolean {
    const panel = this.root.querySelector<HTMLElement>(`#panel-${name}`);
    return panel ? !panel.hidden : false;
  }

  /** The element `tag` inside the portal. */
  inner<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
    const el = this.root.querySelector(tag);
    if (!el) throw new Error(`no ${tag} in the portal`);
    return el;
  }

  /** The text the portal itself shows in a panel (the home), spaces collapsed. */
  panelText(name: PortalTab): string {
    const panel = this.root.querySelector(`#panel-${name}`);
    return (panel?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** A tab's name and count as a screen reader reads it, spaces collapsed. */
  tabText(name: PortalTab): string {
    const tab = this.root.querySelector(`#tab-${name}`);
    return (tab?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The text an inner element shows, spaces collapsed ('' while it has not rendered). */
  innerText(tag: keyof HTMLElementTagNameMap): string {
    return (this.root.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
  }
}

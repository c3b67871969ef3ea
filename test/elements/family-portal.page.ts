import type { FamilyPortal } from '../../src/elements/family-portal/family-portal.js';

/** The portal's tabs: "Mon compte" (`account`), "Mes enfants" (`children`), "Plaines et stages" (`camps`). */
export type PortalTab = 'account' | 'children' | 'camps';

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
    return !this.panel(name).hidden;
  }

  /** The element `tag` inside the portal. */
  inner<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
    const el = this.root.querySelector(tag);
    if (!el) throw new Error(`no ${tag} in the portal`);
    return el;
  }

  /** The text an inner element shows, spaces collapsed ('' while it has not rendered). */
  innerText(tag: keyof HTMLElementTagNameMap): string {
    return (this.root.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
  }
}

import type { ArgTypes, Parameters } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import manifest from '../custom-elements.json';

/** A story's description on the docs page. */
export const describe = (story: string): Parameters => ({ docs: { description: { story } } });

interface Declaration {
  tagName?: string;
  [kind: string]: unknown;
}

/**
 * The docs table lists the element's whole API from the manifest; only the
 * rows a story wires to its element get a control (one on a CSS part or on an
 * attribute whose property the story sets would do nothing).
 */
export function controlsOnlyFor(tagName: string, wired: string[]): Partial<ArgTypes> {
  const declaration = (manifest.modules as { declarations?: Declaration[] }[])
    .flatMap((mod) => mod.declarations ?? [])
    .find((candidate) => candidate.tagName === tagName);
  const kinds = ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties'];
  const names = kinds.flatMap((kind) =>
    ((declaration?.[kind] as { name: string; kind?: string; privacy?: string }[] | undefined) ?? [])
      // The same rows as the docs table: fields (the manifest holds only the public API).
      .filter((item) => item.kind !== 'method')
      .map((item) => item.name),
  );
  return Object.fromEntries(
    names.filter((name) => !wired.includes(name)).map((name) => [name, { control: false }]),
  );
}

/** `''`: the element follows the page's language (the Language toolbar). */
export const localeControl = { control: 'inline-radio', options: ['', 'fr', 'nl', 'de', 'en'] } as const;

/** The public events, shown in the Actions panel. */
export const publicEvents = ['fp-submitted', 'fp-error', 'fp-abandoned'];

/**
 * What a story's `play` function needs of a form element's shadow DOM, found
 * by parts so that it works in every language.
 */
export function playHelpers(tag: string) {
  const shadowOf = (canvasElement: HTMLElement): ShadowRoot => {
    const root = canvasElement.querySelector(tag)?.shadowRoot;
    if (!root) throw new Error(`${tag} has not rendered`);
    return root;
  };
  /** Waits for `selector` inside the element, then returns it. */
  const find = async <T extends Element>(canvasElement: HTMLElement, selector: string): Promise<T> => {
    let found: T | null = null;
    await waitFor(
      () => {
        found = shadowOf(canvasElement).querySelector<T>(selector);
        expect(found, `${selector} in ${tag}`).toBeTruthy();
      },
      { timeout: 4000 },
    );
    return found as unknown as T;
  };
  /** Presses the step's main button ("Continuer", "Valider"…). */
  const pressPrimary = async (canvasElement: HTMLElement): Promise<void> => {
    await userEvent.click(await find<HTMLButtonElement>(canvasElement, '[part~="button-primary"]'));
  };
  return { shadowOf, find, pressPrimary };
}

/**
 * The CDN's `all.js`: defines each element of the library when its tag first
 * appears in the page, so a page downloads only the elements it shows (as
 * Shoelace's and Web Awesome's autoloaders do). The build gives it one `define`
 * per tag, generated from the element folders; each loads that element's CDN
 * file, which shares its chunks (lit, the base element) with the others.
 *
 * Tags are found by a first scan, then by watching the document and the shadow
 * root of each of our elements as it renders (the built-in portal shows
 * `<child-enrol>` in its own shadow DOM).
 */
export type Definitions = Readonly<Record<string, () => Promise<unknown>>>;

export function autoload(definitions: Definitions): void {
  const tags = Object.keys(definitions);
  const selector = tags.join(',');
  const loading = new Map<string, Promise<unknown>>();
  const watched = new WeakSet<Node>();

  const define = (tag: string): Promise<unknown> => {
    let pending = loading.get(tag);
    if (!pending) {
      pending = (definitions[tag]?.() ?? Promise.resolve()).catch((error: unknown) => {
        // The next appearance of the tag tries again (a CDN hiccup must not break the page for good).
        loading.delete(tag);
        console.error(`family-portal: <${tag}> could not be loaded`, error);
      });
      loading.set(tag, pending);
    }
    return pending;
  };

  /** Our elements at or under `root`: defined on first sight, their shadow roots watched once upgraded. */
  const discover = (root: Element | Document | ShadowRoot): void => {
    const found = [...root.querySelectorAll(selector)];
    if (root instanceof Element && root.matches(selector)) found.push(root);
    for (const element of found) {
      const tag = element.localName;
      if (!customElements.get(tag)) void define(tag);
      // Upgrading (on define, or at once when defined) gives the element its shadow root.
      void customElements.whenDefined(tag).then(() => {
        if (element.shadowRoot) watch(element.shadowRoot);
      });
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  });

  function watch(root: Document | ShadowRoot): void {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
    discover(root);
  }

  watch(document);
}

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import { features } from '../../src/domain/operations/index.js';
import type { ChildEnrol } from '../../src/elements/child-enrol/child-enrol.js';
import '../../src/elements/child-enrol/define.js';
import '../../src/elements/family-portal/define.js';

/** A commune's backend without camps nor cart: the family and the children only. */
function withoutCamps(): Partial<FamilyPortalAdapter> {
  const full = createMemoryAdapter({ family: 'known', storage: null });
  return Object.fromEntries(
    [...features.family, ...features.children].map((name) => [name, full[name].bind(full)]),
  ) as Partial<FamilyPortalAdapter>;
}

const shownText = (element: HTMLElement) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('an adapter with some features only', () => {
  it('is accessible when the element says the service is not offered', async () => {
    const element = await fixture<ChildEnrol>(html`<child-enrol .adapter=${withoutCamps()}></child-enrol>`);
    await waitUntil(() => /pas proposé en ligne/.test(shownText(element)), 'the missing feature is said');
    await expect(element).to.be.accessible();
  });

  it('says so in the element that needs the missing feature, without a retry that cannot help', async () => {
    const element = await fixture<ChildEnrol>(html`<child-enrol .adapter=${withoutCamps()}></child-enrol>`);
    await waitUntil(() => /pas proposé en ligne/.test(shownText(element)), 'the missing feature is said');
    const retry = [...element.shadowRoot!.querySelectorAll('button')].find((button) =>
      /Réessayer/.test(button.textContent ?? ''),
    );
    expect(retry, 'no “Réessayer”').to.equal(undefined);
  });

  it('serves the features it has through <family-portal>', async () => {
    const portal = await fixture<HTMLElement>(
      html`<family-portal .adapter=${withoutCamps()}
        ><child-register view="children"></child-register
      ></family-portal>`,
    );
    const children = portal.querySelector('child-register')!;
    await waitUntil(() => /Léa/.test(shownText(children)), 'the children are listed');
  });
});

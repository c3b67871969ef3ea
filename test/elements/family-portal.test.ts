import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/elements/family-portal/define.js';
import { FamilyPortal } from '../../src/elements/family-portal/family-portal.js';
import { FamilyPortalPage, headingOf } from './family-portal.page.js';

describe('<family-portal>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible with the built-in portal', async () => {
    const portal = await fixture<FamilyPortal>(html`<family-portal adapter="memory"></family-portal>`);
    const inner = portal.shadowRoot!.querySelector('parent-register')!;
    await waitUntil(() => headingOf(inner), 'the portal never rendered its parent registration');
    await expect(portal).to.be.accessible();
  });

  it('shows "Mon compte", "Mes enfants" and "Plaines et stages" as tabs, by keyboard as by pointer', async () => {
    const portal = await fixture<FamilyPortal>(
      html`<family-portal adapter="memory" demo-family="known"></family-portal>`,
    );
    const page = new FamilyPortalPage(portal);
    const { root } = page;
    await waitUntil(() => headingOf(page.inner('parent-register')) === 'Mes coordonnées');
    expect(page.tab('account').getAttribute('aria-selected')).to.equal('true');
    expect(page.shows('children')).to.equal(false);

    page.tab('account').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => page.shows('children'), 'ArrowRight did not show "Mes enfants"');
    expect(root.activeElement).to.equal(page.tab('children'));
    expect(page.tab('children').tabIndex, 'roving tabindex').to.equal(0);
    expect(page.tab('account').tabIndex).to.equal(-1);
    expect(page.shows('account')).to.equal(false);
    await waitUntil(
      () => page.innerText('child-register').includes('Voir la fiche de Léa'),
      'no children list',
    );
    await expect(portal).to.be.accessible();

    await sendKeys({ press: 'Home' });
    await waitUntil(() => page.shows('account'), 'Home did not go back to "Mon compte"');
    await sendKeys({ press: 'End' });
    await waitUntil(() => page.shows('camps'), 'End did not show the last tab, "Plaines et stages"');
    // The camps' element is loaded with its tab: module by module from the test server, slow on a busy machine.
    await waitUntil(
      () => page.innerText('child-enrol').includes('Inscrire mon enfant : Plaines d’été'),
      'no camps',
      { timeout: 4000 },
    );
    await expect(portal).to.be.accessible();
    page.tab('account').click();
    await waitUntil(() => page.shows('account'), 'a click did not show "Mon compte"');
  });

  it('follows the elements’ links to each other to the right tab', async () => {
    const portal = await fixture<FamilyPortal>(html`<family-portal adapter="memory"></family-portal>`);
    const page = new FamilyPortalPage(portal);
    page.tab('children').click();
    const children = page.inner('child-register');
    // A parent not registered yet is asked to register first, in "Mon compte".
    const registerFirst = () =>
      children.shadowRoot?.querySelector<HTMLAnchorElement>('a[href="#fp-tab-account"]');
    await waitUntil(registerFirst, 'no link to register first');
    const link = registerFirst()!;
    expect(link.textContent?.trim()).to.equal('M’enregistrer en tant que parent');
    link.click();
    await waitUntil(() => page.shows('account'), 'the tab did not open');
    expect(page.root.activeElement?.id).to.equal('tab-account');
    expect(location.hash).not.to.equal('#fp-tab-account');
  });

  it('gives the elements inside it its adapter and language', async () => {
    const adapter = createMemoryAdapter({ family: 'known', storage: null });
    const portal = await fixture<FamilyPortal>(
      html`<family-portal .adapter=${adapter} locale="en"
        ><parent-register></parent-register
      ></family-portal>`,
    );
    const inner = portal.querySelector('parent-register')!;
    await waitUntil(() => headingOf(inner) === 'My details', `heading: ${headingOf(inner)}`);
    expect(
      portal.shadowRoot!.querySelector('parent-register'),
      'no built-in portal when given content',
    ).to.equal(null);

    portal.locale = 'nl';
    await waitUntil(() => headingOf(inner) === 'Mijn gegevens', `heading: ${headingOf(inner)}`);
  });

  it('builds the seeded memory backend from attributes, per demo account', async () => {
    const portal = await fixture<FamilyPortal>(
      html`<family-portal adapter="memory" demo-family="known"
        ><parent-register></parent-register
      ></family-portal>`,
    );
    const inner = portal.querySelector('parent-register')!;
    await waitUntil(() => headingOf(inner) === 'Mes coordonnées', `heading: ${headingOf(inner)}`);

    portal.setAttribute('demo-family', 'new');
    await waitUntil(
      () => headingOf(inner) === 'M’enregistrer en tant que parent',
      `heading: ${headingOf(inner)}`,
    );
  });

  it('lets an element’s own adapter and locale win over the portal’s', async () => {
    const own = createMemoryAdapter({ family: 'known', storage: null });
    const portal = await fixture<FamilyPortal>(
      html`<family-portal adapter="memory" demo-family="new" locale="fr">
        <parent-register .adapter=${own} locale="de"></parent-register>
      </family-portal>`,
    );
    const inner = portal.querySelector('parent-register')!;
    await waitUntil(() => headingOf(inner) === 'Meine Angaben', `heading: ${headingOf(inner)}`);
  });

  it('reads the commune’s settings once for every element inside it', async () => {
    const adapter = createMemoryAdapter({ family: 'known', storage: null });
    let reads = 0;
    const getCommune = adapter.getCommune.bind(adapter);
    adapter.getCommune = (options) => {
      reads += 1;
      return getCommune(options);
    };
    const portal = await fixture<FamilyPortal>(html`<family-portal .adapter=${adapter}></family-portal>`);
    await waitUntil(() => reads === 1, 'the portal never read the commune');
    const [first, second] = [
      document.createElement('parent-register'),
      document.createElement('parent-register'),
    ];
    second.draftKey = 'second';
    portal.append(first, second);
    await waitUntil(
      () => headingOf(first) === 'Mes coordonnées' && headingOf(second) === 'Mes coordonnées',
      'not loaded',
    );
    expect(reads).to.equal(1);
  });

  it('reaches elements that were upgraded before it (scripts load in any order)', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <late-portal adapter="memory" demo-family="known"><parent-register></parent-register></late-portal>
      </div>`,
    );
    const inner = page.querySelector('parent-register')!;
    await inner.updateComplete;
    expect(inner.shadowRoot!.textContent).to.include('n’est relié à aucun service');
    customElements.define('late-portal', class extends FamilyPortal {});
    await waitUntil(() => headingOf(inner) === 'Mes coordonnées', `heading: ${headingOf(inner)}`);
  });

  it('talks to the REST API at api-base, unless given an adapter', async () => {
    const memory = createMemoryAdapter({ family: 'new', storage: null });
    const requests: Request[] = [];
    const original = window.fetch;
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      requests.push(request);
      const path = new URL(request.url).pathname;
      if (path.endsWith('/commune')) return json(await memory.getCommune());
      if (path.endsWith('/family')) return json(await memory.getFamily());
      return new Response('{}', { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    };
    try {
      const portal = await fixture<FamilyPortal>(
        html`<family-portal api-base="/api/v1"><parent-register></parent-register></family-portal>`,
      );
      const inner = portal.querySelector('parent-register')!;
      await waitUntil(
        () => headingOf(inner) === 'M’enregistrer en tant que parent',
        `heading: ${headingOf(inner)}`,
      );
      expect(requests.map((request) => `${request.method} ${request.url}`)).to.include.members([
        `GET ${location.origin}/api/v1/commune`,
        `GET ${location.origin}/api/v1/family`,
      ]);
      expect(requests.every((request) => request.credentials === 'same-origin')).to.equal(true);

      requests.length = 0;
      portal.apiBase = 'https://commune.example/api/v1';
      await waitUntil(() => requests.length > 0, 'no request to the new API');
      expect(requests[0]!.url).to.equal('https://commune.example/api/v1/commune');
      expect(requests[0]!.credentials, 'the session cookie goes to the other origin').to.equal('include');

      portal.adapter = createMemoryAdapter({ family: 'known', storage: null });
      await waitUntil(() => headingOf(inner) === 'Mes coordonnées', `heading: ${headingOf(inner)}`);
    } finally {
      window.fetch = original;
    }
  });

  it('keeps two portals on one page apart', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <family-portal adapter="memory" demo-family="known" locale="fr"
          ><parent-register></parent-register
        ></family-portal>
        <family-portal adapter="memory" demo-family="new" locale="en"
          ><parent-register draft-key="second"></parent-register
        ></family-portal>
      </div>`,
    );
    const [first, second] = [...page.querySelectorAll('parent-register')];
    await waitUntil(() => headingOf(first!) === 'Mes coordonnées', `first: ${headingOf(first!)}`);
    await waitUntil(() => headingOf(second!) === 'Register as a parent', `second: ${headingOf(second!)}`);
  });
});

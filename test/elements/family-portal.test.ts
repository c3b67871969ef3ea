import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/index.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/elements/family-portal/define.js';
import { FamilyPortal } from '../../src/elements/family-portal/family-portal.js';
import { portalTabs } from '../../src/elements/family-portal/shell.js';
import { FamilyPortalPage, headingOf } from './family-portal.page.js';

/**
 * The built-in portal's first view waits for its part, the demo backend (and its
 * desks) and the family's summary: module by module from the test server, slow on a busy machine.
 */
const slow = { timeout: 5000 };

describe('<family-portal>', () => {
  // The built-in portal keeps its tab in the address: each test starts from the page's own.
  const start = location.href;
  beforeEach(() => sessionStorage.clear());
  afterEach(() => history.replaceState(null, '', start));

  it('is accessible with the built-in portal', async () => {
    const portal = await fixture<FamilyPortal>(
      html`<family-portal adapter="memory" demo-family="known"></family-portal>`,
    );
    const page = new FamilyPortalPage(portal);
    await waitUntil(() => page.panelText('home').includes('N° de famille'), 'the home never showed', slow);
    await expect(portal).to.be.accessible();
  });

  it('opens on the family’s home: its number, balance, new messages and requests, counted on the tabs too', async () => {
    const adapter = createMemoryAdapter({ family: 'known', storage: null });
    const summary = await adapter.getFamilySummary();
    expect(summary.unreadMessages, 'the demo family has an answer it has not read').to.equal(1);
    const portal = await fixture<FamilyPortal>(html`<family-portal .adapter=${adapter}></family-portal>`);
    const page = new FamilyPortalPage(portal);
    await waitUntil(() => page.panelText('home').includes('N° de famille'), 'the home never showed', slow);
    expect(page.tab('home').getAttribute('aria-selected')).to.equal('true');
    const home = page.panelText('home');
    expect(home).to.include(`N° de famille ${summary.familyNumber}`);
    expect(home).to.include('Vous avez 1 nouveau message');
    expect(home).to.include(
      summary.pendingRequests === 1
        ? '1 demande en cours de traitement'
        : `${summary.pendingRequests} demandes en cours de traitement`,
    );
    expect(page.tabText('messages')).to.equal('Messages1, 1 message non lu');
    expect(page.tab('messages').querySelector('[part~="tab-count"]')?.getAttribute('aria-hidden')).to.equal(
      'true',
    );
    if (summary.unpaidInvoices > 0) {
      expect(page.tabText('invoices')).to.include(`${summary.unpaidInvoices} factures à payer`);
      expect(home).to.match(/\d+ factures? à payer \(\d/);
    }
    expect(page.tabText('documents'), 'no count where nothing waits').to.equal('Documents');
  });

  it('shows every tab by keyboard as by pointer, each element downloaded when its tab is first shown', async () => {
    const portal = await fixture<FamilyPortal>(
      html`<family-portal adapter="memory" demo-family="known"></family-portal>`,
    );
    const page = new FamilyPortalPage(portal);
    const { root } = page;
    await waitUntil(() => page.panelText('home').includes('N° de famille'), 'no home', slow);
    expect(
      [...root.querySelectorAll('[role="tab"]')].map((tab) => tab.id),
      'the tabs in order',
    ).to.deep.equal(portalTabs.map((tab) => `tab-${tab}`));
    expect(page.panel('calendar').children.length, 'a tab never shown draws nothing').to.equal(0);

    page.tab('home').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => page.shows('account'), 'ArrowRight did not show "Mon dossier"');
    expect(root.activeElement).to.equal(page.tab('account'));
    expect(page.tab('account').tabIndex, 'roving tabindex').to.equal(0);
    expect(page.tab('home').tabIndex).to.equal(-1);
    await waitUntil(() => headingOf(page.inner('parent-register')) === 'Mes coordonnées', 'no account');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(
      () => page.innerText('child-register').includes('Voir la fiche de Léa'),
      'ArrowRight did not show the children',
      slow,
    );
    await expect(portal).to.be.accessible();

    await sendKeys({ press: 'End' });
    await waitUntil(() => page.shows('documents'), 'End did not show the last tab, "Documents"');
    expect(root.activeElement).to.equal(page.tab('documents'));
    await sendKeys({ press: 'Home' });
    await waitUntil(() => page.shows('home'), 'Home did not go back to the home');

    page.tab('invoices').click();
    await waitUntil(() => page.shows('invoices'), 'a click did not show "Factures"');
    await waitUntil(() => customElements.get('invoice-list'), 'the invoices’ element was not downloaded');
    await waitUntil(() => headingOf(page.inner('invoice-list')), 'the invoices never rendered', {
      timeout: 4000,
    });
    page.tab('calendar').click();
    await waitUntil(() => customElements.get('family-calendar'), 'the calendar was not downloaded');
    expect(page.panel('invoices').querySelector('invoice-list'), 'a tab seen stays drawn').to.not.equal(null);
  });

  it('counts again once something changes inside: a thread read drops the messages’ count', async () => {
    const adapter = createMemoryAdapter({ family: 'known', storage: null });
    const portal = await fixture<FamilyPortal>(html`<family-portal .adapter=${adapter}></family-portal>`);
    const page = new FamilyPortalPage(portal);
    await waitUntil(() => page.tabText('messages').includes('1 message non lu'), 'no unread count', slow);
    const { threads } = await adapter.getThreads();
    const unread = threads.find((thread) => thread.unreadCount > 0)!;
    await adapter.markThreadRead(unread.id, { idempotencyKey: 'read-once' });
    // As <family-inbox> tells the page once it marked a thread read.
    page.panel('home').dispatchEvent(new Event('fp-thread-read', { bubbles: true, composed: true }));
    await waitUntil(
      () => page.panelText('home').includes('Aucun nouveau message'),
      'the home kept the count',
      slow,
    );
    expect(page.tabText('messages'), 'the tab’s count').to.equal('Messages');
  });

  it('says when the family’s summary cannot be read, and reads it again on "Réessayer"', async () => {
    const adapter = createMemoryAdapter({ family: 'known', storage: null });
    const getFamilySummary = adapter.getFamilySummary.bind(adapter);
    let failures = 1;
    adapter.getFamilySummary = (options) => {
      if (failures-- > 0) return Promise.reject(new AdapterError({ type: 'network' }));
      return getFamilySummary(options);
    };
    const portal = await fixture<FamilyPortal>(html`<family-portal .adapter=${adapter}></family-portal>`);
    const page = new FamilyPortalPage(portal);
    await waitUntil(
      () => page.root.querySelector('#panel-home [part~="error-panel"]'),
      'no error shown',
      slow,
    );
    await expect(portal).to.be.accessible();
    const retry = [...page.panel('home').querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Réessayer',
    )!;
    retry.click();
    await waitUntil(() => page.panelText('home').includes('N° de famille'), 'not read again', slow);
  });

  it('sends a family not registered yet to "Mon dossier", and follows the elements’ links to each other', async () => {
    const portal = await fixture<FamilyPortal>(html`<family-portal adapter="memory"></family-portal>`);
    const page = new FamilyPortalPage(portal);
    await waitUntil(() => page.panelText('home').includes('Pas encore de dossier'), 'no invitation', slow);
    page.panel('home').querySelector<HTMLAnchorElement>('a[href="#fp-tab-account"]')!.click();
    await waitUntil(() => page.shows('account'), 'the home’s link did not open "Mon dossier"');
    expect(page.root.activeElement?.id).to.equal('tab-account');

    page.tab('children').click();
    await portal.updateComplete;
    const children = page.inner('child-register');
    // A parent not registered yet is asked to register first, in "Mon dossier".
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
        slow,
      );
      expect(requests.map((request) => `${request.method} ${request.url}`)).to.include.members([
        `GET ${location.origin}/api/v1/commune`,
        `GET ${location.origin}/api/v1/family`,
      ]);
      expect(requests.every((request) => request.credentials === 'same-origin')).to.equal(true);

      requests.length = 0;
      portal.apiBase = 'https://commune.example/api/v1';
      await waitUntil(() => requests.length > 0, 'no request to the new API', slow);
      expect(requests[0]!.url).to.equal('https://commune.example/api/v1/commune');
      expect(requests[0]!.credentials, 'the session cookie goes to the other origin').to.equal('include');

      portal.adapter = createMemoryAdapter({ family: 'known', storage: null });
      await waitUntil(() => headingOf(inner) === 'Mes coordonnées', `heading: ${headingOf(inner)}`, slow);
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
  it('keeps the tab in the address: a link opens it, back and forward move between tabs', async () => {
    const url = new URL(location.href);
    url.searchParams.set('fp-tab', 'requests');
    history.replaceState(null, '', url);

    const portal = await fixture<FamilyPortal>(
      html`<family-portal adapter="memory" demo-family="known"></family-portal>`,
    );
    const page = new FamilyPortalPage(portal);
    await waitUntil(() => page.shows('requests'), 'the address’s tab was not opened', slow);

    page.tab('messages').click();
    await waitUntil(() => page.shows('messages'), 'no messages');
    expect(new URL(location.href).searchParams.get('fp-tab')).to.equal('messages');
    page.tab('home').click();
    await waitUntil(() => page.shows('home'), 'no home');
    expect(new URL(location.href).searchParams.has('fp-tab'), 'the home needs no parameter').to.equal(false);

    history.back();
    await waitUntil(() => page.shows('messages'), 'back did not return to "Messages"');
    history.back();
    await waitUntil(() => page.shows('requests'), 'back did not return to "Demandes"');
    history.forward();
    await waitUntil(() => page.shows('messages'), 'forward did not return to "Messages"');
    expect(page.tab('messages').getAttribute('aria-selected')).to.equal('true');
  });
});

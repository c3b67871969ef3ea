import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FamilySnapshot, RequestReceipt } from '../../src/domain/index.js';
import {
  filterRequests,
  kindFilterOf,
  periodStart,
  shownChange,
} from '../../src/elements/request-list/request-model.js';
import { FpSubmittedEvent, type FpErrorEvent } from '../../src/shared/events.js';
import { knownFamily, placeRequests, testNow, text, words } from './request-list.page.js';

/** The known family's requests on the tests' day, newest first. */
const allNumbers = ['26-5', '26-4', '26-3', '26-2', '26-1', '25-9', '25-7', '25-3'];

/** A request of `kind`, sent `daysAgo` days before the tests' day. */
function made(index: number, daysAgo: number, overrides: Partial<RequestReceipt> = {}): RequestReceipt {
  const at = new Date(testNow.getTime() - daysAgo * 86_400_000).toISOString();
  return {
    id: `req-${index}`,
    number: `30-${index}`,
    trackingCode: 'ABCDEFGH',
    kind: 'absence',
    status: 'accepted',
    submittedAt: at,
    history: [{ status: 'absence-received', label: 'Demande d’absence', at }],
    ...overrides,
  };
}

/** An adapter that offers only the family's snapshot: `requests` as given. */
function familyWith(requests: RequestReceipt[]) {
  const family: FamilySnapshot = {
    account: { email: 'marc.dubois@example.be' },
    parent: null,
    coParents: [],
    children: [],
    requests,
  };
  return { getFamily: () => Promise.resolve(structuredClone(family)) };
}

describe('<request-list>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is accessible, with a history open', async () => {
    const page = await placeRequests();
    page.toggle('25-9').click();
    await page.settle();
    await expect(page.el).to.be.accessible();
    await expect(page.el).shadowDom.to.be.accessible();
  });

  it('shows every request newest first: kind, number, child, date, status in words, the last step', async () => {
    const page = await placeRequests();
    expect(page.numbers()).to.deep.equal(allNumbers);
    expect(text(page.part('count'))).to.equal('8 demandes');

    const refused = page.request('25-9');
    expect(text(refused.querySelector('[role="heading"]'))).to.equal('Modification de mes coordonnées');
    expect(text(refused.querySelector('.facts'))).to.equal('Demande n° 25-9 Envoyée le 15/09/2025');
    const status = refused.querySelector('[part~="status"]')!;
    expect(text(status), 'the status in words, not colour only').to.equal('Refusée');
    expect(status.getAttribute('part')).to.contain('status-refused');
    expect(text(refused.querySelector('[part~="last-step"]'))).to.equal(
      'Dernière étape, le 17/09/2025 11:30 : Modification refusée Merci de joindre une preuve de domicile (composition de ménage ou contrat de bail) à votre nouvelle demande.',
    );

    const absence = page.request('26-3');
    expect(text(absence.querySelector('[role="heading"]'))).to.equal('Demande d’absence');
    expect(text(absence.querySelector('.facts')), 'the child it is about, by name').to.contain('Pour Léa');
    expect(text(absence.querySelector('[part~="status"]'))).to.equal('En cours de traitement');
    expect(
      text(absence.querySelector('[part~="last-step"]')),
      'the service’s sentence from its code',
    ).to.contain('Léa, du 14/12/2026 au 14/12/2026 : jours réservés concernés : 1.');
    expect(text(page.request('26-1').querySelector('[role="heading"]'))).to.equal('Réservation sur période');
    expect(
      page.request('26-1').querySelector('.facts')?.textContent,
      'no child for a family booking',
    ).not.to.contain('Pour');
  });

  it('filters by kind, status and period together, counts what it shows, and says when none is left', async () => {
    const page = await placeRequests();
    await page.choose('filter-kind', 'calendar');
    expect(page.numbers()).to.deep.equal(['26-5', '26-4', '26-3', '26-2', '26-1']);
    await page.choose('filter-status', 'pending');
    expect(page.numbers()).to.deep.equal(['26-4', '26-3']);
    expect(text(page.part('count'))).to.equal('2 demandes sur 8');
    await page.choose('filter-kind', 'absence');
    expect(page.numbers()).to.deep.equal(['26-3']);
    expect(text(page.part('count'))).to.equal('1 demande sur 8');

    await page.choose('filter-kind', 'family');
    await page.choose('filter-status', 'all');
    expect(page.numbers(), 'no cap: a year-old request is there').to.deep.equal(['25-9', '25-7', '25-3']);
    await page.choose('filter-period', '12-months');
    expect(page.numbers()).to.deep.equal([]);
    expect(text(page.part('empty'))).to.equal(
      'Aucune demande ne correspond à vos filtres : Toutes les demandes de la famille · Les 12 derniers mois. Afficher toutes les demandes',
    );

    page.button('Afficher toutes les demandes').click();
    await page.settle();
    expect(page.numbers()).to.deep.equal(allNumbers);
    expect(page.root.activeElement?.id, 'back to the first filter').to.equal('filter-kind');
    expect(page.root.querySelector<HTMLSelectElement>('#filter-period')!.value).to.equal('all');
    expect(page.part('count')?.nextElementSibling, 'nothing to clear').to.equal(null);

    await page.choose('filter-status', 'refused');
    await page.choose('filter-period', '3-months');
    expect(page.numbers()).to.deep.equal(['26-5']);
    page.button('Effacer les filtres').click();
    await page.settle();
    expect(page.numbers()).to.deep.equal(allNumbers);
  });

  it('opens with the filters its attributes preset, and ignores values it does not know', async () => {
    const page = await placeRequests(knownFamily(), { kind: 'absence', status: 'accepted' });
    expect(page.numbers()).to.deep.equal(['26-2']);
    expect(page.root.querySelector<HTMLSelectElement>('#filter-kind')!.value).to.equal('absence');
    expect(page.root.querySelector<HTMLSelectElement>('#filter-status')!.value).to.equal('accepted');

    page.el.setAttribute('kind', 'nonsense');
    page.el.setAttribute('status', 'pending');
    await page.settle();
    expect(page.el.kind).to.equal('all');
    expect(page.numbers()).to.deep.equal(['26-4', '26-3']);
  });

  it('opens a request’s history by keyboard: newest first, dates, times, reasons as typed, what changes', async () => {
    const page = await placeRequests();
    const toggle = page.toggle('25-9');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const panel = page.root.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.hidden).to.equal(true);

    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await page.settle();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(page.root.activeElement, 'focus stays on the button').to.equal(toggle);
    const entries = [...panel.querySelectorAll('[part~="timeline"] li')].map(text);
    expect(entries).to.have.length(2);
    expect(entries[0]).to.equal(
      'Modification refusée 17/09/2025 11:30 · par Service Accueil Extrascolaire Merci de joindre une preuve de domicile (composition de ménage ou contrat de bail) à votre nouvelle demande.',
    );
    expect(entries[1]).to.equal('Demande de modification de vos coordonnées 15/09/2025 20:05');
    const changes = [...panel.querySelectorAll('[part~="changes"] > div')].map(text);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.match(/^Rue Avant : .+ Après : Rue du Moulin$/);
    expect(text(panel)).to.contain('Code de suivi :');

    await sendKeys({ press: 'Space' });
    await page.settle();
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
  });

  it('says a failed read with "Réessayer", reports it, and shows the requests once it works', async () => {
    const adapter = knownFamily();
    adapter.failNext('server', { operation: 'read' });
    const failed = new Promise<FpErrorEvent>((resolve) =>
      document.addEventListener('fp-error', (event) => resolve(event), { once: true }),
    );
    const page = await placeRequests(adapter);
    const event = await failed;
    expect(event.detail.operation).to.equal('load');
    const panel = page.part('error-panel')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(text(panel)).to.contain('Réessayer');

    const retry = page.button('Réessayer');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => page.part('requests'), 'the requests after "Réessayer"');
    expect(page.numbers()).to.deep.equal(allNumbers);
  });

  it('renders a hostile reason as text, never as markup', async () => {
    const adapter = knownFamily();
    await adapter.getFamily();
    const hostile = '<img src=x onerror=alert(1)>';
    await adapter.decide('req-cal-4', 'refused', hostile);
    const page = await placeRequests(adapter);
    const request = page.request('26-3');
    expect(text(request.querySelector('[part~="status"]'))).to.equal('Refusée');
    expect(text(request.querySelector('[part~="last-step"]'))).to.contain(`Motif : ${hostile}`);
    page.toggle('26-3').click();
    await page.settle();
    expect(text(request.querySelector('[part~="timeline"] li'))).to.contain(hostile);
    expect(page.root.querySelector('img'), 'no element made of it').to.equal(null);
  });

  it('reads the family again when another element records a request', async () => {
    const adapter = knownFamily();
    const page = await placeRequests(adapter);
    expect(text(page.request('26-4').querySelector('[part~="status"]'))).to.equal('En cours de traitement');
    page.toggle('26-4').click();
    await adapter.decide('req-cal-3', 'accepted');
    const host = document.createElement('div');
    document.body.append(host);
    host.dispatchEvent(
      new FpSubmittedEvent({ kind: 'booking', requestId: 'x', requestNumber: '26-6', trackingCode: 'X' }),
    );
    host.remove();
    await waitUntil(
      () => text(page.request('26-4').querySelector('[part~="status"]')) === 'Acceptée',
      'the new status',
    );
    expect(page.toggle('26-4').getAttribute('aria-expanded'), 'the open history stays open').to.equal('true');
  });

  it('draws 50 requests, then 50 more on request, focus on the first one added', async () => {
    const requests = Array.from({ length: 120 }, (_, index) => made(index + 1, index));
    const page = await placeRequests(familyWith(requests));
    expect(page.numbers()).to.have.length(50);
    expect(page.numbers()[0]).to.equal('30-1');
    expect(words(page.part('more')?.querySelector('p')?.textContent)).to.equal(
      '50 demandes affichées sur 120',
    );
    page.button('Afficher 50 demandes de plus').click();
    await page.settle();
    expect(page.numbers()).to.have.length(100);
    expect(page.root.activeElement).to.equal(page.toggle('30-51'));
    page.button('Afficher 20 demandes de plus').click();
    await page.settle();
    expect(page.numbers()).to.have.length(120);
    expect(page.part('more')).to.equal(null);
  });

  it('says when the family has made no request', async () => {
    const page = await placeRequests(familyWith([]));
    expect(text(page.part('empty'))).to.equal('Vous n’avez encore fait aucune demande.');
    expect(page.part('filters')).to.equal(null);
  });

  it('shows a skeleton while it reads', async () => {
    let answer: (family: FamilySnapshot) => void = () => undefined;
    const slow = { getFamily: () => new Promise<FamilySnapshot>((resolve) => (answer = resolve)) };
    const el = await fixture(html`<test-request-list .adapter=${slow}></test-request-list>`);
    const skeleton = el.shadowRoot!.querySelector('[part~="skeleton"]');
    expect(skeleton?.getAttribute('aria-busy')).to.equal('true');
    answer({ account: {}, parent: null, coParents: [], children: [], requests: [made(1, 1)] });
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="request"]'), 'the request');
  });

  it('fits 320 px without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const page = await placeRequests();
    page.toggle('25-9').click();
    await page.settle();
    expect(page.el.scrollWidth).to.be.at.most(page.el.clientWidth);
    for (const select of page.root.querySelectorAll('select'))
      expect(select.getBoundingClientRect().right).to.be.at.most(320);
  });

  const languages = {
    fr: {
      title: 'Mes demandes',
      kind: 'Modification de mes coordonnées',
      refused: 'Refusée',
      pending: 'En cours de traitement',
      label: 'Modification refusée',
    },
    nl: {
      title: 'Mijn aanvragen',
      kind: 'Wijziging van mijn gegevens',
      refused: 'Geweigerd',
      pending: 'In behandeling',
      label: 'Wijziging geweigerd',
    },
    de: {
      title: 'Meine Anträge',
      kind: 'Änderung meiner Angaben',
      refused: 'Abgelehnt',
      pending: 'In Bearbeitung',
      label: 'Änderung abgelehnt',
    },
    en: {
      title: 'My requests',
      kind: 'Change of my details',
      refused: 'Refused',
      pending: 'Being handled',
      label: 'Change refused',
    },
  };
  for (const [locale, expected] of Object.entries(languages)) {
    it(`speaks ${locale}: kinds, statuses and the history’s labels`, async () => {
      const page = await placeRequests(knownFamily(), { locale });
      await waitUntil(() => text(page.part('heading')) === expected.title, `the ${locale} title`);
      const refused = page.request('25-9');
      expect(text(refused.querySelector('[role="heading"]'))).to.equal(expected.kind);
      expect(text(refused.querySelector('[part~="status"]'))).to.equal(expected.refused);
      expect(text(refused.querySelector('[part~="last-step"]'))).to.contain(expected.label);
      expect(text(page.request('26-4').querySelector('[part~="status"]'))).to.equal(expected.pending);
      const statuses = [...page.root.querySelectorAll('#filter-status option')].map(text);
      expect(statuses).to.include.members([expected.refused, expected.pending]);
      if (locale !== 'fr')
        expect(
          text(page.request('26-4').querySelector('[part~="last-step"]')),
          'the sentence too',
        ).not.to.contain('Réservés');
    });
  }
});

describe('request-list model', () => {
  it('counts a period back in whole months, a missing day becoming the month’s last', () => {
    expect(periodStart('3-months', '2026-12-04')).to.equal('2026-09-04');
    expect(periodStart('3-months', '2026-05-31')).to.equal('2026-02-28');
    expect(periodStart('12-months', '2028-02-29')).to.equal('2027-02-28');
    expect(periodStart('all', '2026-12-04')).to.equal(undefined);
  });

  it('keeps the kinds of a group or one kind, and orders by the instant sent whatever the offset', () => {
    const early = made(1, 0, { kind: 'booking', submittedAt: '2026-12-04T10:00:00+02:00' });
    const late = made(2, 0, { kind: 'absence', submittedAt: '2026-12-04T09:30:00Z' });
    const camp = made(3, 0, { kind: 'camp-enrolment', submittedAt: '2026-12-01T09:30:00Z' });
    const all = { kind: 'all', status: 'all', period: 'all' } as const;
    expect(filterRequests([early, camp, late], all, '2026-12-04').map((r) => r.id)).to.deep.equal([
      'req-2',
      'req-1',
      'req-3',
    ]);
    expect(filterRequests([early, camp, late], { ...all, kind: 'calendar' }, '2026-12-04')).to.have.length(2);
    expect(
      filterRequests([early, camp, late], { ...all, kind: 'camp-enrolment' }, '2026-12-04'),
    ).to.deep.equal([camp]);
    expect(kindFilterOf('camps')).to.equal('camps');
    expect(kindFilterOf('invoice-dispute')).to.equal('invoice-dispute');
    expect(kindFilterOf('constructor')).to.equal('all');
  });

  it('shows a change’s values only when they read as words', () => {
    expect(shownChange({ field: 'phone', from: '0475 11 22 33', to: '' })).to.deep.equal({
      field: 'parent.phone',
      values: { from: { text: '0475 11 22 33' }, to: { none: true } },
    });
    expect(
      shownChange({ field: 'identity.birthDate', from: '"2016-05-12"', to: '"2016-05-21"' }),
    ).to.deep.equal({
      field: 'child.birthDate',
      values: { from: { date: '2016-05-12' }, to: { date: '2016-05-21' } },
    });
    expect(shownChange({ field: 'identity.schoolSiteId', from: '"s1"', to: '"s2"' })).to.deep.equal({
      field: 'child.schoolSiteId',
    });
    expect(shownChange({ field: 'health.allergies', from: '[]', to: '[{"substance":"x"}]' })).to.deep.equal({
      field: 'health.allergies',
    });
  });
});

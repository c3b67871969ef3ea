import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Locale } from '../../src/domain/index.js';
import { childMessages, type ChildKey } from '../../src/elements/child-register/messages/index.js';
import * as library from '../../src/index.js';
import { formatDate, formatLongDate, formatMoney, formatWhen } from '../../src/shared/i18n/format.js';
import {
  coreMessages,
  interpolate,
  LocalizeController,
  locales,
  toLocale,
  type MessageBundle,
  type Translations,
} from '../../src/shared/i18n/localize.js';

class LocalizeHarness extends LitElement {
  locale: string | undefined;
  translations: Translations | undefined;
  readonly i18n = new LocalizeController(this);
  override render() {
    return html`<p>${this.i18n.t('ui.retry')}</p>`;
  }
}
customElements.define('fp-localize-harness', LocalizeHarness);

/** An element with its own messages, as <child-register> has. */
class ChildMessagesHarness extends LitElement {
  locale: string | undefined;
  translations: Translations | undefined;
  readonly i18n = new LocalizeController<ChildKey>(this, childMessages);
  override render() {
    return html`<p>${this.i18n.t('child.list.title')}</p>`;
  }
}
customElements.define('fp-child-messages-harness', ChildMessagesHarness);

const shown = (el: LitElement) => el.shadowRoot?.querySelector('p')?.textContent;

/**
 * The parts the elements load on first use, each with the `messages` it brings (LazyController):
 * a new part is added here so that its words are checked as the elements' are.
 */
const lazyParts = () => [
  import('../../src/elements/child-register/steps-part.js'),
  import('../../src/elements/child-register/done-part.js'),
  import('../../src/elements/child-register/pages-part.js'),
  import('../../src/elements/child-register/health-screen.js'),
  import('../../src/elements/child-enrol/steps-view.js'),
  import('../../src/elements/child-enrol/outcome-view.js'),
  import('../../src/elements/child-enrol/history-part.js'),
  import('../../src/elements/parent-register/recap-view.js'),
  import('../../src/elements/parent-register/account-view.js'),
  import('../../src/elements/camp-week-picker/week-price.js'),
  import('../../src/elements/family-cart/on-demand-view.js'),
  import('../../src/elements/family-calendar/recap-part.js'),
  import('../../src/elements/family-calendar/day-part.js'),
  import('../../src/elements/family-calendar/feed-dialog.js'),
  import('../../src/elements/family-calendar/absence-dialog.js'),
  import('../../src/elements/family-calendar/period-dialog.js'),
  import('../../src/elements/family-calendar/copy-dialog.js'),
  import('../../src/elements/family-calendar/dialogs.js'),
  import('../../src/elements/invoice-list/detail-part.js'),
  import('../../src/elements/invoice-list/account-views.js'),
  import('../../src/elements/family-inbox/thread-part.js'),
  import('../../src/elements/family-documents/proof-part.js'),
  import('../../src/elements/family-portal/shell.js'),
];

/** Every bundle of messages: the core, those the library's elements name in `static messages`, and their parts'. */
async function allBundles(): Promise<MessageBundle[]> {
  const named = Object.values(library).flatMap((value) =>
    typeof value === 'function' && 'messages' in value ? (value.messages as readonly MessageBundle[]) : [],
  );
  const parts = (await Promise.all(lazyParts())).flatMap((part): readonly MessageBundle[] => part.messages);
  return [...new Set([coreMessages, ...named, ...parts])];
}

async function catalogue(bundle: MessageBundle, locale: Locale): Promise<Readonly<Record<string, string>>> {
  const source = bundle.sources[locale];
  return typeof source === 'function' ? (await source()).default : source;
}

describe('localisation', () => {
  it('has every French key translated, non-empty, in nl, de and en, in the same bundle; no key in two', async function () {
    // Every element's and part's catalogue, module by module from the test server: slow on a busy machine.
    this.timeout(40000);
    const bundles = await allBundles();
    // The core, the shared pieces and one bundle per element at least (adding an element adds its own).
    expect(bundles.length).to.be.at.least(9);
    const owner = new Map<string, number>();
    for (const [index, bundle] of bundles.entries()) {
      const french = await catalogue(bundle, 'fr');
      for (const key of Object.keys(french)) {
        expect(owner.get(key), `${key} is in two bundles`).to.equal(undefined);
        owner.set(key, index);
      }
      for (const locale of locales.filter((other) => other !== 'fr')) {
        const messages = await catalogue(bundle, locale);
        expect(Object.keys(messages).sort(), locale).to.deep.equal(Object.keys(french).sort());
        for (const [key, value] of Object.entries(messages)) expect(value, key).not.to.equal('');
      }
    }
  });

  it('loads an element’s own messages with it, in its language, and follows a change of language', async () => {
    const el = await fixture<ChildMessagesHarness>(
      html`<fp-child-messages-harness .locale=${'de'}></fp-child-messages-harness>`,
    );
    await el.i18n.ready;
    await waitUntil(() => shown(el) === 'Meine Kinder', `shown: ${shown(el)}`);
    el.locale = 'fr';
    el.requestUpdate();
    await waitUntil(() => shown(el) === 'Mes enfants', `shown: ${shown(el)}`);
  });

  it('maps language tags to the shipped locales', () => {
    expect(toLocale('nl-BE')).to.equal('nl');
    expect(toLocale('DE_be')).to.equal('de');
    expect(toLocale('es')).to.equal(undefined);
    expect(interpolate('Étape {current} sur {total}', { current: 1, total: 2 })).to.equal('Étape 1 sur 2');
    expect(interpolate('{missing}', {})).to.equal('{missing}');
    expect(interpolate('La fiche santé de {name}', { name: 'Emma' }, 'fr')).to.equal('La fiche santé d’Emma');
    expect(interpolate('La fiche santé de {name}', { name: 'Léa' }, 'fr')).to.equal('La fiche santé de Léa');
    expect(interpolate('De {name} à {other}', { name: 'Ilyas', other: 'Tom' }, 'fr')).to.equal(
      'D’Ilyas à Tom',
    );
    expect(interpolate('Health form of {name}', { name: 'Emma' }, 'en')).to.equal('Health form of Emma');
  });

  it('follows the nearest lang across shadow roots and its changes; locale and translations win', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const host = document.createElement('div');
    outer.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('fp-localize-harness') as LocalizeHarness;
    shadow.append(el);
    await waitUntil(() => shown(el) === 'Opnieuw proberen', `shown: ${shown(el)}`);

    outer.setAttribute('lang', 'de-BE');
    await waitUntil(() => shown(el) === 'Erneut versuchen', `shown: ${shown(el)}`);

    el.locale = 'en';
    el.requestUpdate();
    await el.updateComplete;
    expect(shown(el), 'German until English is there, never French').to.equal('Erneut versuchen');
    expect(el.getAttribute('lang'), 'the language shown').to.equal('de');
    await waitUntil(() => shown(el) === 'Try again', `shown: ${shown(el)}`);

    el.translations = { en: { 'ui.retry': 'Retry now' } };
    el.requestUpdate();
    await el.updateComplete;
    expect(shown(el)).to.equal('Retry now');
  });

  it('gives the host the lang it is shown in, following the page’s lang; a locale wins', async () => {
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="nl"><fp-localize-harness></fp-localize-harness></div>`,
    );
    const el = outer.querySelector<LocalizeHarness>('fp-localize-harness')!;
    await waitUntil(() => shown(el) === 'Opnieuw proberen', `shown: ${shown(el)}`);
    expect(el.getAttribute('lang')).to.equal('nl');

    outer.setAttribute('lang', 'de-BE');
    await waitUntil(() => shown(el) === 'Erneut versuchen', `shown: ${shown(el)}`);
    expect(el.getAttribute('lang'), 'its own lang is never read back as the page’s').to.equal('de');

    el.locale = 'en';
    el.requestUpdate();
    await waitUntil(() => shown(el) === 'Try again', `shown: ${shown(el)}`);
    expect(el.getAttribute('lang')).to.equal('en');

    el.locale = undefined;
    el.requestUpdate();
    await waitUntil(() => el.getAttribute('lang') === 'de', `lang: ${el.getAttribute('lang')}`);
    expect(shown(el)).to.equal('Erneut versuchen');
  });

  it('follows a change of the page’s <html lang>', async () => {
    const page = document.documentElement;
    const before = page.getAttribute('lang');
    try {
      page.setAttribute('lang', 'nl');
      const el = await fixture<LocalizeHarness>(html`<fp-localize-harness></fp-localize-harness>`);
      await waitUntil(() => el.getAttribute('lang') === 'nl', `lang: ${el.getAttribute('lang')}`);
      page.setAttribute('lang', 'en');
      await waitUntil(() => shown(el) === 'Try again', `shown: ${shown(el)}`);
      expect(el.getAttribute('lang')).to.equal('en');
    } finally {
      if (before === null) page.removeAttribute('lang');
      else page.setAttribute('lang', before);
    }
  });

  it('keeps a lang the page gave the host, and follows the page again once it is removed', async () => {
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="nl"><fp-localize-harness lang="de"></fp-localize-harness></div>`,
    );
    const el = outer.querySelector<LocalizeHarness>('fp-localize-harness')!;
    await waitUntil(() => shown(el) === 'Erneut versuchen', `shown: ${shown(el)}`);
    expect(el.getAttribute('lang')).to.equal('de');

    el.removeAttribute('lang');
    await waitUntil(() => shown(el) === 'Opnieuw proberen', `shown: ${shown(el)}`);
    expect(el.getAttribute('lang')).to.equal('nl');

    el.setAttribute('lang', 'en');
    await waitUntil(() => shown(el) === 'Try again', `shown: ${shown(el)}`);
    outer.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(el.getAttribute('lang'), 'the page’s choice for the host stays').to.equal('en');
  });

  it('names a camp week as each language does ("S28" on the French portals)', async () => {
    const shownWeek = async (lang: string) => {
      const el = await fixture<LocalizeHarness>(
        html`<fp-localize-harness .locale=${lang}></fp-localize-harness>`,
      );
      await el.i18n.ready;
      return el.i18n.week('S28');
    };
    expect(await shownWeek('fr')).to.equal('S28');
    expect(await shownWeek('nl')).to.equal('W28');
    expect(await shownWeek('de')).to.equal('KW28');
    expect(await shownWeek('en')).to.equal('W28');
  });

  it('shows the time only when the value has one, and money in the locale', () => {
    expect(formatWhen('2020-06-02', 'fr')).to.equal('02/06/2020');
    expect(formatWhen('2020-06-02T09:08:00+02:00', 'fr')).to.equal('02/06/2020 09:08');
    expect(formatWhen('2020-06-02T07:08:00Z', 'fr'), 'in the commune’s time').to.equal('02/06/2020 09:08');
    expect(formatMoney(7700, 'EUR', 'fr').replace(/\s/g, ' ')).to.equal('77,00 €');
  });

  it('writes dates the way each language does', () => {
    expect(
      ['fr', 'nl', 'de', 'en'].map((locale) => formatDate('2020-06-02', locale as Locale)),
    ).to.deep.equal(['02/06/2020', '02/06/2020', '02.06.2020', '02/06/2020']);
    expect(formatLongDate('2020-06-02', 'fr')).to.equal('mardi 2 juin 2020');
    expect(formatLongDate('2020-06-02', 'nl')).to.equal('dinsdag 2 juni 2020');
    expect(formatLongDate('2020-06-02', 'de')).to.equal('Dienstag, 2. Juni 2020');
    expect(formatWhen('2020-06-02T21:08:00+02:00', 'en')).to.equal('02/06/2020 21:08');
  });
});

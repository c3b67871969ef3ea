import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { de } from '../../src/shared/i18n/catalogues/de.js';
import { en } from '../../src/shared/i18n/catalogues/en.js';
import { fr } from '../../src/shared/i18n/catalogues/fr.js';
import { nl } from '../../src/shared/i18n/catalogues/nl.js';
import type { Locale } from '../../src/domain/index.js';
import { formatDate, formatLongDate, formatMoney, formatWhen } from '../../src/shared/i18n/format.js';
import {
  interpolate,
  LocalizeController,
  toLocale,
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

const shown = (el: LocalizeHarness) => el.shadowRoot?.querySelector('p')?.textContent;

describe('localisation', () => {
  it('has every French key translated, non-empty, in nl, de and en', () => {
    for (const catalogue of [nl, de, en]) {
      expect(Object.keys(catalogue).sort()).to.deep.equal(Object.keys(fr).sort());
      for (const [key, value] of Object.entries(catalogue)) expect(value, key).not.to.equal('');
    }
  });

  it('maps language tags to the shipped locales', () => {
    expect(toLocale('nl-BE')).to.equal('nl');
    expect(toLocale('DE_be')).to.equal('de');
    expect(toLocale('es')).to.equal(undefined);
    expect(interpolate('Étape {current} sur {total}', { current: 1, total: 2 })).to.equal('Étape 1 sur 2');
    expect(interpolate('{missing}', {})).to.equal('{missing}');
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
    await waitUntil(() => shown(el) === 'Try again', `shown: ${shown(el)}`);

    el.translations = { en: { 'ui.retry': 'Retry now' } };
    el.requestUpdate();
    await el.updateComplete;
    expect(shown(el)).to.equal('Retry now');
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

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { deChild } from '../../src/shared/i18n/catalogues/de-child.js';
import { deParent } from '../../src/shared/i18n/catalogues/de-parent.js';
import { de } from '../../src/shared/i18n/catalogues/de.js';
import { enChild } from '../../src/shared/i18n/catalogues/en-child.js';
import { enParent } from '../../src/shared/i18n/catalogues/en-parent.js';
import { en } from '../../src/shared/i18n/catalogues/en.js';
import { frChild } from '../../src/shared/i18n/catalogues/fr-child.js';
import { frParent } from '../../src/shared/i18n/catalogues/fr-parent.js';
import { fr } from '../../src/shared/i18n/catalogues/fr.js';
import { nlChild } from '../../src/shared/i18n/catalogues/nl-child.js';
import { nlParent } from '../../src/shared/i18n/catalogues/nl-parent.js';
import { nl } from '../../src/shared/i18n/catalogues/nl.js';
import { frPicker } from '../../src/shared/i18n/catalogues/fr-picker.js';
import { nlPicker } from '../../src/shared/i18n/catalogues/nl-picker.js';
import { dePicker } from '../../src/shared/i18n/catalogues/de-picker.js';
import { enPicker } from '../../src/shared/i18n/catalogues/en-picker.js';
import { frEnrol } from '../../src/shared/i18n/catalogues/fr-enrol.js';
import { nlEnrol } from '../../src/shared/i18n/catalogues/nl-enrol.js';
import { deEnrol } from '../../src/shared/i18n/catalogues/de-enrol.js';
import { enEnrol } from '../../src/shared/i18n/catalogues/en-enrol.js';
import { frCart } from '../../src/shared/i18n/catalogues/fr-cart.js';
import { nlCart } from '../../src/shared/i18n/catalogues/nl-cart.js';
import { deCart } from '../../src/shared/i18n/catalogues/de-cart.js';
import { enCart } from '../../src/shared/i18n/catalogues/en-cart.js';
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

/** An element with its own set of messages, as <child-register> has. */
class ChildMessagesHarness extends LitElement {
  locale: string | undefined;
  translations: Translations | undefined;
  readonly i18n = new LocalizeController(this, ['child']);
  override render() {
    return html`<p>${this.i18n.t('child.list.title')}</p>`;
  }
}
customElements.define('fp-child-messages-harness', ChildMessagesHarness);

const shown = (el: LocalizeHarness) => el.shadowRoot?.querySelector('p')?.textContent;

describe('localisation', () => {
  it('has every French key translated, non-empty, in nl, de and en, in the same set', () => {
    const sets = [
      [fr, nl, de, en],
      [frParent, nlParent, deParent, enParent],
      [frChild, nlChild, deChild, enChild],
      [frPicker, nlPicker, dePicker, enPicker],
      [frEnrol, nlEnrol, deEnrol, enEnrol],
      [frCart, nlCart, deCart, enCart],
    ];
    for (const [french, ...others] of sets) {
      for (const catalogue of others) {
        expect(Object.keys(catalogue).sort()).to.deep.equal(Object.keys(french!).sort());
        for (const [key, value] of Object.entries(catalogue)) expect(value, key).not.to.equal('');
      }
    }
    for (const key of Object.keys(frParent)) expect(key).to.match(/^parent\./);
    for (const key of Object.keys(frChild)) expect(key).to.match(/^child\./);
    // The picker also words the camp rules' field problems (`field.camp.*`), for <child-enrol> too.
    for (const key of Object.keys(frPicker)) expect(key).to.match(/^(picker|field\.camp)\./);
    for (const key of Object.keys(frEnrol)) expect(key).to.match(/^enrol\./);
    for (const key of Object.keys(frCart)) expect(key).to.match(/^cart\./);
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
    await waitUntil(() => shown(el) === 'Try again', `shown: ${shown(el)}`);

    el.translations = { en: { 'ui.retry': 'Retry now' } };
    el.requestUpdate();
    await el.updateComplete;
    expect(shown(el)).to.equal('Retry now');
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

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { AdapterError } from '../../src/adapter/index.js';
import { historyMessages, type HistoryKey } from '../../src/shared/i18n/history/index.js';
import { LocalizeController, type Localizer, type Translations } from '../../src/shared/i18n/localize.js';
import { registrationMessages, type RegistrationKey } from '../../src/shared/i18n/registration/index.js';
import { registrationFormMessages } from '../../src/shared/i18n/registration-form/index.js';
import { baseStyles } from '../../src/shared/styles.js';
import {
  button,
  confirmationPanel,
  dateInput,
  errorPanel,
  errorSummary,
  focusErrorSummary,
  parseDateParts,
  isoToDateParts,
  recap,
  skeleton,
  statusTimeline,
  stepper,
  textField,
  type DateParts,
} from '../../src/shared/ui/index.js';

type HarnessKey = RegistrationKey | HistoryKey;

/** Renders shared UI in a real shadow root, as the elements do, with the shared messages they load. */
class UiHarness extends LitElement {
  static override styles = baseStyles;
  locale: string | undefined;
  translations: Translations | undefined;
  readonly i18n = new LocalizeController<HarnessKey>(this, [
    registrationMessages,
    registrationFormMessages,
    historyMessages,
  ]);
  view: (i18n: Localizer<HarnessKey>) => unknown = () => null;
  override render() {
    return this.view(this.i18n);
  }
}
customElements.define('fp-ui-harness', UiHarness);

async function show(view: (i18n: Localizer<HarnessKey>) => unknown, lang = 'fr'): Promise<UiHarness> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><fp-ui-harness></fp-ui-harness></div>`,
  );
  const el = wrapper.querySelector('fp-ui-harness') as UiHarness;
  el.view = view;
  await el.i18n.ready;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: UiHarness, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const history = [
  { status: 'registration-received', label: 'Nouvelle demande', at: '2026-03-02T09:08:00+01:00' },
  {
    status: 'change-refused',
    label: 'Refusée',
    at: '2026-03-04T14:30:00+01:00',
    author: 'Service Accueil',
    message: 'Merci de joindre une preuve de domicile.',
  },
];

describe('shared UI', () => {
  it('is accessible: fields with errors, summary, stepper, recap, confirmation, timeline, panels', async () => {
    const el = await show(
      (i18n) => html`
        ${stepper({ i18n, current: 1, total: 2, title: 'Vos coordonnées', nextTitle: 'Vérifiez', headingLevel: 2 })}
        ${errorSummary({ i18n, issues: [{ fieldId: 'name', message: 'Indiquez votre nom.' }], onFollow: () => {} })}
        ${textField({ i18n, id: 'name', name: 'name', label: 'Nom', value: '', required: true, error: 'Indiquez votre nom.', onInput: () => {} })}
        ${textField({ i18n, id: 'box', name: 'box', label: 'Boîte', value: '', optional: true, hint: 'Si vous en avez une', onInput: () => {} })}
        ${dateInput({ i18n, id: 'birth', legend: 'Date de naissance', value: { day: '30', month: '2', year: '2015' }, error: 'Indiquez une date qui existe.', onInput: () => {} })}
        ${recap({
          i18n,
          rows: [
            { key: 'name', label: 'Nom', value: 'Lambert', changeTarget: 'name' },
            { key: 'box', label: 'Boîte', value: '' },
          ],
          onChange: () => {},
        })}
        ${confirmationPanel({ i18n, title: 'Vous êtes bien enregistré', requestNumber: '26-1', trackingCode: 'HGQNWTWN', savedAt: '2026-03-02T09:08:00+01:00' })}
        ${statusTimeline({ i18n, entries: history })}
        ${errorPanel({ i18n, error: new AdapterError({ type: 'server', requestId: 'abc' }), onRetry: () => {} })}
        ${skeleton({ lines: 3, label: i18n.t('ui.loading') })}
        ${button({ label: 'Valider', variant: 'primary', busy: true, busyLabel: 'Envoi en cours…' })}
      `,
    );
    await expect(el).to.be.accessible();
  });

  it('links a text field’s label, hint and error, and reports what is typed', async () => {
    const typed: string[] = [];
    const field: { value: string; error?: string } = { value: '' };
    const el = await show((i18n) =>
      textField({
        i18n,
        id: 'city',
        name: 'city',
        label: 'Ville',
        value: field.value,
        required: true,
        hint: 'Par exemple : Wavre',
        error: field.error,
        onInput: (v) => {
          field.value = v;
          typed.push(v);
        },
      }),
    );
    const input = $<HTMLInputElement>(el, 'input');
    expect(input.labels?.[0]?.textContent).to.include('Ville');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).to.equal('city-hint');
    input.focus();
    await sendKeys({ type: 'Wavre' });
    expect(typed.at(-1)).to.equal('Wavre');

    field.error = 'Indiquez votre ville.';
    el.requestUpdate();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('city-hint city-error');
    expect(text($(el, '#city-error'))).to.equal('Erreur : Indiquez votre ville.');
    expect(input.value, 'an error keeps what was typed').to.equal('Wavre');
  });

  it('marks optional fields in the parent’s language', async () => {
    const el = await show(
      (i18n) =>
        textField({
          i18n,
          id: 'box',
          name: 'box',
          label: 'Bus',
          value: '',
          optional: true,
          onInput: () => {},
        }),
      'nl',
    );
    expect(text($(el, 'label'))).to.equal('Bus (niet verplicht)');
  });

  it('focuses the error summary and moves to a field by keyboard from its link', async () => {
    const el = await show(
      (i18n) =>
        html`${errorSummary({
            i18n,
            issues: [
              { fieldId: 'a', message: 'Problème A' },
              { fieldId: 'b', message: 'Problème B' },
            ],
            onFollow: (id) => el.shadowRoot!.getElementById(id)?.focus(),
          })} <input id="a" aria-label="A" /><input id="b" aria-label="B" />`,
    );
    focusErrorSummary(el.shadowRoot!);
    const summary = $(el, '[part~="error-summary"]');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(text(summary)).to.include('Il y a un problème');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement)).to.equal('Problème B');
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('b');
  });

  it('shows nothing when there is no problem', async () => {
    const el = await show((i18n) => errorSummary({ i18n, issues: [], onFollow: () => {} }));
    expect(el.shadowRoot!.querySelector('[part~="error-summary"]')).to.equal(null);
  });

  it('ignores presses on a busy button, by mouse and by keyboard', async () => {
    let clicks = 0;
    let busy = false;
    const el = await show(() =>
      button({
        label: 'Valider',
        variant: 'primary',
        busy,
        busyLabel: 'Envoi en cours…',
        onClick: () => (clicks += 1),
      }),
    );
    const send = $<HTMLButtonElement>(el, 'button');
    send.click();
    expect(clicks).to.equal(1);
    busy = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(text(send)).to.equal('Envoi en cours…');
    send.click();
    send.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(clicks).to.equal(1);
    expect(el.shadowRoot!.activeElement, 'focus stays on the busy button').to.equal(send);
  });

  it('reads day, month and year boxes as a date that exists', () => {
    expect(parseDateParts({ day: '27', month: '3', year: '2015' })).to.deep.equal({
      ok: true,
      iso: '2015-03-27',
    });
    expect(parseDateParts({ day: ' 1', month: '12 ', year: '2020' })).to.deep.equal({
      ok: true,
      iso: '2020-12-01',
    });
    expect(parseDateParts({ day: '', month: '', year: '' })).to.deep.equal({ ok: false, code: 'required' });
    expect(parseDateParts({ day: '30', month: '2', year: '2015' })).to.deep.equal({
      ok: false,
      code: 'date.invalid',
    });
    expect(parseDateParts({ day: '29', month: '2', year: '2016' })).to.deep.equal({
      ok: true,
      iso: '2016-02-29',
    });
    expect(parseDateParts({ day: '1', month: '1', year: '15' })).to.deep.equal({
      ok: false,
      code: 'date.invalid',
    });
    expect(isoToDateParts('2015-03-07')).to.deep.equal({ day: '7', month: '3', year: '2015' });
  });

  it('keeps each date box as typed', async () => {
    let value: DateParts = { day: '', month: '', year: '' };
    const el = await show(
      (i18n) =>
        dateInput({
          i18n,
          id: 'birth',
          legend: 'Date de naissance',
          value,
          onInput: (next) => (value = next),
        }),
      'de',
    );
    expect([...el.shadowRoot!.querySelectorAll('label')].map(text)).to.deep.equal(['Tag', 'Monat', 'Jahr']);
    $<HTMLInputElement>(el, '#birth-day').focus();
    await sendKeys({ type: '27' });
    el.requestUpdate();
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '3' });
    expect(value).to.deep.equal({ day: '27', month: '3', year: '' });
  });

  it('says which step this is and what comes next', async () => {
    const el = await show(
      (i18n) => stepper({ i18n, current: 1, total: 3, title: 'Details', nextTitle: 'Check' }),
      'en',
    );
    expect(text($(el, '[role="heading"]'))).to.equal('Step 1 of 3 Details');
    expect(text($(el, '.stepper__next'))).to.equal('Next step: Check');
  });

  it('gives each recap row a "Modifier" button naming its answer', async () => {
    const changed: string[] = [];
    const el = await show((i18n) =>
      recap({
        i18n,
        rows: [
          { key: 'city', label: 'Ville', value: 'Wavre', changeTarget: 'city' },
          { key: 'box', label: 'Boîte', value: '', changeTarget: 'box' },
          { key: 'email', label: 'Adresse e-mail', value: 'a@b.be' },
        ],
        onChange: (target) => changed.push(target),
      }),
    );
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map(text)).to.deep.equal(['Modifier Modifier : Ville', 'Modifier Modifier : Boîte']);
    expect(text(el.shadowRoot!.querySelectorAll('dd')[2])).to.equal('Non renseigné');
    buttons[1]!.click();
    expect(changed).to.deep.equal(['box']);
  });

  it('shows the status history newest first, with who and the service’s message', async () => {
    const el = await show((i18n) => statusTimeline({ i18n, entries: history }));
    const items = [...el.shadowRoot!.querySelectorAll('li')].map(text);
    expect(items[0])
      .to.include('Refusée')
      .and.include('par Service Accueil')
      .and.include('preuve de domicile');
    expect(items[0]).to.include('04/03/2026');
    expect(items[1]).to.include('Nouvelle demande');
    const empty = await show((i18n) => statusTimeline({ i18n, entries: [] }));
    expect(text(empty.shadowRoot!.querySelector('.timeline'))).to.include('Aucun événement');
  });

  it('shows the reference to quote on a confirmation', async () => {
    const el = await show((i18n) =>
      confirmationPanel({ i18n, title: 'Envoyé', requestNumber: '26-14', trackingCode: 'HGQNWTWN' }),
    );
    expect(text($(el, '[part~="confirmation"]')))
      .to.include('Numéro de demande')
      .and.include('26-14')
      .and.include('HGQNWTWN');
  });

  it('offers "Réessayer" only when retrying can help, with the error reference', async () => {
    let retries = 0;
    const el = await show((i18n) =>
      errorPanel({
        i18n,
        error: new AdapterError({ type: 'network', requestId: 'r-1' }),
        onRetry: () => (retries += 1),
      }),
    );
    expect(text($(el, '[role="alert"]')))
      .to.include('Le service ne répond pas')
      .and.include('r-1');
    $<HTMLButtonElement>(el, 'button').click();
    expect(retries).to.equal(1);
    const final = await show((i18n) =>
      errorPanel({ i18n, error: new AdapterError({ type: 'conflict' }), onRetry: () => {} }),
    );
    expect(final.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('reserves the space of what is loading and marks it busy', async () => {
    const el = await show((i18n) => skeleton({ lines: 4, label: i18n.t('ui.loading') }));
    const busy = $(el, '[aria-busy="true"]');
    expect(busy.querySelectorAll('.skeleton__line')).to.have.length(5);
    expect(busy.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(text(busy)).to.equal('Chargement…');
  });
});

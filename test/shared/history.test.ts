import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Locale, StatusHistoryEntry } from '../../src/domain/index.js';
import { statusLabels } from '../../src/domain/status-labels.js';
import { historyMessages, type HistoryKey } from '../../src/shared/i18n/history/index.js';
import fr from '../../src/shared/i18n/history/fr.js';
import { LocalizeController, type Localizer } from '../../src/shared/i18n/localize.js';
import { statusTimeline } from '../../src/shared/ui/index.js';

/** Shows a status history as an element that registers the history's messages does. */
class HistoryHarness extends LitElement {
  readonly i18n = new LocalizeController<HistoryKey>(this, [historyMessages]);
  entries: StatusHistoryEntry[] = [];
  override render() {
    return statusTimeline({ i18n: this.i18n, entries: this.entries, labelFor: labelOf(this.i18n) });
  }
}
customElements.define('fp-history-harness', HistoryHarness);

/** What the elements pass as `labelFor` (FpFormElement.statusLabel). */
const labelOf = (i18n: Localizer<HistoryKey>) => (entry: StatusHistoryEntry) => {
  const key = `status.${entry.status}`;
  return i18n.has(key) ? i18n.t(key as HistoryKey) : entry.label;
};

async function show(entries: StatusHistoryEntry[], lang: Locale): Promise<HistoryHarness> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><fp-history-harness></fp-history-harness></div>`,
  );
  const el = wrapper.querySelector('fp-history-harness') as HistoryHarness;
  el.entries = entries;
  await el.i18n.ready;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

const items = (el: HistoryHarness) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => ({
    label: li.querySelector('.timeline__label')?.textContent?.trim() ?? '',
    message: li.querySelector('.timeline__message')?.textContent?.trim() ?? '',
  }));

/** Every parameter a sentence may name. */
const params = {
  child: 'Léa',
  camp: 'Plaine d’été',
  week: 'S28',
  from: '2027-07-12',
  to: '2027-07-16',
  days: ['2027-07-14', '2027-07-15'],
  position: 2,
  number: '27-4',
  children: ['Léa', 'Tom'],
  booked: 3,
  pending: 1,
  waiting: 1,
  cancelled: 1,
  refused: 0,
  dayCount: 2,
  excused: 1,
  billed: 0,
  date: '2027-07-14',
  unit: { fr: 'Repas', nl: 'Maaltijd' },
};
const sentenceCodes = Object.keys(fr)
  .filter((key) => key.startsWith('history.') && key !== 'history.reason')
  .map((key) => key.slice('history.'.length));
const at = '2027-04-01T10:00:00+02:00';
/** One entry per status code, and one per sentence, with a reason typed by a person. */
const everything: StatusHistoryEntry[] = [
  ...Object.keys(statusLabels).map((status) => ({ status, label: 'X', at })),
  ...sentenceCodes.map((code) => ({
    // A sentence of its own on a status that has several (the unsubscribe asked, on the enrolment).
    status: code in statusLabels ? code : 'camp-unsubscribe-received',
    messageCode: code,
    label: 'X',
    at,
    params,
    message: 'Oups.',
  })),
];

describe('the status history in the parent’s language', () => {
  for (const lang of ['fr', 'nl', 'de', 'en'] as const)
    it(`words every status and every sentence in ${lang}, parameters filled`, async () => {
      const el = await show(everything, lang);
      const shown = items(el).reverse();
      expect(shown).to.have.length(everything.length);
      for (const { label, message } of shown) {
        expect(label, 'a label of ours, not the service’s fallback').to.not.equal('X');
        expect(`${label} ${message}`).to.not.match(/[{}]|history\.|status\./);
      }
      const sentences = shown.slice(Object.keys(statusLabels).length).map((item) => item.message);
      for (const sentence of sentences) expect(sentence).to.match(/Oups\.$/);
      expect(sentences.join(' ')).to.include('Léa');
      if (lang !== 'fr') expect(sentences.join(' ')).to.not.match(/semaine|Motif/);
    });

  it('keeps the French words the service wrote before, dates and weeks formatted', async () => {
    const entry = (status: string, given: Record<string, unknown>, message?: string) =>
      ({ status, label: 'X', at, params: given, ...(message ? { message } : {}) }) as StatusHistoryEntry;
    const el = await show(
      [
        entry('camp-week-accepted', { child: 'Léa', from: '2027-07-12', to: '2027-07-16' }),
        entry('camp-week-full', { camp: 'Plaine d’été', week: 'S28', days: ['2027-07-14'] }),
        entry('camp-unsubscribe-received', { camp: 'Plaine d’été', week: 'S28', child: 'Inès' }, 'Malade.'),
        {
          ...entry('camp-unsubscribe-received', { week: 'S28', number: '27-4' }),
          messageCode: 'camp-unsubscribe-requested',
        },
      ],
      'fr',
    );
    expect(
      items(el)
        .map((item) => item.message)
        .reverse(),
    ).to.deep.equal([
      'Nous avons le plaisir de vous confirmer l’inscription de Léa pour les jours suivants : du 12/07/2027 au 16/07/2027.',
      'Plaine d’été, semaine S28 : plus de place le 14/07/2027. Aucune place n’a été réservée pour cette semaine.',
      'Plaine d’été, semaine S28, pour Inès. Motif : Malade.',
      'Semaine S28 : demande de désinscription n° 27-4 transmise au service.',
    ]);
  });

  it('words it in Dutch: weeks, dates and lists in Belgian Dutch', async () => {
    const el = await show(
      [
        {
          status: 'camp-week-full',
          label: 'Semaine complète',
          at,
          params: { camp: 'Zomer', week: 'S28', days: ['2027-07-14', '2027-07-15'] },
        },
        {
          status: 'camp-waiting-list',
          label: 'Inscrit sur la liste d’attente',
          at,
          params: { week: 'S28', position: 3 },
        },
      ],
      'nl',
    );
    expect(items(el).reverse()).to.deep.equal([
      {
        label: 'Week volzet',
        message:
          'Zomer, week W28: geen plaats meer op 14/07/2027 en 15/07/2027. Voor deze week werd geen plaats gereserveerd.',
      },
      {
        label: 'Op de wachtlijst',
        message:
          'Week W28: uw kind staat op nr. 3 van de wachtlijst. We laten het u weten zodra er een plaats vrijkomt.',
      },
    ]);
  });

  it('shows what a backend without parameters sent, as before', async () => {
    const el = await show(
      [
        { status: 'camp-week-accepted', label: 'Réservation acceptée', at, message: 'Nous confirmons.' },
        {
          status: 'their-own-code',
          label: 'Leur statut',
          at,
          params: { week: 'S28' },
          message: 'Leurs mots.',
        },
      ],
      'nl',
    );
    expect(items(el).reverse()).to.deep.equal([
      { label: 'Reservering aanvaard', message: 'Nous confirmons.' },
      { label: 'Leur statut', message: 'Leurs mots.' },
    ]);
  });

  it('keeps hostile parameters as text', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">{week}';
    const el = await show(
      [
        {
          status: 'camp-unsubscribe-received',
          label: 'X',
          at,
          params: { camp: hostile, week: 'S28', child: hostile },
          message: hostile,
        },
      ],
      'en',
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(items(el)[0]?.message).to.equal(`${hostile}, week W28, for ${hostile}. Reason: ${hostile}`);
  });
});

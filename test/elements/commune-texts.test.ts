import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapter/memory/index.js';
import { seedCamps } from '../../src/demo-data/camps.js';
import type { Camp, CampAvailability } from '../../src/domain/index.js';
import '../../src/elements/camp-week-picker/define.js';
import '../../src/elements/child-enrol/define.js';
import '../../src/elements/child-register/define.js';
import '../../src/elements/family-cart/define.js';
import '../../src/elements/parent-register/define.js';

/*
 * The commune's own texts (camp names, themes, activities, closed days,
 * school grades, its service's name, its notice) in the reader's language
 * when the commune gives it, else in the commune's language, marked with
 * its `lang` so that screen readers pronounce it right.
 */

const clock = new Date('2027-03-01T10:00:00Z');
const languages = new Set(['fr', 'nl', 'de', 'en']);

/** The demo's camps as a commune that writes in French only would give them: plain strings. */
function frenchOnly(camps: readonly Camp[]): Camp[] {
  return JSON.parse(JSON.stringify(camps), (_key, value: unknown) =>
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'fr' in value &&
    Object.keys(value).every((key) => languages.has(key))
      ? (value as { fr: string }).fr
      : value,
  ) as Camp[];
}

const summerOf = (camps: readonly Camp[]) => camps.find((camp) => camp.kind === 'plaine')!;

function availabilityOf(camp: Camp): CampAvailability {
  const days = camp.weeks.flatMap((week) => week.days).filter((day) => day.open);
  return {
    campId: camp.id,
    childId: 'chi-1',
    groupId: camp.groups[0]!.id,
    days: days.map((day) => ({ date: day.date, capacity: 24, left: 24, waiting: 0 })),
  };
}

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The texts marked with another language than the element's, as `lang: text`. */
const marked = (el: Element) =>
  [...root(el).querySelectorAll('span[lang]')].map((span) => `${span.getAttribute('lang')}: ${text(span)}`);

async function loaded(el: Element): Promise<void> {
  await waitUntil(
    () => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]'),
    'still loading',
    {
      timeout: 4000,
    },
  );
}

async function picker(camp: Camp, lang: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <camp-week-picker
        .camp=${camp}
        .availability=${availabilityOf(camp)}
        .resident=${true}
        .now=${() => clock}
      ></camp-week-picker>
    </div>`,
  );
  const el = wrapper.querySelector('camp-week-picker')!;
  await waitUntil(() => text(el.shadowRoot?.querySelector('label[for="theme"]')), 'no theme', {
    timeout: 4000,
  });
  return el;
}

/** Léa enrolled in two days of the summer's second week, the requests closed: one article in the cart. */
async function leaInCart(adapter: MemoryAdapter): Promise<void> {
  const summer = summerOf(await adapter.getCamps());
  const days = summer.weeks[2]!.days.filter((day) => day.open).slice(0, 2);
  await adapter.enrolInCamp(
    { campId: summer.id, childId: 'chi-1', days: days.map((day) => ({ date: day.date })) },
    { idempotencyKey: 'enrol-lea' },
  );
  await adapter.closeRequests({ idempotencyKey: 'close' });
}

describe('the commune’s texts per language', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible with texts in another language than the page’s', async () => {
    const el = await picker(summerOf(frenchOnly(seedCamps('be', clock))), 'nl');
    expect(marked(el)).to.include('fr: Tous en forme !');
    await expect(el).to.be.accessible();

    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="nl">
        <parent-register
          .adapter=${createMemoryAdapter({ profile: 'fr', family: 'known', storage: null })}
        ></parent-register>
      </div>`,
    );
    const register = wrapper.querySelector('parent-register')!;
    await loaded(register);
    await waitUntil(() => marked(register).length > 0, 'no text in French');
    await expect(register).to.be.accessible();
  });

  it('<camp-week-picker>: the theme, activities and closed days in Dutch, else in French with lang="fr"', async () => {
    const dutch = await picker(summerOf(seedCamps('be', clock)), 'nl');
    expect(text(root(dutch).querySelector('label[for="theme"]'))).to.equal('Fit en gezond!');
    expect(marked(dutch)).to.deep.equal([]);
    const activities = [...root(dutch).querySelectorAll('[part~="activity"]')].map(text);
    expect(activities).to.deep.equal(['Turnen', 'Zwembad + € 2,00']);

    const french = await picker(summerOf(frenchOnly(seedCamps('be', clock))), 'nl');
    expect(text(root(french).querySelector('label[for="theme"]'))).to.equal('Tous en forme !');
    expect(marked(french)).to.include.members([
      'fr: Tous en forme !',
      'fr: Gym',
      'fr: Piscine',
      'fr: Pas encore de plaine',
    ]);
    // Only what is in another language is marked: the Dutch words around it are not.
    const closed = [...root(french).querySelectorAll('[role="gridcell"]')].find((cell) =>
      text(cell).includes('28/06/2027'),
    )!;
    expect(text(closed)).to.equal('Maandag 28/06/2027 Gesloten: Pas encore de plaine');
    expect(closed.querySelector('span[lang="fr"]')?.parentElement?.textContent).to.include('Gesloten');
  });

  it('<family-cart>: the camp’s name in the breakdown, in Dutch or marked French', async () => {
    for (const [camps, expected] of [
      [undefined, []],
      [frenchOnly(seedCamps('be', new Date())), ['fr: Plaines d’été']],
    ] as const) {
      const adapter = createMemoryAdapter({ family: 'known', storage: null, ...(camps ? { camps } : {}) });
      await leaInCart(adapter);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="nl"><family-cart .adapter=${adapter}></family-cart></div>`,
      );
      const el = wrapper.querySelector('family-cart')!;
      await loaded(el);
      await waitUntil(() => root(el).querySelector('.breakdown__camp'), 'no breakdown', { timeout: 4000 });
      const name = text(root(el).querySelector('.breakdown__camp'));
      if (expected.length === 0) expect(name).to.match(/^Zomerspeelpleinen \d{4}$/);
      else expect(marked(el).map((mark) => mark.replace(/ \d{4}$/, ''))).to.deep.equal(expected);
    }
  });

  it('<child-enrol>: the notice and the camps’ names in Dutch, else in French with lang="fr"', async () => {
    const dutch = await fixture<HTMLDivElement>(
      html`<div lang="nl">
        <child-enrol
          .adapter=${createMemoryAdapter({ family: 'known', storage: null })}
          draft-key="l10n"
        ></child-enrol>
      </div>`,
    );
    const enrol = dutch.querySelector('child-enrol')!;
    await loaded(enrol);
    await waitUntil(() => text(root(enrol)).includes('Zomerspeelpleinen'), 'no Dutch camp name', {
      timeout: 4000,
    });
    expect(text(root(enrol).querySelector('[part~="notice"]'))).to.include('OCMW');
    expect(marked(enrol)).to.deep.equal([]);

    const french = await fixture<HTMLDivElement>(
      html`<div lang="nl">
        <child-enrol
          .adapter=${createMemoryAdapter({ family: 'known', storage: null, camps: frenchOnly(seedCamps('be', new Date())) })}
          draft-key="l10n-fr"
        ></child-enrol>
      </div>`,
    );
    const fallback = french.querySelector('child-enrol')!;
    await loaded(fallback);
    await waitUntil(() => marked(fallback).length >= 2, 'no camp name in French', { timeout: 4000 });
    expect(marked(fallback).map((mark) => mark.replace(/ \d{4}$/, ''))).to.include.members([
      'fr: Plaines d’été',
      'fr: Stage de Carnaval',
    ]);
  });

  it('<child-register>: the school grades in Dutch, else French options marked lang="fr"', async () => {
    for (const [profile, grade, lang] of [
      ['be', '2de kleuterklas', null],
      ['fr', 'Moyenne section', 'fr'],
    ] as const) {
      // The other commune's form, not this one's draft.
      sessionStorage.clear();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="nl">
          <child-register
            .adapter=${createMemoryAdapter({ profile, family: 'known', storage: null })}
          ></child-register>
        </div>`,
      );
      const el = wrapper.querySelector('child-register')!;
      await loaded(el);
      await waitUntil(() => text(root(el)).includes('Stap 1 van 3'), 'not on the first step', {
        timeout: 4000,
      });
      [...root(el).querySelectorAll('button')].find((button) => text(button) === 'Volgende')!.click();
      await waitUntil(() => root(el).querySelector('#child-schoolSiteId'), 'no form', { timeout: 4000 });
      const site = root(el).querySelector<HTMLSelectElement>('#child-schoolSiteId')!;
      site.value = site.options[1]!.value;
      site.dispatchEvent(new Event('change'));
      await waitUntil(() => !root(el).querySelector<HTMLSelectElement>('#child-schoolGradeId')?.disabled);
      const option = [...root(el).querySelectorAll<HTMLOptionElement>('#child-schoolGradeId option')][2]!;
      expect(option.text.trim()).to.equal(grade);
      expect(option.getAttribute('lang')).to.equal(lang);
    }
  });

  it('<parent-register>: the notice in Dutch, and the service’s name in French marked lang="fr"', async () => {
    const dutch = await fixture<HTMLDivElement>(
      html`<div lang="nl">
        <parent-register .adapter=${createMemoryAdapter({ family: 'new', storage: null })}></parent-register>
      </div>`,
    );
    const register = dutch.querySelector('parent-register')!;
    await loaded(register);
    await waitUntil(() => root(register).querySelector('[part~="notice"]'), 'no notice', { timeout: 4000 });
    expect(text(root(register).querySelector('[part~="notice"]'))).to.equal(
      'Krijgt u steun van het OCMW? Meld het aan de Dienst Buitenschoolse Opvang: kortingen zijn mogelijk.',
    );
    expect(marked(register)).to.deep.equal([]);

    const french = await fixture<HTMLDivElement>(
      html`<div lang="nl">
        <parent-register
          .adapter=${createMemoryAdapter({ profile: 'fr', family: 'known', storage: null })}
        ></parent-register>
      </div>`,
    );
    const known = french.querySelector('parent-register')!;
    await loaded(known);
    await waitUntil(() => marked(known).length > 0, 'no text in French', { timeout: 4000 });
    expect(marked(known)).to.deep.equal(['fr: Guichet Unique']);
    expect(text(root(known))).to.include('U bent als ouder geregistreerd bij de Guichet Unique.');
  });
});

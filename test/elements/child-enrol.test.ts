import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapter/memory/index.js';
import { textIn, type Camp } from '../../src/domain/index.js';
import '../../src/elements/child-enrol/define.js';
import type { FpCartChangedEvent, FpErrorEvent, FpSubmittedEvent } from '../../src/shared/events.js';
import { ChildEnrolPage } from './child-enrol.page.js';

/** Marc Dubois: Léa (chi-1, 10–12 ans, health form complete) and Tom (chi-2, 7–9 ans, health form to update). */
const known = () => createMemoryAdapter({ family: 'known', storage: null });

/** Tom's health form confirmed unchanged: he can be enrolled too. */
async function tomComplete(adapter: MemoryAdapter): Promise<void> {
  const tom = await adapter.getChild('chi-2');
  await adapter.submitHealthForm('chi-2', tom.health!.form, { idempotencyKey: 'tom-health' });
}

const summerOf = async (adapter: MemoryAdapter): Promise<Camp> =>
  (await adapter.getCamps()).find((camp) => camp.kind === 'plaine')!;

async function mount(
  adapter: MemoryAdapter | null = known(),
  { lang = 'fr', parentHref = '#coordonnees', childHref = '#enfant/{childId}', draftKey = 'test-enrol' } = {},
): Promise<ChildEnrolPage> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <child-enrol
        .adapter=${adapter ?? undefined}
        parent-href=${parentHref || nothing}
        child-href=${childHref || nothing}
        draft-key=${draftKey}
      ></child-enrol>
    </div>`,
  );
  const el = wrapper.querySelector('child-enrol')!;
  const page = new ChildEnrolPage(el);
  if (adapter) {
    page.summerName = textIn((await summerOf(adapter)).name, 'fr');
    await waitUntil(() => !el.shadowRoot?.querySelector('[aria-busy="true"]'), 'still loading', {
      timeout: 4000,
    });
  }
  await page.settle();
  return page;
}

describe('<child-enrol>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible: the camps, the steps, the recap and the answer', async () => {
    const page = await mount();
    await expect(page.el).to.be.accessible();
    await page.toWeeks();
    await expect(page.el).to.be.accessible();
    await page.tickWeekThenNext();
    await page.pressButton('Suivant');
    await page.waitForText('Étape 4 sur 4');
    await expect(page.el).to.be.accessible();
    await page.pressButton('Valider');
    await page.waitForText('Demande de réservation enregistrée pour Léa');
    await expect(page.el).to.be.accessible();
  });

  it('shows the camps with their registration period, and why a child cannot be enrolled yet, with a link', async () => {
    const adapter = known();
    const camps = await adapter.getCamps();
    const page = await mount(adapter);
    const summer = camps.find((camp) => camp.kind === 'plaine')!;
    const carnival = camps.find((camp) => camp.kind === 'stage')!;
    expect(page.text()).to.include(textIn(summer.name, 'fr')).and.include('Inscriptions ouvertes jusqu’au');
    expect(page.text()).to.include(textIn(carnival.name, 'fr')).and.include('Les inscriptions ouvriront le');
    expect(page.hasButton(`Inscrire mon enfant : ${textIn(summer.name, 'fr')}`)).to.equal(true);
    expect(
      page.hasButton(`Inscrire mon enfant : ${textIn(carnival.name, 'fr')}`),
      'not before it opens',
    ).to.equal(false);
    expect(page.text()).to.include('Tom : sa fiche santé est à mettre à jour.');
    const link = page.link('#enfant/chi-2');
    expect(link?.textContent?.trim()).to.equal('Compléter la fiche de Tom');
  });

  it('asks a parent the service does not know to register first', async () => {
    const page = await mount(createMemoryAdapter({ family: 'new', storage: null }));
    expect(page.text()).to.include('enregistrez-vous d’abord comme parent');
    expect(page.link('#coordonnees')?.textContent).to.equal('M’enregistrer en tant que parent');
    expect(page.buttons().some((button) => button.textContent?.includes('Inscrire mon enfant'))).to.equal(
      false,
    );
  });

  it('enrols Léa in two weeks: tracking code from the first step, recap by ISO week, places reserved, history', async () => {
    const adapter = known();
    const summer = await summerOf(adapter);
    const page = await mount(adapter);
    const submitted: FpSubmittedEvent[] = [];
    page.el.addEventListener('fp-submitted', (event) => submitted.push(event));

    await page.pressButton(`Inscrire mon enfant : ${textIn(summer.name, 'fr')}`);
    await page.waitForText('Code de suivi');
    const code = /Code de suivi : ([A-Z]{8})/.exec(page.text())?.[1];
    expect(code, page.text()).to.match(/^[A-Z]{8}$/);
    expect(page.text()).to.include('Marc Dubois');

    await page.pressButton('Suivant');
    await page.waitForInput('enrol-child-chi-1');
    expect(page.root.querySelector('#enrol-child-chi-2'), 'Tom must update his health form first').to.equal(
      null,
    );
    await page.tick('enrol-child-chi-1');
    await page.pressButton('Suivant');
    await page.tickWeekThenNext();
    await page.tickWeekThenNext();
    const chosen = page.picker().value;
    await page.pressButton('Suivant');
    await page.waitForText('Étape 4 sur 4');
    const [first, second] = summer.weeks.filter((week) =>
      week.days.some((day) => chosen.some((choice) => choice.date === day.date)),
    );
    expect(page.text()).to.include(`S${first!.isoWeek}`).and.include(`S${second!.isoWeek}`);
    expect(page.text()).to.include('Léa Dubois');

    await page.pressButton('Valider');
    await page.waitForText('Demande de réservation enregistrée pour Léa');
    expect(page.text()).to.include(`S${first!.isoWeek} : réservation acceptée`);
    expect(page.text()).to.include(`S${second!.isoWeek} : réservation acceptée`);
    expect(page.text()).to.include(code!);
    expect(page.text()).to.include('Demande de réservation de semaines de plaine');
    expect(submitted.map((event) => event.detail.kind)).to.deep.equal(['camp-enrolment']);

    const availability = await adapter.getCampAvailability(summer.id, 'chi-1');
    const day = availability.days.find((candidate) => candidate.date === chosen[0]!.date)!;
    expect(day.left, 'the place is taken').to.equal(day.capacity - 1);
    expect(await adapter.getEnrolmentDrafts(), 'the draft is done').to.deep.equal([]);
  });

  it('says which problem stops "Suivant": no child chosen, no day chosen', async () => {
    const page = await mount();
    await page.pressButton(`Inscrire mon enfant : ${page.summerName}`);
    await page.pressButton('Suivant');
    await page.waitForInput('enrol-child-chi-1');
    await page.pressButton('Suivant');
    expect(page.summaryMessages()).to.deep.equal(['Ce champ est obligatoire.']);
    await page.tick('enrol-child-chi-1');
    await page.pressButton('Suivant');
    await page.pickerRoot();
    await page.pressButton('Suivant');
    expect(page.summaryMessages()).to.have.length(1);
    expect(page.text()).to.include('Étape 3 sur 4');
  });

  it('keyboard: through the steps with Tab, Space and Enter', async () => {
    const page = await mount();
    await page.tabToButton(`Inscrire mon enfant : ${page.summerName}`);
    await page.press('Enter');
    await page.waitForText('Étape 1 sur 4');
    await page.tabToButton('Suivant');
    await page.press('Enter');
    await page.waitForInput('enrol-child-chi-1');
    await page.tabTo((el) => el.id === 'enrol-child-chi-1');
    await page.press('Space');
    await page.press('Enter');
    await page.pickerRoot();
    expect(page.text()).to.include('Étape 3 sur 4');
    // Into the picker: its theme box ticks the week.
    const picker = page.picker();
    for (let i = 0; i < 30 && picker.shadowRoot?.activeElement?.id !== 'theme'; i += 1)
      await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await page.settle();
    expect(picker.value.length).to.be.greaterThan(0);
    await page.tabToButton('Suivant');
    await page.press('Enter');
    await page.waitForText('Étape 4 sur 4');
    await page.tabToButton('Valider');
    await page.press('Enter');
    await page.waitForText('Demande de réservation enregistrée pour Léa');
  });

  it('a full week chosen for its waiting list: the week is not reserved, and the child is put on its list', async () => {
    const adapter = known();
    await tomComplete(adapter);
    const summer = await summerOf(adapter);
    const busy = summer.weeks[1]!;
    const page = await mount(adapter);
    await page.toWeeks('chi-2');
    // Tom's group has a full day in the summer's second week: the picker offers its waiting list.
    await page.tickWeekThenNext();
    const picker = await page.pickerRoot();
    picker.querySelector<HTMLInputElement>('#waiting')!.click();
    await page.settle();
    expect(page.picker().waitingWeekIds).to.deep.equal([busy.id]);
    await page.pressButton('Suivant');
    await page.waitForText('Liste d’attente demandée');
    await page.pressButton('Valider');
    await page.waitForText('Demande de réservation enregistrée pour Tom');
    expect(page.partText('full')).to.include(`${textIn(summer.name, 'fr')}, semaine S${busy.isoWeek}`);
    expect(page.text()).to.include(`S${summer.weeks[0]!.isoWeek} : réservation acceptée`);
    await page.waitForText('sur la liste d’attente. Nous vous préviendrons');
    expect(page.text()).to.match(/Tom est n° 1 sur la liste d’attente/);
  });

  it('a week that filled up while the tab was open: the red message, and one click on the waiting list gives the position', async () => {
    const adapter = known();
    await tomComplete(adapter);
    const summer = await summerOf(adapter);
    const busy = summer.weeks[1]!;
    // The recap left open in this tab since the week still had places.
    const days = busy.days.filter((day) => day.open).map((day) => ({ date: day.date }));
    sessionStorage.setItem(
      'fp-draft:test-enrol',
      JSON.stringify({
        wizard: { step: 'recap', campId: summer.id, childId: 'chi-2', days, waitingWeekIds: [] },
      }),
    );
    const page = await mount(adapter);
    await page.waitForText('Étape 4 sur 4');
    await page.pressButton('Valider');
    await page.waitForText('Demande de réservation enregistrée pour Tom');
    expect(page.partText('full')).to.include(
      `${textIn(summer.name, 'fr')}, semaine S${busy.isoWeek} : plus de place le`,
    );
    expect(page.text()).to.include('Aucune semaine n’a pu être réservée');
    await page.pressButton(`M’inscrire sur la liste d’attente (S${busy.isoWeek})`);
    await page.waitForText('sur la liste d’attente. Nous vous préviendrons');
    expect(page.text()).to.match(/Tom est n° 1 sur la liste d’attente/);
  });

  it('resumes a draft from another device with its full days on their week’s waiting list', async () => {
    const adapter = known();
    await tomComplete(adapter);
    const summer = await summerOf(adapter);
    const busy = summer.weeks[1]!;
    const days = busy.days.filter((day) => day.open).map((day) => ({ date: day.date }));
    const draft = await adapter.saveEnrolmentDraft(
      { step: 'recap', campId: summer.id, childId: 'chi-2', days },
      { idempotencyKey: 'draft' },
    );
    const page = await mount(adapter);
    await page.pressButton(`Reprendre le brouillon ${draft.trackingCode}`);
    await page.waitForText('Liste d’attente demandée');
    await page.pressButton('Valider');
    await page.waitForText('sur la liste d’attente. Nous vous préviendrons');
    expect(page.text()).to.match(/Tom est n° 1 sur la liste d’attente/);
  });

  it('enrols a sibling in the same days in one click, then closes with the sibling reduction and shows the cart', async () => {
    const adapter = known();
    await tomComplete(adapter);
    const page = await mount(adapter);
    await page.toWeeks('chi-1');
    // The first week only: Tom's second week is full.
    await page.tickWeekThenNext();
    await page.pressButton('Suivant');
    await page.pressButton('Valider');
    await page.waitForText('Demande de réservation enregistrée pour Léa');

    await page.pressButton('Inscrire aussi Tom aux mêmes jours');
    await page.waitForText('Demande de réservation enregistrée pour Tom');
    expect(page.hasButton('Inscrire aussi Tom aux mêmes jours'), 'once').to.equal(false);

    await page.pressButton('Clôturer mes demandes');
    await page.waitForText('Confirmer la clôture');
    const preview = await adapter.previewClosing();
    const [, tom] = preview.camps[0]!.price.children;
    expect(tom!.reductionPercent, 'the second child’s reduction').to.be.greaterThan(0);
    expect(page.partText('breakdown')).to.include('Tom');
    const changed = oneEvent(page.el, 'fp-cart-changed');
    await page.pressButton(
      `Confirmer la clôture (${page.text().match(/Confirmer la clôture \(([^)]+)\)/)![1]})`,
    );
    await page.waitForText('Vos demandes sont clôturées');
    expect(((await changed) as FpCartChangedEvent).detail, 'a cart badge learns of it').to.deep.equal({
      articleCount: 1,
      totalCents: preview.totalCents,
      currency: 'EUR',
    });
    const cart = await adapter.getCart();
    expect(cart.articles).to.have.length(1);
    expect(cart.totalCents).to.equal(preview.totalCents);
    expect(page.root.querySelector('family-cart')).to.not.equal(null);
  });

  it('keeps the cart on the camps’ page after its article is removed, with what became of it', async () => {
    const adapter = known();
    const summer = await summerOf(adapter);
    const days = summer.weeks[0]!.days.filter((day) => day.open).map((day) => ({ date: day.date }));
    await adapter.enrolInCamp({ campId: summer.id, childId: 'chi-1', days }, { idempotencyKey: 'lea' });
    await adapter.closeRequests({ idempotencyKey: 'close' });
    const page = await mount(adapter);
    await waitUntil(() => page.root.querySelector('family-cart'), 'no cart');
    const cart = page.cart();
    await cart.waitForText('Retirer mon article du panier et libérer les places');
    cart.button('Retirer mon article du panier et libérer les places').click();
    await cart.waitForText('Oui, retirer et libérer les places');
    cart.button('Oui, retirer et libérer les places').click();
    await cart.waitForText('Votre article a été retiré du panier');
    await page.waitForText('Annulée');
    expect(cart.text(), 'the cart and its message stay').to.include('Votre article a été retiré du panier');
  });

  it('keeps the enrolment in progress: after a reload, and as a draft resumable from another device', async () => {
    const adapter = known();
    const first = await mount(adapter, { draftKey: 'reload' });
    await first.toWeeks();
    await first.tickWeekThenNext();
    const chosen = first.picker().value;
    await first.settle();

    const reloaded = await mount(adapter, { draftKey: 'reload' });
    await reloaded.pickerRoot();
    expect(reloaded.text()).to.include('Étape 3 sur 4');
    expect(reloaded.picker().value).to.deep.equal(chosen);

    // Another device: nothing in this tab, the draft is listed with the service's.
    sessionStorage.clear();
    await waitUntil(
      async () => (await adapter.getEnrolmentDrafts())[0]?.days.length === chosen.length,
      'draft saved',
    );
    const other = await mount(adapter, { draftKey: 'other' });
    await other.waitForText('Brouillons en cours');
    const [draft] = await adapter.getEnrolmentDrafts();
    await other.pressButton(`Reprendre le brouillon ${draft!.trackingCode}`);
    await other.pickerRoot();
    expect(other.picker().value).to.deep.equal(chosen);
    expect(other.text()).to.include(draft!.trackingCode);
  });

  it('abandons: the draft is deleted and the camps are shown again', async () => {
    const adapter = known();
    const page = await mount(adapter);
    await page.toWeeks();
    await waitUntil(async () => (await adapter.getEnrolmentDrafts()).length === 1, 'draft saved');
    const abandoned = oneEvent(page.el, 'fp-abandoned');
    await page.pressButton('Abandonner');
    await abandoned;
    await page.waitForText('L’inscription a été abandonnée');
    expect(await adapter.getEnrolmentDrafts()).to.deep.equal([]);
    expect(page.text()).to.include('Les plaines et stages');
  });

  it('shows a failed validation with "Réessayer", which reserves the places once', async () => {
    const adapter = known();
    const page = await mount(adapter);
    await page.toRecap('chi-1', 1);
    adapter.failNext('server', { operation: 'write', afterCommit: true });
    const failed = oneEvent(page.el, 'fp-error');
    await page.pressButton('Valider');
    expect(((await failed) as FpErrorEvent).detail.operation).to.equal('submit');
    await page.waitForText('Réessayer');
    expect(page.text()).to.include('Étape 4 sur 4');
    await page.pressButton('Réessayer');
    await page.waitForText('Demande de réservation enregistrée pour Léa');
    const family = await adapter.getFamily();
    expect(family.requests.filter((request) => request.kind === 'camp-enrolment')).to.have.length(1);
  });

  it('takes the parent back to the weeks when the service refuses a day, with its reason', async () => {
    const adapter = known();
    const page = await mount(adapter);
    await page.toRecap('chi-1', 1);
    adapter.failNext('validation', {
      operation: 'write',
      fieldIssues: [{ field: 'days.0', code: 'camp.day-booked' }],
    });
    await page.pressButton('Valider');
    await page.waitForText('Étape 3 sur 4');
    expect(page.summaryMessages()).to.deep.equal([
      'Votre enfant est déjà inscrit à l’un de ces jours dans une autre demande.',
    ]);
    expect(page.picker().value, 'nothing chosen is lost').to.have.length.greaterThan(0);
  });

  it('shows a failed closing with "Réessayer", which closes once', async () => {
    const adapter = known();
    const summer = await summerOf(adapter);
    const days = summer.weeks[0]!.days.filter((day) => day.open).map((day) => ({ date: day.date }));
    await adapter.enrolInCamp({ campId: summer.id, childId: 'chi-1', days }, { idempotencyKey: 'lea' });
    const page = await mount(adapter);
    await page.pressButton('Clôturer mes demandes');
    await page.waitForText('Confirmer la clôture');
    adapter.failNext('server', { operation: 'write', afterCommit: true });
    page
      .buttons()
      .find((button) => button.textContent?.includes('Confirmer la clôture'))!
      .click();
    await page.waitForText('Réessayer');
    await page.pressButton('Réessayer');
    await page.waitForText('Vos demandes sont clôturées');
    expect((await adapter.getCart()).articles).to.have.length(1);
  });

  it('shows a failed load with "Réessayer", which loads', async () => {
    const adapter = known();
    adapter.failNext('network', { operation: 'read' });
    const page = await mount(adapter);
    await page.waitForText('Réessayer');
    await page.pressButton('Réessayer');
    await page.waitForText('Les plaines et stages');
  });

  it('lists the enrolments; a paid week still to come can be unsubscribed by a request with its reason', async () => {
    const adapter = known();
    const summer = await summerOf(adapter);
    const week = summer.weeks[2]!;
    const days = week.days.filter((day) => day.open).map((day) => ({ date: day.date }));
    const enrolment = await adapter.enrolInCamp(
      { campId: summer.id, childId: 'chi-1', days },
      { idempotencyKey: 'lea' },
    );
    const cart = await adapter.closeRequests({ idempotencyKey: 'close' });
    const payment = await adapter.startPayment(cart.articles[0]!.id, '/retour', { idempotencyKey: 'pay' });
    const answer = new URL(payment.redirectUrl, 'http://localhost/').searchParams;
    await adapter.completePayment(
      { paymentId: answer.get('paymentId')!, status: 'paid', signature: answer.get('signature')! },
      { idempotencyKey: 'paid' },
    );

    const page = await mount(adapter);
    await page.waitForText('Mes inscriptions');
    expect(page.text()).to.include(
      `Léa · ${textIn(summer.name, 'fr')} · demande n° ${enrolment.receipt.number}`,
    );
    expect(page.text()).to.include('Payé');
    await page.pressButton(`Me désinscrire de la semaine S${week.isoWeek}`);
    await page.waitForInput('enrol-reason');
    await page.pressButton('Envoyer la demande de désinscription');
    expect(page.summaryMessages()).to.deep.equal(['Indiquez la raison de la désinscription.']);
    await page.fill('enrol-reason', 'Léa part en vacances chez ses grands-parents.');
    await page.pressButton('Envoyer la demande de désinscription');
    await page.waitForText('Demande de désinscription envoyée');
    await page.pressButton('Retour aux plaines');
    await page.waitForText('Désinscription demandée');
  });

  it('shows an enrolment’s status history in Dutch: the service’s words and the parent’s reason', async () => {
    const adapter = known();
    const summer = await summerOf(adapter);
    const week = summer.weeks[2]!;
    const days = week.days.filter((day) => day.open).map((day) => ({ date: day.date }));
    const enrolment = await adapter.enrolInCamp(
      { campId: summer.id, childId: 'chi-1', days },
      { idempotencyKey: 'lea' },
    );
    const cart = await adapter.closeRequests({ idempotencyKey: 'close' });
    const payment = await adapter.startPayment(cart.articles[0]!.id, '/retour', { idempotencyKey: 'pay' });
    const answer = new URL(payment.redirectUrl, 'http://localhost/').searchParams;
    await adapter.completePayment(
      { paymentId: answer.get('paymentId')!, status: 'paid', signature: answer.get('signature')! },
      { idempotencyKey: 'paid' },
    );
    const asked = await adapter.requestCampUnsubscribe(
      { requestId: enrolment.receipt.id, weekId: week.id, reason: 'Op vakantie.' },
      { idempotencyKey: 'leave' },
    );

    const page = await mount(adapter, { lang: 'nl' });
    await page.waitForText(`Geschiedenis van aanvraag nr. ${enrolment.receipt.number}`);
    // The history comes with its own part, just after the list.
    await page.waitForText('Reservering aanvaard');
    const [first, last] = [days[0]!.date, days.at(-1)!.date].map((iso) => iso.split('-').reverse().join('/'));
    expect(page.text()).to.include(
      `Met genoegen bevestigen wij de inschrijving van Léa voor de volgende dagen: van ${first} tot ${last}.`,
    );
    expect(page.text()).to.include(
      `Week W${week.isoWeek}: aanvraag tot uitschrijving nr. ${asked.number} doorgestuurd naar de dienst.`,
    );
    expect(page.text()).to.not.match(/Nous avons le plaisir|semaine S/);
  });

  it('speaks Dutch', async () => {
    const page = await mount(known(), { lang: 'nl' });
    await waitUntil(() => page.heading() === 'Mijn kind inschrijven voor een speelplein', page.heading(), {
      timeout: 4000,
    });
    expect(page.text()).not.to.include('Inscriptions ouvertes');
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/elements/parent-register/define.js';
import { ParentRegister } from '../../src/elements/parent-register/parent-register.js';
import type { FpErrorEvent, FpSubmittedEvent } from '../../src/shared/events.js';
import { ParentRegisterPage, validBelgianParent } from './parent-register.page.js';

/** Mounts the element on `adapter` (`null`: none configured) inside an ancestor carrying `lang`. */
async function mount(
  adapter: MemoryAdapter | null = createMemoryAdapter({ family: 'new', storage: null }),
  lang = 'fr',
): Promise<ParentRegisterPage> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><parent-register .adapter=${adapter ?? undefined}></parent-register></div>`,
  );
  const el = wrapper.querySelector('parent-register') as ParentRegister;
  const page = new ParentRegisterPage(el);
  if (adapter) await waitUntil(() => !el.shadowRoot?.querySelector('[aria-busy="true"]'), 'still loading');
  await page.settle();
  return page;
}

/** A parent register whose downloads of the recap fail while `offline`, as on a dropped connection. */
class OfflineParentRegister extends ParentRegister {
  offline = true;
  protected override importRecapView() {
    return this.offline
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : super.importRecapView();
  }
}
customElements.define('offline-parent-register', OfflineParentRegister);

async function fillValidForm(page: ParentRegisterPage): Promise<void> {
  await page.fillAll(validBelgianParent);
}

/** A new parent who filled in valid details and reached "Vérifiez vos réponses". */
async function mountAtRecap(adapter?: MemoryAdapter): Promise<ParentRegisterPage> {
  const page = await mount(adapter);
  await page.waitForInput('parent-lastName');
  await fillValidForm(page);
  page.button('Continuer').click();
  await page.waitForText('Étape 2 sur 2');
  return page;
}

describe('<parent-register>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible when the registration form is shown', async () => {
    const page = await mount();
    await page.waitForInput('parent-lastName');
    await expect(page.el).to.be.accessible();
  });

  it('is accessible with errors, on the recap, on the confirmation and for a known parent', async () => {
    const page = await mount();
    await page.pressContinue();
    await expect(page.el).to.be.accessible();

    await fillValidForm(page);
    page.button('Continuer').click();
    await page.waitForText('Vérifiez vos réponses');
    await expect(page.el).to.be.accessible();

    page.button('Valider').click();
    await page.waitForText('Vous êtes bien enregistré');
    await expect(page.el).to.be.accessible();

    const known = await mount(createMemoryAdapter({ family: 'known', storage: null }));
    await known.waitForText('Mes enfants');
    await expect(known.el).to.be.accessible();
  });

  it('shows the e-mail of the e-guichet account read-only and asks for the rest', async () => {
    const page = await mount();
    await page.waitForInput('parent-lastName');
    expect(page.heading()).to.equal('M’enregistrer en tant que parent');
    expect(page.text()).to.include('Étape 1 sur 2');
    expect(page.root.querySelector('#parent-email')).to.equal(null);
    expect(page.text()).to.match(/Adresse e-mail\s*\S+@\S+/);
  });

  it('registers a parent by keyboard alone and shows the request number and history', async () => {
    const adapter = createMemoryAdapter({ family: 'new', storage: null });
    const page = await mount(adapter);
    await page.waitForInput('parent-lastName');

    await page.tabTo((el) => el.id === 'parent-lastName');
    for (const [id, value] of Object.entries(validBelgianParent)) {
      await page.tabTo((el) => el.id === id);
      await page.fill(id, value);
    }
    await page.tabToButton('Continuer');
    await page.press('Enter');
    await page.waitForText('Étape 2 sur 2');
    expect(page.text()).to.include('85.07.30-033.28');
    expect(page.text()).to.include('0496 44 41 11');

    const submitted = oneEvent(page.el, 'fp-submitted') as Promise<FpSubmittedEvent>;
    await page.tabToButton('Valider');
    await page.press('Enter');
    const event = await submitted;
    await page.waitForText('Vous êtes bien enregistré');

    expect(event.detail.kind).to.equal('parent-registration');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(page.text()).to.include(event.detail.requestNumber);
    const items = [...page.root.querySelectorAll('[part~="timeline"] li')].map((li) => li.textContent ?? '');
    expect(items).to.have.length(2);
    expect(items[0]).to.include('Vous êtes bien enregistré');
    expect(items[1]).to.include('Nouvelle demande d’enregistrement');

    const family = await adapter.getFamily();
    expect(family.parent?.lastName).to.equal('Lambert');
    expect(family.parent?.nationalNumber).to.equal('85073003328');
    expect(family.parent?.phone).to.equal('+32496444111');
  });

  it('says when the recap could not be downloaded, and brings it back on retry with nothing typed lost', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <offline-parent-register
          .adapter=${createMemoryAdapter({ family: 'new', storage: null })}
        ></offline-parent-register>
      </div>`,
    );
    const el = wrapper.querySelector<OfflineParentRegister>('offline-parent-register')!;
    const page = new ParentRegisterPage(el);
    await page.waitForInput('parent-lastName');
    await fillValidForm(page);
    page.button('Continuer').click();
    await waitUntil(() => page.root.querySelector('[part~="error-panel"]'), 'no error shown');
    expect(page.partText('error-panel')).to.include('Réessayer');
    await expect(page.el).to.be.accessible();

    el.offline = false;
    page.button('Réessayer').click();
    await page.waitForText('Étape 2 sur 2');
    await page.settle();
    expect(page.focused()?.getAttribute('data-focus'), 'focus on the recap’s heading').to.equal(
      'step-heading',
    );
    expect(page.text()).to.include('85.07.30-033.28');
    page.button('Précédent').click();
    await page.settle();
    expect(page.input('parent-lastName').value).to.equal('Lambert');
    expect(page.input('parent-phone').value).to.equal('0496 44 41 11');
  });

  it('lists every missing field in the error summary, focuses it, and links each to its field', async () => {
    const page = await mount();
    await page.waitForInput('parent-lastName');
    await page.pressContinue();

    const summary = page.errorSummary();
    expect(summary, 'an error summary').not.to.equal(null);
    expect(page.focused()).to.equal(summary);
    expect(page.summaryMessages()).to.deep.equal([
      'Indiquez votre nom.',
      'Indiquez votre prénom.',
      'Indiquez votre numéro de registre national.',
      'Indiquez votre rue.',
      'Indiquez votre numéro de maison.',
      'Indiquez votre code postal.',
      'Indiquez votre ville.',
      'Indiquez votre numéro de téléphone ou de gsm.',
    ]);
    expect(page.inlineError('parent-firstName')).to.include('Indiquez votre prénom.');
    expect(page.input('parent-firstName').getAttribute('aria-invalid')).to.equal('true');
    expect(page.text()).not.to.include('Étape 2 sur 2');

    await page.tabTo((el) => el.tagName === 'A' && el.textContent?.trim() === 'Indiquez votre ville.');
    await page.press('Enter');
    expect(page.focused()).to.equal(page.input('parent-address-city'));
  });

  it('explains each invalid value with its own message', async () => {
    const page = await mount();
    await page.waitForInput('parent-lastName');
    const cases: [string, string, string][] = [
      ['parent-nationalNumber', '85.07.30-033.29', 'n’est pas valide'],
      ['parent-nationalNumber', '85.07.30-033', 'compte 11 chiffres'],
      ['parent-nationalNumber', '85.13.30-033.xx', 'compte 11 chiffres'],
      ['parent-nationalNumber', '85.02.31-033.60', 'ne correspond à aucune date de naissance'],
      ['parent-address-postcode', '143', 'Le code postal compte 4 chiffres'],
      ['parent-phone', '12', 'Indiquez un numéro de téléphone ou de GSM'],
    ];
    for (const [id, value, message] of cases) {
      await fillValidForm(page);
      await page.fill(id, value);
      await page.pressContinue();
      expect(page.summaryMessages().join(' '), `${id}=${value}`).to.include(message);
      expect(page.inlineError(id), `${id}=${value}`).to.include(message);
      expect(page.input(id).value, 'what the parent typed stays').to.equal(value);
    }
  });

  it('asks for the e-mail when the e-guichet session gives none, and checks it', async () => {
    const page = await mount(createMemoryAdapter({ family: 'new', accountEmail: null, storage: null }));
    await page.waitForInput('parent-email');
    await fillValidForm(page);
    await page.fill('parent-email', 'sophie.lambert@');
    await page.pressContinue();
    expect(page.summaryMessages()).to.deep.equal(['Indiquez une adresse e-mail au format nom@exemple.be.']);
    await page.fill('parent-email', 'sophie.lambert@example.be');
    page.button('Continuer').click();
    await page.waitForText('Étape 2 sur 2');
    expect(page.text()).to.include('sophie.lambert@example.be');
  });

  it('follows a French commune: no national number, French postcodes and phones', async () => {
    const adapter = createMemoryAdapter({ profile: 'fr', family: 'new', storage: null });
    const page = await mount(adapter);
    await page.waitForInput('parent-lastName');
    expect(page.root.querySelector('#parent-nationalNumber')).to.equal(null);
    await page.fillAll({
      'parent-lastName': 'Martin',
      'parent-firstName': 'Camille',
      'parent-address-street': 'Rue de la République',
      'parent-address-number': '8',
      'parent-address-postcode': '1435',
      'parent-address-city': 'Coudekerque-Branche',
      'parent-phone': '0496',
    });
    await page.pressContinue();
    expect(page.summaryMessages()).to.deep.equal([
      'Le code postal compte 5 chiffres, par exemple 59210.',
      'Indiquez un numéro de téléphone, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
    ]);
    await page.fill('parent-address-postcode', '59210');
    await page.fill('parent-phone', '06 12 34 56 78');
    page.button('Continuer').click();
    await page.waitForText('Étape 2 sur 2');
    page.button('Valider').click();
    await page.waitForText('Vous êtes bien enregistré');
    expect((await adapter.getFamily()).parent).to.deep.include({ phone: '+33612345678' });
  });

  it('returns to the recap after "Modifier" and keeps every value', async () => {
    const page = await mountAtRecap();

    const change = page
      .buttons()
      .find((b) => b.textContent?.includes('Modifier') && b.textContent.includes('Ville'));
    expect(change, 'a change link per answer').not.to.equal(undefined);
    change!.click();
    await page.settle();
    expect(page.focused()).to.equal(page.input('parent-address-city'));
    expect(page.input('parent-lastName').value).to.equal('Lambert');

    await page.fill('parent-address-city', 'Court-Saint-Étienne');
    page.button('Revenir au récapitulatif').click();
    await page.waitForText('Court-Saint-Étienne');
    expect(page.text()).to.include('Étape 2 sur 2');
  });

  it('offers a retry after a server error, which succeeds without retyping and records one request', async () => {
    const adapter = createMemoryAdapter({ family: 'new', storage: null });
    const page = await mountAtRecap(adapter);

    adapter.failNext('server', { operation: 'write' });
    const failed = oneEvent(page.el, 'fp-error') as Promise<FpErrorEvent>;
    page.button('Valider').click();
    const error = await failed;
    expect(error.detail.type).to.equal('server');
    expect(error.detail.operation).to.equal('submit');
    await page.waitForText('Le service a rencontré un problème');
    expect(page.text()).to.include('Lambert');
    expect(page.focused()?.getAttribute('data-focus'), 'focus moves to the error').to.equal('submit-error');
    await expect(page.el).to.be.accessible();

    page.button('Réessayer').click();
    await page.waitForText('Vous êtes bien enregistré');
    const family = await adapter.getFamily();
    expect(family.requests.filter((r) => r.kind === 'parent-registration')).to.have.length(1);
  });

  it('sends once however often "Valider" is pressed while sending', async () => {
    const adapter = createMemoryAdapter({ family: 'new', storage: null, latency: 150 });
    let calls = 0;
    const original = adapter.registerParent.bind(adapter);
    adapter.registerParent = (identity, options) => {
      calls += 1;
      return original(identity, options);
    };
    const page = await mountAtRecap(adapter);

    const send = page.button('Valider');
    send.click();
    await page.settle();
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    send.click();
    send.click();
    await page.waitForText('Vous êtes bien enregistré');
    expect(calls).to.equal(1);
  });

  it('keeps what the parent typed across a reload and clears it on abandon', async () => {
    const adapter = createMemoryAdapter({ family: 'new', storage: null });
    const first = await mount(adapter);
    await first.waitForInput('parent-lastName');
    await first.fill('parent-lastName', 'Lambert');
    await first.fill('parent-nationalNumber', '85.07.30-033.28');
    first.el.remove();

    const reloaded = await mount(adapter);
    await reloaded.waitForInput('parent-lastName');
    expect(reloaded.input('parent-lastName').value).to.equal('Lambert');
    expect(reloaded.input('parent-nationalNumber').value).to.equal('85.07.30-033.28');
    expect(localStorage.length, 'nothing personal in localStorage').to.equal(0);

    reloaded.button('Abandonner').click();
    await reloaded.settle();
    expect(reloaded.input('parent-lastName').value).to.equal('');
    expect(reloaded.text()).to.include('Votre demande a été abandonnée');
    reloaded.el.remove();

    const again = await mount(adapter);
    await again.waitForInput('parent-lastName');
    expect(again.input('parent-lastName').value).to.equal('');
  });

  it('shows the server’s field problems on the form', async () => {
    const adapter = createMemoryAdapter({ family: 'new', storage: null });
    const page = await mountAtRecap(adapter);

    adapter.failNext('validation', {
      operation: 'write',
      fieldIssues: [{ field: 'address.postcode', code: 'postcode.format' }],
    });
    page.button('Valider').click();
    await waitUntil(() => page.errorSummary(), 'no error summary');
    await page.settle();
    expect(page.inlineError('parent-address-postcode')).to.include('Le code postal compte 4 chiffres');
    expect(page.input('parent-lastName').value).to.equal('Lambert');
  });

  it('offers a retry when loading fails', async () => {
    const adapter = createMemoryAdapter({ family: 'new', storage: null });
    adapter.failNext('network', { operation: 'read' });
    const page = await mount(adapter);
    await page.waitForText('Le service ne répond pas');
    await expect(page.el).to.be.accessible();
    page.button('Réessayer').click();
    await page.waitForInput('parent-lastName');
  });

  it('tells the web team when no adapter is configured', async () => {
    const page = await mount(null);
    expect(page.text()).to.include('n’est relié à aucun service');
  });

  for (const [lang, title, next, required] of [
    ['fr', 'M’enregistrer en tant que parent', 'Continuer', 'Indiquez votre nom.'],
    ['nl', 'Mij registreren als ouder', 'Doorgaan', 'Vul uw naam in.'],
    ['de', 'Mich als Elternteil registrieren', 'Weiter', 'Geben Sie Ihren Namen an.'],
    ['en', 'Register as a parent', 'Continue', 'Enter your last name.'],
  ] as const) {
    it(`speaks ${lang} from the nearest lang attribute`, async () => {
      const page = await mount(createMemoryAdapter({ family: 'new', storage: null }), lang);
      await page.waitForInput('parent-lastName');
      expect(page.heading()).to.equal(title);
      await page.pressContinue(next);
      expect(page.summaryMessages()[0]).to.equal(required);
    });
  }

  it('follows a lang change on an ancestor, and the locale attribute overrides it', async () => {
    const page = await mount();
    await page.waitForInput('parent-lastName');
    page.el.parentElement!.setAttribute('lang', 'nl-BE');
    await waitUntil(() => page.heading() === 'Mij registreren als ouder', page.heading());

    page.el.setAttribute('locale', 'de');
    await page.settle();
    expect(page.heading()).to.equal('Mich als Elternteil registrieren');

    page.el.translations = { de: { 'parent.title.register': 'Anmeldung der Eltern' } };
    await page.settle();
    expect(page.heading()).to.equal('Anmeldung der Eltern');
  });

  it('shows a known parent their details and children, and sends a change request', async () => {
    const adapter = createMemoryAdapter({ family: 'known', storage: null });
    const page = await mount(adapter);
    await page.waitForText('Mes enfants');
    const family = await adapter.getFamily();
    expect(page.heading()).to.equal('Mes coordonnées');
    for (const child of family.children) expect(page.text()).to.include(child.firstName);
    expect(page.text()).to.include('Fiche santé à mettre à jour');
    expect(page.text()).to.include('Modification refusée');

    page.button('Mes informations ont changé').click();
    await page.waitForInput('parent-phone');
    expect(page.input('parent-lastName').value).to.equal(family.parent!.lastName);

    await page.pressContinue();
    expect(page.summaryMessages()[0]).to.include('Vous n’avez rien modifié');

    await page.fill('parent-phone', '0471 22 33 44');
    page.button('Continuer').click();
    await page.waitForText('Étape 2 sur 2');
    expect(page.text()).to.include('0471 22 33 44');
    expect(page.text()).to.include('auparavant');

    const submitted = oneEvent(page.el, 'fp-submitted') as Promise<FpSubmittedEvent>;
    page.button('Envoyer la demande').click();
    expect((await submitted).detail.kind).to.equal('parent-change');
    await page.waitForText('Votre demande de modification a été envoyée');

    page.button('Retour à mes coordonnées').click();
    await page.waitForText('est en cours de traitement');
    expect(page.hasButton('Mes informations ont changé'), 'one change at a time').to.equal(false);
    expect((await adapter.getFamily()).parent!.phone, 'unchanged until the service accepts').to.equal(
      family.parent!.phone,
    );
  });

  it('has the messages of its later parts in every language, with the same keys', async () => {
    const { messages: recapMessages } = await import('../../src/elements/parent-register/recap-view.js');
    const { messages: accountMessages } = await import('../../src/elements/parent-register/account-view.js');
    for (const bundle of [recapMessages[0]!, accountMessages[0]!]) {
      const french = bundle.sources.fr as Readonly<Record<string, string>>;
      for (const locale of ['nl', 'de', 'en'] as const) {
        const source = bundle.sources[locale];
        const messages = typeof source === 'function' ? (await source()).default : source;
        expect(Object.keys(messages).sort(), locale).to.deep.equal(Object.keys(french).sort());
      }
    }
  });
});

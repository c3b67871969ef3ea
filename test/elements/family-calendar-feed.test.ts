import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { CalendarDouble, now } from './family-calendar.fixtures.js';
import { placeCalendar as place, press, text } from './family-calendar.page.js';

const dialog = (root: ShadowRoot) => root.querySelector<HTMLDialogElement>('dialog[part~="dialog-feed"]');

async function openFeed(root: ShadowRoot) {
  await press(root, 'S’abonner au calendrier');
  await waitUntil(() => dialog(root)?.open && !dialog(root)?.querySelector('[aria-busy]'), 'no feed dialog');
}

describe('<family-calendar> iCal feed dialog', () => {
  beforeEach(() => sessionStorage.clear());

  it('creates, changes and removes the private link by keyboard; Escape gives focus back', async () => {
    const { el, root, double } = await place();
    await openFeed(root);
    const shown = dialog(root)!;
    expect(root.activeElement?.id).to.equal('dialog-heading');
    expect(text(shown)).to.contain('Vous n’avez pas encore de lien d’abonnement.');
    await expect(shown).to.be.accessible();

    await press(shown, 'Créer le lien');
    await waitUntil(() => shown.querySelector<HTMLInputElement>('#feed-url'), 'no link');
    const first = shown.querySelector<HTMLInputElement>('#feed-url')!.value;
    expect(first).to.match(/^https:\/\/portail\.example\.be\/calendar\/.+\.ics$/);
    expect(text(shown)).to.contain('Votre lien est créé.');
    expect(text(shown.querySelector('label[for="feed-url"]'))).to.equal('Votre lien privé');

    await press(shown, 'Changer le lien');
    await waitUntil(() => shown.querySelector<HTMLInputElement>('#feed-url')?.value !== first, 'not renewed');
    expect(text(shown)).to.contain('Nouveau lien créé : l’ancien ne fonctionne plus.');

    await press(shown, 'Supprimer le lien');
    await waitUntil(() => !shown.querySelector('#feed-url'), 'not removed');
    expect(text(shown)).to.contain('Lien supprimé : il ne fonctionne plus.');
    expect(root.activeElement?.getAttribute('part')).to.equal('feed-notice');
    expect(double.feedWrites.map((write) => write.operation)).to.deep.equal(['renew', 'renew', 'revoke']);
    expect(new Set(double.feedWrites.map((write) => write.idempotencyKey)).size).to.equal(3);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(root)).to.equal(null);
    expect(text(root.activeElement)).to.equal('S’abonner au calendrier');
  });

  it('shows the family’s link when it has one, and closes with its button', async () => {
    const double = new CalendarDouble();
    double.feed = { url: 'https://portail.example.be/calendar/secret.ics', createdAt: now.toISOString() };
    const { el, root } = await place(double);
    await openFeed(root);
    const shown = dialog(root)!;
    expect(shown.querySelector<HTMLInputElement>('#feed-url')!.value).to.equal(double.feed.url);
    expect(text(shown)).to.contain('Créé le vendredi 15 janvier à 10:00.');
    await press(shown, 'Fermer');
    await el.updateComplete;
    expect(dialog(root)).to.equal(null);
    expect(text(root.activeElement)).to.equal('S’abonner au calendrier');
  });

  it('says a failed sending with “Réessayer”, which sends the same request again', async () => {
    const double = new CalendarDouble();
    double.feedFailures = 1;
    const { root } = await place(double);
    await openFeed(root);
    const shown = dialog(root)!;
    await press(shown, 'Créer le lien');
    await waitUntil(() => shown.querySelector('[part~="error-panel"]'), 'no error');
    expect(shown.querySelector('#feed-url')).to.equal(null);
    await press(shown, 'Réessayer');
    await waitUntil(() => shown.querySelector('#feed-url'), 'no link after retry');
    expect(shown.querySelector('[part~="error-panel"]')).to.equal(null);
    expect(double.feedWrites).to.have.length(2);
    expect(double.feedWrites[1]!.idempotencyKey).to.equal(double.feedWrites[0]!.idempotencyKey);
  });

  it('fits a 320 px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const double = new CalendarDouble();
      double.feed = {
        url: `https://portail.example.be/calendar/${'a'.repeat(64)}.ics`,
        createdAt: now.toISOString(),
      };
      const { root } = await place(double);
      await openFeed(root);
      const shown = dialog(root)!;
      expect(shown.getBoundingClientRect().right).to.be.at.most(320);
      expect(shown.scrollWidth).to.be.at.most(shown.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

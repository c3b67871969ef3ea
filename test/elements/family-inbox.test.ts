import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/index.js';
import type { FpMessageSentEvent, FpThreadReadEvent } from '../../src/elements/family-inbox/events.js';
import { withChanges } from '../../src/elements/family-inbox/inbox-model.js';
import { InboxDouble } from './family-inbox.fixtures.js';
import { pdf, placeInbox, text, words, type InboxPage, type TestFamilyInbox } from './family-inbox.page.js';

const taxes = 'Attestation fiscale pour la garde d’enfants';
const meals = 'Repas sans gluten à partir de janvier';

/** Opens the thread by keyboard and waits for its messages. */
async function openThread(page: InboxPage, subject: string): Promise<void> {
  await page.press(new RegExp(`^${subject}`));
  await page.waitFor('[part~="messages"]');
}

describe('<family-inbox>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible: the list, a thread, the new message with its problems', async () => {
    const page = await placeInbox();
    await expect(page.el).to.be.accessible();
    await expect(page.el).shadowDom.to.be.accessible();
    await openThread(page, taxes);
    await expect(page.el).shadowDom.to.be.accessible();
    await page.press('Retour aux messages');
    await page.press('Nouveau message');
    await page.waitFor('[part~="compose"]');
    await page.press('Envoyer le message');
    await page.waitFor('[part~="error-summary"]');
    await expect(page.el).shadowDom.to.be.accessible();
  });

  it('lists the threads most recent first: service, theme, last date, who wrote last, unread in words; the total in the heading', async () => {
    const page = await placeInbox();
    expect(page.subjects()).to.deep.equal([taxes, meals]);
    expect(text(page.part('heading'))).to.equal('Messagerie (1 nouveau message)');
    const unread = page.thread(taxes);
    expect(unread.getAttribute('part')).to.contain('thread-unread');
    expect(text(unread)).to.contain('Service Finances · Attestations fiscales');
    expect(text(unread)).to.contain('Dernier message le 11/11/2026 à 11:30');
    expect(text(unread)).to.contain('Réponse du service');
    const badge = unread.querySelector('[part~="unread"]')!;
    expect(text(badge.querySelector('[aria-hidden="true"]'))).to.equal('1');
    expect(text(badge.querySelector('.visually-hidden'))).to.equal('1 message non lu');
    expect(page.button(new RegExp(`^${taxes}`)).contains(badge), 'the count named with the subject').to.equal(
      true,
    );
    expect(page.thread(meals).querySelector('[part~="unread"]'), 'nothing unread').to.equal(null);
  });

  it('orders the threads as instants whatever their offsets, and moves the unread count with what changed', () => {
    const list = withChanges(
      {
        threads: [
          { ...summary('a'), lastMessageAt: '2026-11-12T10:00:00+01:00' },
          { ...summary('b'), lastMessageAt: '2026-11-12T09:30:00+00:00' },
        ],
        unreadCount: 2,
      },
      new Map([['c', { ...summary('c'), lastMessageAt: '2026-11-12T09:00:00Z', unreadCount: 0 }]]),
    );
    expect(list.threads.map((thread) => thread.id)).to.deep.equal(['b', 'a', 'c']);
    expect(list.unreadCount).to.equal(2);
  });

  it('says when the family has no thread, and offers “Nouveau message”', async () => {
    const double = new InboxDouble();
    double.threads = [];
    const page = await placeInbox(double);
    expect(text(page.part('empty'))).to.equal(
      'Vous n’avez encore échangé aucun message avec les services de la commune.',
    );
    expect(text(page.part('heading'))).to.equal('Messagerie');
    expect(page.button('Nouveau message').getAttribute('part')).to.contain('button-primary');
  });

  it('shows a skeleton while the threads load', async () => {
    const double = new InboxDouble();
    let release = () => {};
    double.hold = new Promise((resolve) => (release = resolve));
    const page = await placeInbox(double, { wait: false });
    await page.waitFor('[part~="skeleton"]');
    expect(page.part('skeleton')!.getAttribute('aria-busy')).to.equal('true');
    release();
    await page.waitFor('[part~="threads"]');
    expect(page.part('skeleton')).to.equal(null);
  });

  it('shows a failed read with “Réessayer”, which reads again', async () => {
    const double = new InboxDouble();
    double.failOnce('getThreads');
    const errors: string[] = [];
    const page = await placeInbox(double);
    page.el.addEventListener('fp-error', (event) => errors.push(event.detail.operation));
    expect(text(page.part('error-panel'))).to.contain('Le service ne répond pas');
    await page.press('Réessayer');
    await page.waitFor('[part~="threads"]');
    expect(page.subjects()).to.have.length(2);
    expect(errors).to.deep.equal([]);
  });

  it('opens a thread by keyboard: focus on its subject, messages oldest first as typed; marks it read once; back returns to it', async () => {
    const page = await placeInbox();
    const read = oneEvent(page.el, 'fp-thread-read') as Promise<FpThreadReadEvent>;
    await openThread(page, taxes);
    expect(page.focused()?.getAttribute('data-focus')).to.equal('thread-heading');
    expect(text(page.focused())).to.equal(taxes);
    const messages = page.parts('message');
    expect(messages.map((message) => text(message.querySelector('[part~="author"]')))).to.deep.equal([
      'Sophie Dubois',
      'Paul Martin, Service Finances',
    ]);
    expect(text(messages[1])).to.contain('Message du service');
    expect(text(messages[1])).to.contain('Nouveau');
    expect(text(messages[1])).to.contain('le 11/11/2026 à 11:30');
    const body = messages[1]!.querySelector('[part~="body"]')!;
    expect(body.textContent).to.equal('Bonjour,\nElle est disponible dans l’onglet Factures.\nCordialement.');
    expect(getComputedStyle(body).whiteSpace, 'line breaks kept').to.equal('pre-wrap');

    const event = await read;
    expect(event.detail).to.deep.equal({ threadId: 'thr-2', unreadLeft: 0 });
    expect(event.bubbles && event.composed).to.equal(true);
    await page.settle();
    expect(text(page.part('heading'))).to.equal('Messagerie');
    expect(page.double.callsOf('markThreadRead')).to.have.length(1);

    await page.press('Retour aux messages');
    await page.waitFor('[part~="threads"]');
    expect(text(page.focused())).to.equal(taxes);
    expect(page.thread(taxes).querySelector('[part~="unread"]'), 'read now').to.equal(null);

    // Read already: opening it again marks nothing.
    await openThread(page, taxes);
    expect(page.double.callsOf('markThreadRead')).to.have.length(1);
  });

  it('does not mark a read thread again, and downloads a file of the service with its own name', async () => {
    const page = await placeInbox();
    await openThread(page, meals);
    expect(page.double.callsOf('markThreadRead')).to.have.length(0);
    await page.press('Retour aux messages');
    await openThread(page, taxes);
    await page.press('Télécharger attestation-2025.pdf, PDF, 14 ko');
    await waitUntil(() => page.el.saved.length === 1, 'the file saved');
    expect(page.el.saved[0]!.name).to.equal('attestation-2025.pdf');
    expect(await page.el.saved[0]!.blob.text()).to.match(/^%PDF-/);
    expect(page.double.callsOf('getAttachmentFile')[0]!.args).to.deep.equal(['att-svc-1']);
  });

  it('says a failed download beside its button, and “Réessayer” downloads it', async () => {
    const double = new InboxDouble();
    double.failOnce('getAttachmentFile');
    const page = await placeInbox(double);
    await openThread(page, taxes);
    await page.press('Télécharger attestation-2025.pdf, PDF, 14 ko');
    await page.waitFor('[part~="attachment"] [part~="error-panel"]');
    await page.press('Réessayer');
    await waitUntil(() => page.el.saved.length === 1, 'saved on retry');
  });

  it('replies: the text required, a file refused, the progress of the upload, a failure keeps the text, “Réessayer” sends once', async () => {
    const double = new InboxDouble();
    double.failOnce('replyToThread', new AdapterError({ type: 'server' }));
    const page = await placeInbox(double);
    await openThread(page, meals);
    await page.press('Répondre');
    expect(page.focused()?.id, 'focus in the text').to.equal('reply-body');
    expect(text(page.part('chars-left'))).to.equal('Il vous reste 5 000 caractères.');

    await page.press('Envoyer la réponse');
    expect(page.focused()?.getAttribute('part')).to.contain('error-summary');
    expect(text(page.part('error-summary'))).to.contain('Écrivez votre message.');
    expect(double.callsOf('replyToThread')).to.have.length(0);

    await page.type('reply-body', 'Voici le certificat.\nBonne journée.');
    expect(text(page.part('chars-left'))).to.equal('Il vous reste 4 965 caractères.');
    await page.pick(
      'reply-files',
      pdf('certificat.pdf'),
      new File(['MZ program'], 'virus.pdf', { type: 'application/pdf' }),
      new File(['hello'], 'notes.txt', { type: 'text/plain' }),
    );
    await waitUntil(() => page.parts('file-error').length === 2, 'two files refused');
    expect(page.parts('file-error').map(text)).to.deep.equal([
      '« virus.pdf » n’est pas un PDF, un JPEG ou un PNG : il n’a pas été ajouté.',
      '« notes.txt » n’est pas un PDF, un JPEG ou un PNG : il n’a pas été ajouté.',
    ]);

    let release = () => {};
    double.hold = new Promise((resolve) => (release = resolve));
    await page.press('Envoyer la réponse');
    const progress = (await page.waitFor('[part~="progress"] progress')) as HTMLProgressElement;
    expect(progress.max).to.equal(pdf().size);
    expect(progress.value).to.equal(0);
    expect(text(page.part('progress'))).to.equal('Envoi des pièces jointes : 0 sur 1');
    double.hold = undefined;
    release();
    await page.waitFor('[part~="reply"] [part~="error-panel"]');
    expect(page.part('progress'), 'gone with the sending').to.equal(null);
    expect(page.field<HTMLTextAreaElement>('reply-body').value).to.equal(
      'Voici le certificat.\nBonne journée.',
    );
    expect(text(page.root.querySelector('.picked'))).to.contain('certificat.pdf');

    const sent = oneEvent(page.el, 'fp-message-sent') as Promise<FpMessageSentEvent>;
    await page.press('Réessayer');
    expect((await sent).detail).to.deep.equal({ threadId: 'thr-1', newThread: false });
    await page.settle();
    expect(double.callsOf('uploadAttachment'), 'the file sent once').to.have.length(1);
    const [first, second] = double.callsOf('replyToThread');
    expect(second!.key, 'the retry replays').to.equal(first!.key);
    expect(second!.args).to.deep.equal([
      'thr-1',
      { body: 'Voici le certificat.\nBonne journée.', attachmentIds: ['att-new-1'] },
    ]);
    expect(page.parts('message')).to.have.length(3);
    expect(page.focused()?.getAttribute('data-focus')).to.equal('last-message');
    expect(text(page.focused())).to.contain('Télécharger certificat.pdf, PDF');
    expect(page.part('reply'), 'the form closed').to.equal(null);
    expect(text(page.root.querySelector('[role="status"]'))).to.contain('Votre réponse a été envoyée.');
  });

  it('refuses a sixth file and a file over 10 MB before anything is sent', async () => {
    const page = await placeInbox();
    await openThread(page, meals);
    await page.press('Répondre');
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' });
    await page.pick('reply-files', big, ...Array.from({ length: 6 }, (_, index) => pdf(`p${index}.pdf`)));
    await waitUntil(() => page.parts('file-error').length === 2, 'the big one and the sixth refused');
    expect(page.parts('file-error').map(text)).to.deep.equal([
      '« scan.pdf » dépasse 10 Mo : il n’a pas été ajouté.',
      'Vous pouvez joindre 5 fichiers au plus : les suivants n’ont pas été ajoutés.',
    ]);
    expect(page.root.querySelectorAll('.picked li')).to.have.length(5);
    expect(page.double.callsOf('uploadAttachment')).to.have.length(0);
  });

  it('writes a new message: problems in a summary linked to the fields, values kept across a reload, then the thread opens', async () => {
    const double = new InboxDouble();
    const page = await placeInbox(double);
    await page.press('Nouveau message');
    await page.waitFor('[part~="compose"]');
    expect(page.focused()?.getAttribute('data-focus')).to.equal('compose-heading');
    await page.press('Envoyer le message');
    const summaryBox = page.part('error-summary')!;
    expect(page.focused()).to.equal(summaryBox);
    expect([...summaryBox.querySelectorAll('a')].map(text)).to.deep.equal([
      'Choisissez le service à qui écrire.',
      'Indiquez l’objet de votre message.',
      'Écrivez votre message.',
    ]);
    expect(text(page.field('compose-subject').closest('.field'))).to.contain(
      'Indiquez l’objet de votre message.',
    );
    summaryBox.querySelectorAll('a')[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(page.focused()?.id, 'the link leads to its field').to.equal('compose-subject');

    await page.choose('compose-service', 'svc-childcare');
    expect(
      [...page.field<HTMLSelectElement>('compose-theme').options].map((option) => option.value),
    ).to.deep.equal(['', 'thm-meals', 'thm-other']);
    await page.type('compose-subject', 'Allergie aux arachides');
    await page.press('Envoyer le message');
    expect([...page.part('error-summary')!.querySelectorAll('a')].map(text)).to.deep.equal([
      'Choisissez le thème de votre message.',
      'Écrivez votre message.',
    ]);
    await page.choose('compose-theme', 'thm-meals');
    await page.type('compose-body', 'Bonjour,\nNahel est allergique.');

    // A reload: the same screen, what was typed.
    page.el.remove();
    const again = await placeInbox(double);
    await again.waitFor('#compose-body');
    expect(again.field<HTMLSelectElement>('compose-service').value).to.equal('svc-childcare');
    expect(again.field<HTMLSelectElement>('compose-theme').value).to.equal('thm-meals');
    expect(again.field('compose-subject').value).to.equal('Allergie aux arachides');
    expect(again.field<HTMLTextAreaElement>('compose-body').value).to.equal(
      'Bonjour,\nNahel est allergique.',
    );

    const sent = oneEvent(again.el, 'fp-message-sent') as Promise<FpMessageSentEvent>;
    await again.press('Envoyer le message');
    const event = await sent;
    expect(event.detail.newThread).to.equal(true);
    await again.waitFor('[part~="messages"]');
    expect(event.detail.threadId).to.equal(again.el.threadId);
    expect(double.callsOf('startThread')[0]!.args).to.deep.equal([
      {
        serviceId: 'svc-childcare',
        themeId: 'thm-meals',
        subject: 'Allergie aux arachides',
        body: 'Bonjour,\nNahel est allergique.',
        attachmentIds: [],
      },
    ]);
    expect(text(again.focused())).to.equal('Allergie aux arachides');
    await again.press('Retour aux messages');
    await again.waitFor('[part~="threads"]');
    expect(again.subjects()[0]).to.equal('Allergie aux arachides');
    expect(text(again.thread('Allergie aux arachides'))).to.contain('En attente de réponse');
    expect(sessionStorage.getItem('fp-draft:family-inbox'), 'the draft gone').to.equal(null);
  });

  it('keeps a new message and its key when sending fails, and sends it once on “Réessayer”', async () => {
    const double = new InboxDouble();
    double.failOnce('startThread', new AdapterError({ type: 'timeout' }));
    const page = await placeInbox(double);
    await page.press('Nouveau message');
    await page.waitFor('#compose-service');
    await page.choose('compose-service', 'svc-billing');
    await page.choose('compose-theme', 'thm-tax');
    await page.type('compose-subject', 'Attestation 2026');
    await page.type('compose-body', 'Bonjour');
    await page.pick('compose-files', pdf('fiche.pdf'));
    await page.press('Envoyer le message');
    await page.waitFor('[part~="compose"] [part~="error-panel"]');
    expect(page.focused()?.getAttribute('data-focus')).to.equal('submit-error');
    expect(page.field('compose-subject').value).to.equal('Attestation 2026');
    expect(page.field<HTMLTextAreaElement>('compose-body').value).to.equal('Bonjour');
    await page.press('Réessayer');
    await page.waitFor('[part~="messages"]');
    const [first, second] = double.callsOf('startThread');
    expect(second!.key).to.equal(first!.key);
    expect(double.callsOf('uploadAttachment')).to.have.length(1);
    expect(double.threads.filter((thread) => thread.subject === 'Attestation 2026')).to.have.length(1);
  });

  it('renders hostile strings as text, never as HTML', async () => {
    const double = new InboxDouble();
    const hostile = '<img src=x onerror="window.__inboxHacked=1"><script>window.__inboxHacked=1</script>';
    double.threads = double.threads.map((thread) => ({
      ...thread,
      subject: `${hostile} sujet`,
      serviceName: `<b>${hostile}</b>`,
      messages: thread.messages.map((message) => ({
        ...message,
        authorName: hostile,
        body: `${hostile}\nligne 2`,
      })),
    }));
    const page = await placeInbox(double);
    expect(page.root.querySelector('img, script:not([type]), b')).to.equal(null);
    expect(page.subjects()[0]).to.equal(`${hostile} sujet`);
    await page.parts('thread-open')[0]!.dispatchEvent(new MouseEvent('click'));
    await page.waitFor('[part~="messages"]');
    expect(page.root.querySelector('[part~="messages"] img, [part~="messages"] script')).to.equal(null);
    expect(page.part('body')!.textContent).to.equal(`${hostile}\nligne 2`);
    expect(text(page.part('author'))).to.equal(words(hostile));
    expect((window as { __inboxHacked?: number }).__inboxHacked).to.equal(undefined);
  });

  it('refreshes its list when another inbox of the page reads a thread', async () => {
    const double = new InboxDouble();
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <test-family-inbox .adapter=${double.adapter} locale="fr" draft-key="a"></test-family-inbox>
        <test-family-inbox .adapter=${double.adapter} locale="fr" draft-key="b"></test-family-inbox>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll<TestFamilyInbox>('test-family-inbox')];
    await waitUntil(() => second!.shadowRoot?.querySelector('[part~="threads"]'), 'the second lists');
    expect(text(second!.shadowRoot!.querySelector('[part~="heading"]'))).to.equal(
      'Messagerie (1 nouveau message)',
    );
    first!.threadId = 'thr-2';
    await waitUntil(
      () => text(second!.shadowRoot!.querySelector('[part~="heading"]')) === 'Messagerie',
      'the second’s count dropped',
    );
  });

  it('says when the commune does not offer messages online', async () => {
    const page = await placeInbox(new InboxDouble(), { adapter: {} });
    expect(text(page.part('error-panel'))).to.contain('pas proposé en ligne');
  });

  describe('at 320 px, with the longest words a backend may send', () => {
    beforeEach(() => setViewport({ width: 320, height: 640 }));
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('the list and a thread wrap a long subject, service and text', async () => {
      const word = 'W'.repeat(150);
      const double = new InboxDouble();
      double.threads = double.threads.map((thread) => ({
        ...thread,
        subject: word,
        serviceName: 'S'.repeat(200),
        messages: thread.messages.map((message) => ({ ...message, body: 'B'.repeat(3000) })),
      }));
      const page = await placeInbox(double, { width: 320 });
      const fits = () => {
        expect(page.el.getBoundingClientRect().width).to.be.at.most(320);
        expect(page.el.scrollWidth).to.be.at.most(page.el.clientWidth);
        for (const node of page.root.querySelectorAll('[part]'))
          expect(node.getBoundingClientRect().right, node.getAttribute('part')!).to.be.at.most(
            page.el.getBoundingClientRect().right + 0.5,
          );
      };
      fits();
      await page.parts('thread-open')[0]!.dispatchEvent(new MouseEvent('click'));
      await page.waitFor('[part~="messages"]');
      await page.press('Répondre');
      fits();
    });
  });
});

function summary(id: string) {
  return {
    id,
    serviceId: 'svc',
    serviceName: 'Service',
    subject: id,
    startedAt: '2026-11-01T10:00:00+01:00',
    lastMessageAt: '2026-11-01T10:00:00+01:00',
    lastFrom: 'family' as const,
    messageCount: 1,
    unreadCount: 1,
  };
}

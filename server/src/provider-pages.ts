import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import type { CommuneSettings } from '../../src/domain/index.js';
import type { Db } from './db.js';
import { page, servePageStylesheet } from './dev-pages.js';
import { formGuard, formTokenField, type FormGuardOptions } from './forms.js';
import { paymentSignature } from './payments.js';
import { startedInvoicePayment } from './invoices.js';

interface ProviderOptions extends FormGuardOptions {
  db: Db;
  commune: CommuneSettings;
  /** The server's public origin, against which a relative return URL is resolved. */
  origin: (c: Context) => string;
}

/**
 * The reference server's simulated payment provider, mounted for the demo
 * only: a page with the amount and three answers (pay, refuse, cancel), each
 * sent back to the portal's return URL with the provider's signature, as a
 * real provider's would be. Its form carries a token bound to the browser,
 * and only a payment still in progress can be answered.
 */
export function providerPages({ db, commune, origin, ...guarding }: ProviderOptions): Hono {
  const provider = new Hono();
  const guard = formGuard(guarding);
  servePageStylesheet(provider);

  const startedPayment = async (id: string) => {
    const [row] = await db.query<{ returnUrl: string; label: string; amountCents: number }>(
      `select p.return_url as "returnUrl", a.label, a.amount_cents as "amountCents"
         from payments p join cart_articles a on a.id = p.article_id where p.id = $1 and p.status = 'started'`,
      [id],
    );
    // Else an invoice payment (several invoices paid at once): the same page, the same signed answer.
    return row ?? (await startedInvoicePayment(db, id));
  };
  const gone = () => page('Paiement', html`<h1>Ce paiement n’est plus en cours.</h1>`, '/pay');

  provider.get('/:id', async (c) => {
    const payment = await startedPayment(c.req.param('id'));
    if (!payment) return c.html(gone(), 404);
    const amount = (payment.amountCents / 100).toFixed(2).replace('.', ',');
    return c.html(
      page(
        `Paiement · ${commune.name}`,
        html`<h1>Paiement simulé</h1>
          <p>${commune.name} · ${payment.label}</p>
          <p><strong>${amount} €</strong></p>
          <form method="post">
            <input type="hidden" name="${formTokenField}" value="${guard.token(c)}" />
            <button name="status" value="paid">Payer</button>
            <button name="status" value="refused">Simuler un refus de la banque</button>
            <button name="status" value="cancelled">Annuler</button>
          </form>`,
        '/pay',
      ),
    );
  });

  provider.post('/:id', async (c) => {
    const id = c.req.param('id');
    const form = await guard.read(c);
    const payment = await startedPayment(id);
    if (!payment) return c.html(gone(), 404);
    const status =
      ['paid', 'refused', 'cancelled'].find((candidate) => candidate === form.status) ?? 'cancelled';
    // The return URL was checked against the allowed origins when the payment started.
    const back = new URL(payment.returnUrl, origin(c));
    back.searchParams.set('paymentId', id);
    back.searchParams.set('status', status);
    back.searchParams.set('signature', paymentSignature(guarding.secret, id, status));
    return c.redirect(back.toString(), 303);
  });

  return provider;
}

import { Hono } from 'hono';
import { html } from 'hono/html';
import type { CommuneSettings } from '../../src/domain/index.js';
import type { Db } from './db.js';
import { page } from './dev-pages.js';
import { paymentSignature } from './camps.js';

interface ProviderOptions {
  db: Db;
  commune: CommuneSettings;
  secret: string;
}

/**
 * The reference server's simulated payment provider: a page with the amount
 * and three answers (pay, refuse, cancel), each sent back to the portal's
 * return URL with the provider's signature, as a real provider's would be.
 */
export function providerPages({ db, commune, secret }: ProviderOptions): Hono {
  const provider = new Hono();

  const startedPayment = async (id: string) => {
    const [row] = await db.query<{ returnUrl: string; label: string; amountCents: number }>(
      `select p.return_url as "returnUrl", a.label, a.amount_cents as "amountCents"
         from payments p join cart_articles a on a.id = p.article_id where p.id = $1 and p.status = 'started'`,
      [id],
    );
    return row;
  };

  provider.get('/:id', async (c) => {
    const payment = await startedPayment(c.req.param('id'));
    if (!payment) return c.html(page('Paiement', html`<h1>Ce paiement n’est plus en cours.</h1>`), 404);
    const amount = (payment.amountCents / 100).toFixed(2).replace('.', ',');
    return c.html(
      page(
        `Paiement · ${commune.name}`,
        html`<h1>Paiement simulé</h1>
          <p>${commune.name} · ${payment.label}</p>
          <p><strong>${amount} €</strong></p>
          <form method="post">
            <button name="status" value="paid">Payer</button>
            <button name="status" value="refused">Simuler un refus de la banque</button>
            <button name="status" value="cancelled">Annuler</button>
          </form>`,
      ),
    );
  });

  provider.post('/:id', async (c) => {
    const id = c.req.param('id');
    const payment = await startedPayment(id);
    if (!payment) return c.html(page('Paiement', html`<h1>Ce paiement n’est plus en cours.</h1>`), 404);
    const form = await c.req.parseBody();
    const status =
      ['paid', 'refused', 'cancelled'].find((candidate) => candidate === form.status) ?? 'cancelled';
    const back = new URL(payment.returnUrl, new URL(c.req.url).origin);
    back.searchParams.set('paymentId', id);
    back.searchParams.set('status', status);
    back.searchParams.set('signature', paymentSignature(secret, id, status));
    return c.redirect(back.toString(), 303);
  });

  return provider;
}

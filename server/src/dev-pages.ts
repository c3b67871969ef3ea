import { Hono } from 'hono';
import { html } from 'hono/html';
import {
  ActivitySchema,
  communeText,
  isCalendarRequest,
  serviceDecidedKinds,
  textIn,
  type ItemDecision,
  type CommuneSettings,
  type RequestReceipt,
} from '../../src/domain/index.js';
import { releaseExpired } from './expiry.js';
import type { Db } from './db.js';
import { formGuard, formTokenField, type FormGuardOptions } from './forms.js';
import { pageStylesheet, signInScript } from './page-assets.js';
import { familyOfAccount, type Family } from './requests.js';
import { messageServices, threadsToAnswer, type ServiceAnswer } from './messages.js';
import { samePath } from './urls.js';

interface DevOptions extends FormGuardOptions {
  db: Db;
  commune: CommuneSettings;
  decide: (
    family: Family,
    requestId: string,
    decision: 'accepted' | 'refused',
    reason?: string,
    items?: ItemDecision[],
  ) => Promise<RequestReceipt>;
  reset?: (() => Promise<void>) | undefined;
  /** "Facturer le mois": the billing run of a month (`YYYY-MM`), and the month it bills by default. */
  billing?:
    | {
        run: (month: string) => Promise<{ month: string; families: number; invoices: number }>;
        defaultMonth: () => Promise<string>;
      }
    | undefined;
  /** The service's answer in a thread; the family's e-mail links to `portalUrl`. */
  answerThread?: ((threadId: string, answer: ServiceAnswer, portalUrl: string) => Promise<void>) | undefined;
}

/** What a calendar request's day asks the service, in its words. */
const askedOf: Readonly<Record<string, string>> = {
  requested: 'réservation à valider',
  'cancel-requested': 'annulation hors délai',
  'absence-requested': 'absence à excuser',
  waiting: 'liste d’attente (complet)',
};

/** A day of a calendar request, as its form field names it (`day:child|unit|date`). */
const dayField = (day: { childId: string; unitId: string; date: string }) =>
  `day:${day.childId}|${day.unitId}|${day.date}`;

/** The days decided one by one in the back office's form (each day's radio buttons). */
function itemsOf(form: Readonly<Record<string, string>>): ItemDecision[] {
  return Object.entries(form).flatMap(([name, value]) => {
    const [childId, unitId, date] = name.startsWith('day:') ? name.slice(4).split('|') : [];
    if (!childId || !unitId || !date || (value !== 'accepted' && value !== 'refused')) return [];
    return [{ childId, unitId, date, decision: value }];
  });
}

/** A page of the server's own (dev, simulated provider), its stylesheet served by the router at `base`. */
export const page = (title: string, body: unknown, base: string) =>
  html`<!doctype html>
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="stylesheet" href="${base}/page.css" />
      </head>
      <body>
        ${body}
      </body>
    </html>`;

/** Serves the pages' stylesheet at `/page.css` of `router` (before any `/:id` route). */
export function servePageStylesheet(router: Hono): void {
  router.get('/page.css', (c) => c.body(pageStylesheet, 200, { 'content-type': 'text/css; charset=utf-8' }));
}

/**
 * Development pages: the demo sign-in that stands in for the e-guichet's
 * (eID, itsme), the outbox of the e-mails the service sends, and a tiny back
 * office where the service accepts or refuses pending requests.
 */
export function devPages({
  db,
  commune,
  decide,
  reset,
  billing,
  answerThread,
  ...guarding
}: DevOptions): Hono {
  const dev = new Hono();
  const guard = formGuard(guarding);
  // An answer may be 5000 characters, each up to 9 bytes once form-encoded.
  const answerGuard = formGuard({ ...guarding, maxBytes: 64 * 1024 });
  const hidden = (token: string) => html`<input type="hidden" name="${formTokenField}" value="${token}" />`;
  servePageStylesheet(dev);
  dev.get('/sign-in.js', (c) =>
    c.body(signInScript, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );

  dev.get('/sign-in', async (c) => {
    const accounts = await db.query<{ id: string; email: string | null; display_name: string | null }>(
      'select id, email, display_name from accounts order by id',
    );
    // Only a path of this origin: never `javascript:`, another site or `//host`.
    const back = samePath(c.req.query('back'), '/demo/');
    return c.html(
      page(
        `Connexion de démonstration · ${commune.name}`,
        html`<h1>Connexion de démonstration</h1>
          <p>
            Sur le site de la commune, l’e-guichet connecte le parent (eID, itsme). Ici, choisissez un compte
            de démonstration :
          </p>
          <ul data-back="${back}">
            ${accounts.map(
              (account) =>
                html`<li>
                  <button type="button" data-account="${account.id}">
                    ${account.display_name ?? account.id}
                  </button>
                  <span class="muted">${account.email ?? ''}</span>
                </li>`,
            )}
          </ul>
          <script type="module" src="/dev/sign-in.js"></script>`,
        '/dev',
      ),
    );
  });

  dev.get('/outbox', async (c) => {
    const mails = await db.query<{
      to_address: string;
      subject: string;
      body: string;
      language: string | null;
      created_at: Date | string;
    }>('select to_address, subject, body, language, created_at from outbox order by id desc limit 100');
    return c.html(
      page(
        'Outbox',
        html`<h1>E-mails envoyés</h1>
          ${mails.length === 0 ? html`<p>Aucun e-mail pour l’instant.</p>` : ''}
          ${mails.map(
            (mail) =>
              html`<article lang="${mail.language ?? 'fr'}">
                <h2>${mail.subject}</h2>
                <p class="muted">
                  À ${mail.to_address} ·
                  ${new Date(mail.created_at).toISOString()}${mail.language ? ` · ${mail.language}` : ''}
                </p>
                <pre>${mail.body}</pre>
              </article>`,
          )}`,
        '/dev',
      ),
    );
  });

  dev.get('/outbox.json', async (c) =>
    c.json(
      await db.query(
        `select to_address as "to", subject, body, request_id as "requestId", code, params, language
           from outbox order by id`,
      ),
    ),
  );

  dev.get('/back-office', async (c) => {
    const pending = await db.query<{
      id: string;
      number: string;
      kind: RequestReceipt['kind'];
      account_id: string;
      display_name: string | null;
      changes: { field: string; from: string; to: string }[] | null;
      message: string | null;
      params: Record<string, unknown> | null;
    }>(
      `select r.id, r.number, r.kind, r.changes, f.account_id, a.display_name,
              h.message, h.params
         from requests r join families f on f.id = r.family_id join accounts a on a.id = f.account_id
         left join lateral (select message, params from request_history
                             where request_id = r.id order by id limit 1) h on true
        where r.status = 'pending' and r.kind = any($1::text[])
        order by r.submitted_at`,
      [serviceDecidedKinds],
    );
    // What each calendar request still leaves to the service, day by day.
    const days = await db.query<{
      requestId: string;
      childId: string;
      child: string;
      unitId: string;
      date: string;
      status: string;
    }>(
      `select b.request_id as "requestId", b.child_id as "childId", c.first_name as child, b.unit_id as "unitId",
              to_char(b.date, 'YYYY-MM-DD') as date, b.status
         from bookings b join children c on c.id = b.child_id join requests r on r.id = b.request_id
        where r.status = 'pending' and b.status = any($1::text[])
        order by b.date, c.first_name, b.unit_id`,
      [Object.keys(askedOf)],
    );
    const unitNames = new Map(
      (await db.query<{ data: unknown }>('select data from calendar_activities')).flatMap(({ data }) =>
        ActivitySchema.parse(data).units.map((unit) => [
          unit.id,
          textIn(unit.name, commune.language ?? 'fr'),
        ]),
      ),
    );
    // Payments that came back after their article was released or removed: the service refunds them.
    const refunds = await db.query<{ id: string; label: string; amountCents: number; account: string }>(
      `select p.id, a.label, a.amount_cents as "amountCents", coalesce(ac.display_name, ac.id) as account
         from payments p join cart_articles a on a.id = p.article_id
         join families f on f.id = p.family_id join accounts ac on ac.id = f.account_id
        where p.refund_due order by p.completed_at`,
    );
    // Threads whose family wrote last: the service answers them here (the family is e-mailed a link).
    const toAnswer = answerThread ? await threadsToAnswer(db) : [];
    const serviceNames = new Map(
      (toAnswer.length > 0 ? await messageServices(db) : []).map((service) => [
        service.id,
        communeText(commune, service.name),
      ]),
    );
    const token = guard.token(c);
    /** A calendar request's days awaiting the service, each decided as the request unless chosen here. */
    const calendarDays = (list: typeof days) =>
      list.length === 0
        ? ''
        : html`<table>
            <caption>
              Jours à décider (sans choix : la décision de la demande)
            </caption>
            <thead>
              <tr>
                <th scope="col">Enfant</th>
                <th scope="col">Date</th>
                <th scope="col">Unité</th>
                <th scope="col">Demandé</th>
                <th scope="col">Décision du jour</th>
              </tr>
            </thead>
            <tbody>
              ${list.map(
                (day) =>
                  html`<tr>
                    <td>${day.child}</td>
                    <td>${day.date}</td>
                    <td>${unitNames.get(day.unitId) ?? day.unitId}</td>
                    <td>${askedOf[day.status] ?? day.status}</td>
                    <td>
                      <label><input type="radio" name="${dayField(day)}" value="accepted" /> accepter</label>
                      <label><input type="radio" name="${dayField(day)}" value="refused" /> refuser</label>
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`;
    return c.html(
      page(
        `Back office · ${communeText(commune, commune.serviceName)}`,
        html`${
            refunds.length > 0
              ? html`<h1>Paiements à rembourser</h1>
                  <ul>
                    ${refunds.map(
                      (refund) =>
                        html`<li>
                          <strong>${refund.id}</strong> · ${refund.account} · ${refund.label} ·
                          ${(refund.amountCents / 100).toFixed(2).replace('.', ',')} €
                        </li>`,
                    )}
                  </ul>`
              : ''
          }
          ${
            billing
              ? html`<h1>Facturation</h1>
                  <form method="post" action="/dev/back-office/billing">
                    ${hidden(token)}
                    <label
                      >Mois à facturer
                      <input name="month" type="month" value="${await billing.defaultMonth()}" required
                    /></label>
                    <button>Facturer le mois</button>
                  </form>`
              : ''
          }
          ${
            answerThread
              ? html`<h1>Messages en attente de réponse</h1>
                  ${toAnswer.length === 0 ? html`<p>Aucun message en attente de réponse.</p>` : ''}
                  <ul>
                    ${toAnswer.map(
                      (thread) =>
                        html`<li>
                          <strong>${thread.subject}</strong> · ${thread.family} ·
                          ${serviceNames.get(thread.serviceId) ?? thread.serviceId} · ${thread.lastMessageAt}
                          <pre>${thread.lastBody}</pre>
                          <form
                            method="post"
                            action="/dev/back-office/threads/${encodeURIComponent(thread.id)}"
                          >
                            ${hidden(token)}
                            <label
                              >Réponse
                              <textarea name="body" rows="4" cols="60" maxlength="5000" required></textarea>
                            </label>
                            <label
                              >Signée par
                              <input
                                name="author"
                                maxlength="200"
                                placeholder="${serviceNames.get(thread.serviceId) ?? ''}"
                            /></label>
                            <button>Répondre</button>
                          </form>
                        </li>`,
                    )}
                  </ul>`
              : ''
          }
          <h1>Demandes en attente</h1>
          ${pending.length === 0 ? html`<p>Aucune demande en attente.</p>` : ''}
          <form method="post" action="/dev/release-expired">
            ${hidden(token)}
            <label
              >Libérer les paniers impayés comme dans
              <input name="days" type="number" min="0" max="60" value="4" size="3" /> jours</label
            >
            <button>Libérer</button>
          </form>
          <ul>
            ${pending.map(
              (request) =>
                html`<li>
                  <strong>${request.number}</strong> · ${request.kind} ·
                  ${request.display_name ?? request.account_id}
                  ${
                    // What the request is about (an unsubscribe's camp, week and child), then the parent's words.
                    (request.params && !isCalendarRequest(request.kind)) || request.message
                      ? html`<p>
                          ${[
                            ...(isCalendarRequest(request.kind) ? [] : Object.values(request.params ?? {})),
                            request.message,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </p>`
                      : ''
                  }
                  ${
                    request.changes?.length
                      ? html`<dl>
                          ${request.changes.map(
                            (change) =>
                              html`<dt>${change.field}</dt>
                                <dd>
                                  <del>${change.from || '—'}</del><br /><ins>${change.to || '—'}</ins>
                                </dd>`,
                          )}
                        </dl>`
                      : ''
                  }
                  <form method="post" action="/dev/back-office/${request.id}">
                    ${hidden(token)}
                    <input type="hidden" name="account" value="${request.account_id}" />
                    ${calendarDays(days.filter((day) => day.requestId === request.id))}
                    <label>Motif (en cas de refus) <input name="reason" /></label>
                    <button name="decision" value="accepted">Accepter</button>
                    <button name="decision" value="refused">Refuser</button>
                  </form>
                </li>`,
            )}
          </ul>`,
        '/dev',
      ),
    );
  });

  /**
   * "Comme dans n jours": the check of unpaid carts run as if `days` days had
   * passed (default 4, past the usual 3 days to pay), so that the demo and
   * the end-to-end check can see a cart expire without waiting.
   */
  dev.post('/release-expired', async (c) => {
    const form = await guard.read(c);
    // 0 is "now"; only a missing or non-numeric value falls back to 4.
    const asked = typeof form.days === 'string' && form.days.trim() !== '' ? Number(form.days) : Number.NaN;
    const days = Math.min(Math.max(Number.isFinite(asked) ? asked : 4, 0), 60);
    const released = await releaseExpired(db, {
      commune,
      now: () => new Date(Date.now() + days * 86_400_000),
    });
    return c.req.header('accept')?.includes('application/json')
      ? c.json({ released })
      : c.redirect('/dev/back-office', 303);
  });

  /**
   * "Facturer le mois": every family's month of bookings and paid camp
   * articles invoiced (billing.ts); run again, it bills nothing twice.
   * (Before `/back-office/:id`: request ids never read `billing`.)
   */
  dev.post('/back-office/billing', async (c) => {
    const form = await guard.read(c);
    if (!billing) return c.notFound();
    const month =
      typeof form.month === 'string' && form.month !== '' ? form.month : await billing.defaultMonth();
    const outcome = await billing.run(month);
    return c.req.header('accept')?.includes('application/json')
      ? c.json(outcome)
      : c.redirect('/dev/back-office', 303);
  });

  /**
   * The service's answer in a thread: `body` (required), `author` (default:
   * the service's name). An unknown thread is 404 `thread.not-found`, an
   * empty or too long answer 422; the family is e-mailed a link to the portal.
   */
  dev.post('/back-office/threads/:threadId', async (c) => {
    const form = await answerGuard.read(c);
    if (!answerThread) return c.notFound();
    const portal = `${guarding.origins?.(c)[0] ?? new URL(c.req.url).origin}/demo/`;
    await answerThread(c.req.param('threadId'), { body: form.body ?? '', author: form.author }, portal);
    return c.req.header('accept')?.includes('application/json')
      ? c.json({ answered: c.req.param('threadId') })
      : c.redirect('/dev/back-office', 303);
  });

  dev.post('/back-office/:id', async (c) => {
    const form = await guard.read(c);
    const family = await familyOfAccount(db, form.account ?? '');
    if (family) {
      const decision = form.decision === 'accepted' ? 'accepted' : 'refused';
      await decide(family, c.req.param('id'), decision, form.reason || undefined, itemsOf(form));
    }
    return c.redirect('/dev/back-office', 303);
  });

  // A button of the demo page, sent with fetch (no form): its origin is checked.
  dev.post('/reset', async (c) => {
    guard.sameOrigin(c);
    if (!reset) return c.notFound();
    await reset();
    return c.body(null, 204);
  });

  return dev;
}

import {
  CartSchema,
  ClosingPreviewSchema,
  closeRequests as closeRequestsDecision,
  closingPreview,
  isResident,
  removeCartArticle as removeCartArticleDecision,
  type Cart,
  type CartArticle,
  type ClosingPreview,
} from '../../src/domain/index.js';
import type { Db } from './db.js';
import { getCamps, offerFreedPlaces, releaseRequests } from './places.js';
import { addHistories, currentParent, decided, iso, type Family, type ServiceOptions } from './requests.js';

/* The cart: closing the family's requests into it, reading it, removing an article. */

/** What "Clôturer mes demandes" would bill: the family's open camp requests (in no cart yet), priced camp by camp. */
export async function previewClosing(
  db: Db,
  family: Family,
  options: Pick<ServiceOptions, 'commune'>,
): Promise<ClosingPreview> {
  const requestIds = (
    await db.query<{ id: string }>(
      `select id from requests
        where family_id = $1 and kind = 'camp-enrolment' and status = 'pending'
          and id not in (select jsonb_array_elements_text(request_ids) from cart_articles
                          where family_id = $1 and status <> 'removed')
        order by submitted_at`,
      [family.id],
    )
  ).map((row) => row.id);
  const booked = await db.query<{ campId: string; childId: string; date: string; activityIds: string[] }>(
    `select camp_id as "campId", child_id as "childId", to_char(day, 'YYYY-MM-DD') as date, activity_ids as "activityIds"
       from camp_bookings where request_id = any($1::text[]) order by day`,
    [requestIds],
  );
  const children = (
    await db.query<{ id: string; identity: { firstName: string; birthDate: string } }>(
      'select id, identity from children where family_id = $1',
      [family.id],
    )
  ).map(({ id, identity }) => ({ id, ...identity }));
  const resident = isResident(
    options.commune.postcodes,
    (await currentParent(db, family.id))?.address.postcode,
  );
  return ClosingPreviewSchema.parse(
    closingPreview(await getCamps(db), booked, children, requestIds, resident),
  );
}

interface CartRow {
  id: string;
  label: string;
  requestIds: string[];
  requestNumbers: string[];
  amountCents: number;
  currency: string;
  createdAt: Date | string;
  dueAt: Date | string;
  status: string;
  preview: unknown;
}

/** Cart articles as the contract has them (`where`: the rest of the query, on `cart_articles`). */
export async function cartArticles(db: Db, where: string, params: unknown[]): Promise<CartArticle[]> {
  const rows = await db.query<CartRow>(
    `select id, label, request_ids as "requestIds", request_numbers as "requestNumbers", amount_cents as "amountCents",
            currency, created_at as "createdAt", due_at as "dueAt", status, preview
       from cart_articles ${where}`,
    params,
  );
  return rows.map((row) => ({ ...row, createdAt: iso(row.createdAt), dueAt: iso(row.dueAt) }) as CartArticle);
}

/** The family's cart: its unpaid articles, oldest first. */
export async function getCart(db: Db, family: Family): Promise<Cart> {
  const articles = await cartArticles(
    db,
    "where family_id = $1 and status = 'unpaid' order by created_at, id",
    [family.id],
  );
  return CartSchema.parse({
    articles,
    currency: 'EUR',
    totalCents: articles.reduce((sum, article) => sum + article.amountCents, 0),
  });
}

/** "Clôturer mes demandes": every open camp request of the family, closed together into one cart article. */
export async function closeRequests(tx: Db, family: Family, options: ServiceOptions): Promise<Cart> {
  await tx.query('select id from families where id = $1 for update', [family.id]);
  const preview = await previewClosing(tx, family, options);
  const requests = await tx.query<{ id: string; number: string }>(
    'select id, number from requests where id = any($1::text[]) order by submitted_at',
    [preview.requestIds],
  );
  const camps = await getCamps(tx);
  const { article, history } = decided(() =>
    closeRequestsDecision({ preview, camps, requests, now: options.now() }),
  );
  const [{ n } = { n: 0 }] = await tx.query<{ n: number | string }>("select nextval('cart_numbers') as n");
  await tx.query(
    `insert into cart_articles (id, family_id, label, request_ids, request_numbers, amount_cents, preview, created_at, due_at, status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'unpaid')`,
    [
      `art-${n}`,
      family.id,
      article.label,
      JSON.stringify(article.requestIds),
      JSON.stringify(article.requestNumbers),
      article.amountCents,
      JSON.stringify(article.preview),
      article.createdAt,
      article.dueAt,
    ],
  );
  await addHistories(tx, history);
  return getCart(tx, family);
}

/** "Retirer mon article du panier et libérer les places": its requests cancelled, their places given back. */
export async function removeCartArticle(
  tx: Db,
  family: Family,
  articleId: string,
  options: ServiceOptions,
): Promise<Cart> {
  const [article] = await cartArticles(tx, 'where id = $1 and family_id = $2 for update', [
    articleId,
    family.id,
  ]);
  const at = options.now();
  const removed = decided(() => removeCartArticleDecision(article, at));
  await tx.query('update cart_articles set status = $2 where id = $1', [articleId, removed.status]);
  // Freed places go to the families waiting for them, as after a deadline.
  await offerFreedPlaces(tx, await releaseRequests(tx, removed.release), at, options);
  return getCart(tx, family);
}

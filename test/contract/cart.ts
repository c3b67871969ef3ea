import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { ContractBackend } from './backends.js';
import { campHelpers, failure, key } from './support.js';

/** Closing the camp requests, the cart and paying. */
export function cartContract(current: () => ContractBackend): void {
  let backend: ContractBackend;
  beforeEach(() => {
    backend = current();
  });
  const { openDays, ines, enrolNew, enrolmentOf } = campHelpers(current);

  describe('closing, the cart and paying', () => {
    it('shows what closing would bill: each child’s weeks, the eldest at full price, the next with the 2nd child’s reduction', async () => {
      const adapter = await backend.adapter('known');
      assert.deepEqual((await adapter.previewClosing()).camps, [], 'nothing open yet');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children.find((child) => child.firstName === 'Léa')!;
      const week = openDays(summer!.weeks[2]!);
      const first = await adapter.enrolInCamp(
        { campId: summer!.id, childId: lea.id, days: week.map((date) => ({ date })) },
        key(),
      );
      const younger = await ines(adapter, openDays(summer!.weeks[0]!)[0]!);
      const two = openDays(summer!.weeks[3]!).slice(0, 2);
      const second = await adapter.enrolInCamp(
        { campId: summer!.id, childId: younger, days: two.map((date) => ({ date })) },
        key(),
      );
      const preview = await adapter.previewClosing();
      assert.deepEqual(preview.requestIds.sort(), [first.receipt.id, second.receipt.id].sort());
      assert.equal(preview.resident, true, 'the family lives in the commune');
      // The Belgian demo's residents: 15 € a day, 65 € a week (prorated to its open days), −10 % for the 2nd child.
      const wholeWeek = Math.min(week.length * 1500, Math.round((6500 * week.length) / 5));
      const [camp] = preview.camps;
      assert.equal(camp?.campId, summer!.id);
      assert.deepEqual(
        camp?.price.children.map((child) => [
          child.firstName,
          child.rank,
          child.baseCents,
          child.reductionCents,
          child.totalCents,
        ]),
        [
          ['Léa', 1, wholeWeek, 0, wholeWeek],
          ['Inès', 2, 3000, 300, 2700],
        ],
      );
      assert.equal(preview.totalCents, wholeWeek + 2700);
    });

    it('closes every open request into one cart article, and frees the places when it is removed', async () => {
      const adapter = await backend.adapter('known');
      const nothing = await failure(adapter.closeRequests(key()));
      assert.deepEqual([nothing.type, nothing.code], ['conflict', 'camp.nothing-to-close']);
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children.find((child) => child.firstName === 'Léa')!;
      const days = openDays(summer!.weeks[2]!);
      const enrolment = await adapter.enrolInCamp(
        { campId: summer!.id, childId: lea.id, days: days.map((date) => ({ date })) },
        key(),
      );
      const preview = await adapter.previewClosing();
      const left = async () =>
        (await adapter.getCampAvailability(summer!.id, lea.id)).days.find((day) => day.date === days[0])!
          .left;
      const taken = await left();

      const cart = await adapter.closeRequests(key());
      assert.equal(cart.articles.length, 1);
      const [article] = cart.articles;
      assert.equal(article?.amountCents, preview.totalCents);
      assert.equal(cart.totalCents, preview.totalCents);
      assert.deepEqual(article?.requestIds, [enrolment.receipt.id]);
      assert.match(
        article?.label ?? '',
        new RegExp(`Réservation de plaine\\(s\\) pour la demande n° ${enrolment.receipt.number}`),
      );
      assert.equal(
        Date.parse(article!.dueAt) - Date.parse(article!.createdAt),
        summer!.paymentDelayDays * 86_400_000,
        'to pay within the camp’s delay',
      );
      assert.deepEqual(
        (await adapter.getRequest(enrolment.receipt.id)).history.slice(-2).map((entry) => entry.status),
        ['camp-closed', 'camp-in-cart'],
      );
      assert.deepEqual(await adapter.getCart(), cart);
      assert.deepEqual((await adapter.previewClosing()).requestIds, [], 'nothing left to close');

      const stranger = await backend.adapter('separated');
      assert.equal((await failure(stranger.removeCartArticle(article!.id, key()))).type, 'not-found');
      const emptied = await adapter.removeCartArticle(article!.id, key());
      assert.deepEqual([emptied.articles, emptied.totalCents], [[], 0]);
      const request = await adapter.getRequest(enrolment.receipt.id);
      assert.equal(request.status, 'cancelled');
      assert.equal(request.history.at(-1)?.status, 'camp-released');
      assert.equal(await left(), taken + 1, 'the place is free again');
    });

    it('pays an article through the provider: refused first, then paid, its requests then “Payé”', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children.find((child) => child.firstName === 'Léa')!;
      const enrolment = await adapter.enrolInCamp(
        { campId: summer!.id, childId: lea.id, days: [{ date: openDays(summer!.weeks[2]!)[0]! }] },
        key(),
      );
      const [article] = (await adapter.closeRequests(key())).articles;

      const first = await adapter.startPayment(article!.id, '/portail/panier', key());
      const refused = await adapter.completePayment(await backend.pay(first, 'refused'), key());
      assert.equal(refused.status, 'refused');
      assert.deepEqual(
        refused.cart.articles.map((candidate) => candidate.id),
        [article!.id],
        'still to pay',
      );

      const second = await adapter.startPayment(article!.id, '/portail/panier', key());
      const answer = await backend.pay(second, 'paid');
      const forged = await failure(
        adapter.completePayment({ ...answer, signature: `${answer.signature}x` }, key()),
      );
      assert.equal(forged.type, 'validation');
      const paid = await adapter.completePayment(answer, key());
      assert.equal(paid.status, 'paid');
      assert.equal(paid.article.status, 'paid');
      assert.deepEqual(paid.cart.articles, []);
      const request = await adapter.getRequest(enrolment.receipt.id);
      assert.equal(request.status, 'accepted');
      assert.equal(request.history.at(-1)?.status, 'camp-paid');
      assert.equal((await adapter.completePayment(answer, key())).status, 'paid', 'a return replayed');
      const stranger = await backend.adapter('separated');
      assert.equal(
        (await failure(stranger.startPayment(article!.id, '/portail/panier', key()))).type,
        'not-found',
      );
    });

    it('resumes the payment still with the provider when “Payer” is pressed again (a second tab): one payment, paid once', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children.find((child) => child.firstName === 'Léa')!;
      await adapter.enrolInCamp(
        { campId: summer!.id, childId: lea.id, days: [{ date: openDays(summer!.weeks[2]!)[0]! }] },
        key(),
      );
      const [article] = (await adapter.closeRequests(key())).articles;
      const [first, second] = await Promise.all([
        adapter.startPayment(article!.id, '/portail/panier', key()),
        adapter.startPayment(article!.id, '/portail/panier?tab=2', key()),
      ]);
      assert.equal(second.paymentId, first.paymentId, 'the same payment');
      const paid = await adapter.completePayment(await backend.pay(second, 'paid'), key());
      assert.equal(paid.status, 'paid');
      assert.equal(
        (await failure(adapter.startPayment(article!.id, '/portail/panier', key()))).type,
        'not-found',
        'nothing left to pay',
      );
    });

    it('records a payment back after its article was removed, but pays for nothing: a conflict, replayed the same', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children.find((child) => child.firstName === 'Léa')!;
      const date = openDays(summer!.weeks[2]!)[0]!;
      const enrolment = await adapter.enrolInCamp(
        { campId: summer!.id, childId: lea.id, days: [{ date }] },
        key(),
      );
      const [article] = (await adapter.closeRequests(key())).articles;
      const payment = await adapter.startPayment(article!.id, '/portail/panier', key());
      const answer = await backend.pay(payment, 'paid');
      // Meanwhile, in another tab: the article removed, its places freed.
      await adapter.removeCartArticle(article!.id, key());
      const left = async () =>
        (await adapter.getCampAvailability(summer!.id, lea.id)).days.find((day) => day.date === date)!.left;
      const freed = await left();

      const once = key();
      const late = await failure(adapter.completePayment(answer, once));
      assert.deepEqual([late.type, late.code, late.retryable], ['conflict', 'article.not-payable', false]);
      const retried = await failure(adapter.completePayment(answer, once));
      assert.deepEqual([retried.type, retried.code], ['conflict', 'article.not-payable'], 'retried');
      const reloaded = await failure(adapter.completePayment(answer, key()));
      assert.deepEqual([reloaded.type, reloaded.code], ['conflict', 'article.not-payable'], 'a reload');

      const request = await adapter.getRequest(enrolment.receipt.id);
      assert.equal(request.status, 'cancelled', 'not “Payé”');
      assert.ok(!request.history.some((entry) => entry.status === 'camp-paid'));
      const listed = await enrolmentOf(adapter, enrolment.receipt.id);
      assert.deepEqual([listed.state, listed.weeks[0]?.status], ['cancelled', 'released']);
      assert.deepEqual((await adapter.getCart()).articles, []);
      assert.equal(await left(), freed, 'no place taken back');
      const mails = await backend.outbox?.();
      if (mails) assert.ok(!mails.some((mail) => /paiement reçu/.test(mail.subject)), 'no “paiement reçu”');
    });

    it('offers the places freed by removing a cart article to the child waiting, not to a request cancelled with it', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const busy = summer!.weeks[1]!;
      const wednesday = busy.days[2]!.date;
      const first = openDays(summer!.weeks[0]!)[0]!;
      const enrol = (name: string, dates = [wednesday]) => enrolNew(adapter, summer!, name, dates);
      await enrol('Inès');
      await enrol('Nora');
      // A week reserved, the full one waiting: the request goes into the article with the others.
      const cancelledWithIt = await enrol('Lina', [first, wednesday]);
      await adapter.joinWaitingList(cancelledWithIt.receipt.id, busy.id, key());
      const [article] = (await adapter.closeRequests(key())).articles;
      const waiting = await enrol('Zoé');
      assert.equal(waiting.weeks[0]?.status, 'full');
      await adapter.joinWaitingList(waiting.receipt.id, busy.id, key());

      await adapter.removeCartArticle(article!.id, key());
      const offers = async (requestId: string) =>
        (await adapter.getRequest(requestId)).history.filter((entry) => entry.status === 'camp-place-offered')
          .length;
      assert.equal(await offers(waiting.receipt.id), 1, 'the child still waiting is offered the place');
      assert.equal(await offers(cancelledWithIt.receipt.id), 0, 'not the request removed with the article');
    });
  });
}

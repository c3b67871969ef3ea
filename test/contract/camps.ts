import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { communeDay, groupFor, registrationState, textIn } from '../../src/domain/index.js';
import type { ContractBackend } from './backends.js';
import { campHelpers, failure, key, runningCamp, shift } from './support.js';

/** The camps: places, enrolments, waiting lists, drafts, unsubscribing. */
export function campsContract(current: () => ContractBackend): void {
  let backend: ContractBackend;
  beforeEach(() => {
    backend = current();
  });
  const { openDays, ines, enrolNew, enrolmentOf } = campHelpers(current);

  describe('camps', () => {
    it('lists the commune’s camps: the summer’s registration open, the carnival’s not yet', async () => {
      const adapter = await backend.adapter('known');
      const camps = await adapter.getCamps();
      const summer = camps.find((camp) => camp.kind === 'plaine');
      const carnival = camps.find((camp) => camp.kind === 'stage');
      assert.ok(summer && carnival, 'a summer and a carnival');
      const now = new Date();
      assert.equal(registrationState(summer, now), 'open');
      assert.equal(registrationState(carnival, now), 'not-yet-open');
      assert.ok(summer.weeks.length >= 8, 'a whole summer');
      assert.ok(
        summer.weeks.some((week) =>
          week.days.some((day) => textIn(day.closedReason ?? '', 'fr') === 'Fête nationale'),
        ),
        'the national holiday is closed',
      );
      // The commune's texts come back in each of its languages.
      assert.deepEqual(summer.weeks[0]?.theme, {
        fr: 'Tous en forme !',
        nl: 'Fit en gezond!',
        de: 'Fit und munter!',
        en: 'Fit and well!',
      });
      assert.equal(textIn(summer.name, 'nl'), `Zomerspeelpleinen ${summer.id.slice(4)}`);
      assert.deepEqual(await (await backend.adapter('new')).getCamps(), camps, 'the same camps for everyone');
    });

    it('gives a child’s group and its places day by day, and nothing of another family’s child', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children.find((child) => child.firstName === 'Léa')!;
      const availability = await adapter.getCampAvailability(summer!.id, lea.id);
      const group = groupFor(summer!, (await adapter.getChild(lea.id)).identity);
      assert.equal(availability.groupId, group?.id ?? null);
      assert.equal(availability.childId, lea.id);
      const openDays = summer!.weeks.flatMap((week) => week.days).filter((day) => day.open);
      assert.deepEqual(
        availability.days.map((day) => day.date),
        group ? openDays.map((day) => day.date) : [],
      );
      for (const day of availability.days) assert.ok(day.left >= 0 && day.left <= day.capacity);

      assert.equal((await failure(adapter.getCampAvailability('no-such-camp', lea.id))).type, 'not-found');
      const stranger = await backend.adapter('separated');
      assert.equal((await failure(stranger.getCampAvailability(summer!.id, lea.id))).type, 'not-found');
    });

    it('shows a full day and one nearly full in the busy week of the 5–6 and the 7–9 year olds', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const first = summer!.weeks.flatMap((week) => week.days).find((day) => day.open)!.date;
      const week = summer!.weeks[1]!;
      // Children who turn 5 and 8 in the spring before the summer: the "5–6 ans" and "7–9 ans" groups.
      for (const [age, groupId] of [
        [5, '5-6-ans'],
        [8, '7-9-ans'],
      ] as const) {
        const { childId } = await adapter.registerChild(
          {
            lastName: 'Dubois',
            firstName: `Enfant de ${age} ans`,
            birthDate: `${Number(first.slice(0, 4)) - age}-03-10`,
            sex: 'female',
            schoolSiteId: 'centre',
            schoolGradeId: age === 5 ? 'm3' : 'p2',
            invoicesTo: 'me',
          },
          key(),
        );
        const availability = await adapter.getCampAvailability(summer!.id, childId);
        assert.equal(availability.groupId, groupId);
        const left = new Map(availability.days.map((day) => [day.date, day.left]));
        assert.equal(left.get(week.days[2]!.date), 2, `${groupId}: two places left on the Wednesday`);
        assert.equal(left.get(week.days[3]!.date), 0, `${groupId}: the Thursday is full`);
        assert.equal(
          availability.days.filter((day) => day.left < day.capacity).length,
          2,
          `${groupId}: every other day has all its places`,
        );
      }
      const lea = await adapter.getCampAvailability(summer!.id, 'chi-1');
      assert.ok(
        lea.days.every((day) => day.left === day.capacity),
        'Léa’s group has every place of the summer',
      );
    });
  });

  describe('camp enrolment', () => {
    it('reserves each week’s places at once and says so in the history; a day is booked once', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children.find((child) => child.firstName === 'Léa')!;
      const [third, fourth] = [summer!.weeks[2]!, summer!.weeks[3]!];
      const days = [...openDays(third), ...openDays(fourth).slice(0, 2)];
      const before = await adapter.getCampAvailability(summer!.id, lea.id);
      const enrolment = await adapter.enrolInCamp(
        { campId: summer!.id, childId: lea.id, days: days.map((date) => ({ date })) },
        key(),
      );
      assert.deepEqual(
        enrolment.weeks.map((week) => [week.weekId, week.status, week.days.length]),
        [
          [third.id, 'accepted', openDays(third).length],
          [fourth.id, 'accepted', 2],
        ],
      );
      assert.equal(enrolment.receipt.kind, 'camp-enrolment');
      assert.equal(enrolment.receipt.status, 'pending');
      assert.equal(enrolment.receipt.childId, lea.id);
      assert.deepEqual(
        enrolment.receipt.history.map((entry) => entry.status),
        ['camp-enrolment-received', 'camp-week-accepted', 'camp-week-accepted', 'camp-enrolment-open'],
      );
      assert.equal(enrolment.receipt.history[1]?.params?.child, 'Léa', 'the service’s words, as a code');
      const after = await adapter.getCampAvailability(summer!.id, lea.id);
      const left = (availability: typeof after, date: string) =>
        availability.days.find((day) => day.date === date)!.left;
      for (const date of days) assert.equal(left(after, date), left(before, date) - 1, date);

      const again = await failure(
        adapter.enrolInCamp({ campId: summer!.id, childId: lea.id, days: [{ date: days[0]! }] }, key()),
      );
      assert.equal(again.type, 'validation');
      assert.deepEqual(again.fieldIssues, [{ field: 'days.0', code: 'camp.day-booked' }]);
    });

    it('reserves none of a week with a full day, and names the camp and the week', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const busy = summer!.weeks[1]!;
      const childId = await ines(adapter, openDays(summer!.weeks[0]!)[0]!);
      const [wednesday, thursday] = [busy.days[2]!.date, busy.days[3]!.date];
      const enrolment = await adapter.enrolInCamp(
        { campId: summer!.id, childId, days: [{ date: wednesday }, { date: thursday }] },
        key(),
      );
      assert.deepEqual(enrolment.weeks, [
        {
          weekId: busy.id,
          label: `S${busy.isoWeek}`,
          status: 'full',
          days: [wednesday, thursday],
          fullDays: [thursday],
        },
      ]);
      assert.equal(enrolment.receipt.status, 'refused');
      const full = enrolment.receipt.history.find((entry) => entry.status === 'camp-week-full');
      assert.deepEqual(full?.params, { camp: summer!.name, week: `S${busy.isoWeek}`, days: [thursday] });
      const availability = await adapter.getCampAvailability(summer!.id, childId);
      assert.equal(
        availability.days.find((day) => day.date === wednesday)?.left,
        2,
        'Wednesday’s places given back',
      );
    });

    it('puts a full week on its waiting list in one click, in the order requests join it', async () => {
      // Two children of one family: the memory adapter keeps each family apart, a server shares the list.
      const known = await backend.adapter('known');
      const other = await backend.adapter('separated');
      const [summer] = (await known.getCamps()).filter((camp) => camp.kind === 'plaine');
      const busy = summer!.weeks[1]!;
      const first = openDays(summer!.weeks[0]!)[0]!;
      const thursday = [{ date: busy.days[3]!.date }];
      const mine = await known.enrolInCamp(
        { campId: summer!.id, childId: await ines(known, first), days: thursday },
        key(),
      );
      const theirs = await known.enrolInCamp(
        { campId: summer!.id, childId: await ines(known, first, 'Nora'), days: thursday },
        key(),
      );

      const joined = await known.joinWaitingList(mine.receipt.id, busy.id, key());
      assert.deepEqual(joined, {
        requestId: mine.receipt.id,
        weekId: busy.id,
        label: `S${busy.isoWeek}`,
        position: 1,
        days: [busy.days[3]!.date],
      });
      assert.equal((await known.joinWaitingList(theirs.receipt.id, busy.id, key())).position, 2);
      assert.equal(
        (await known.joinWaitingList(mine.receipt.id, busy.id, key())).position,
        1,
        'joining again',
      );
      const history = (await known.getRequest(mine.receipt.id)).history;
      assert.equal(history.at(-1)?.status, 'camp-waiting-list');
      assert.deepEqual(history.at(-1)?.params, { week: `S${busy.isoWeek}`, position: 1 });
      const availability = await known.getCampAvailability(summer!.id, mine.childId);
      assert.equal(availability.days.find((day) => day.date === busy.days[3]!.date)?.waiting, 2);

      assert.equal((await failure(other.joinWaitingList(mine.receipt.id, busy.id, key()))).type, 'not-found');
      const lea = (await known.getFamily()).children[0]!;
      const accepted = await known.enrolInCamp(
        { campId: summer!.id, childId: lea.id, days: [{ date: openDays(summer!.weeks[5]!)[0]! }] },
        key(),
      );
      const notFull = await failure(known.joinWaitingList(accepted.receipt.id, summer!.weeks[5]!.id, key()));
      assert.deepEqual([notFull.type, notFull.code], ['conflict', 'camp.week-not-full']);
    });

    it('keeps an enrolment in progress under its tracking code, which the request then keeps', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children.find((child) => child.firstName === 'Léa')!;
      const started = await adapter.saveEnrolmentDraft({ step: 'child', days: [] }, key());
      assert.match(started.trackingCode, /^[A-Z]{8}$/);
      const day = { date: openDays(summer!.weeks[2]!)[0]! };
      const saved = await adapter.saveEnrolmentDraft(
        {
          trackingCode: started.trackingCode,
          step: 'weeks',
          childId: lea.id,
          campId: summer!.id,
          days: [day],
        },
        key(),
      );
      assert.equal(saved.trackingCode, started.trackingCode);
      const other = await adapter.saveEnrolmentDraft({ step: 'parent', days: [] }, key());
      assert.notEqual(other.trackingCode, started.trackingCode);
      const drafts = await adapter.getEnrolmentDrafts();
      assert.deepEqual(
        drafts.map((draft) => draft.trackingCode).sort(),
        [started.trackingCode, other.trackingCode].sort(),
      );
      assert.deepEqual(
        drafts.find((draft) => draft.trackingCode === started.trackingCode),
        saved,
        'resumable as it was saved',
      );
      const stranger = await backend.adapter('separated');
      assert.equal(
        (await failure(stranger.saveEnrolmentDraft({ ...saved, step: 'recap' }, key()))).type,
        'not-found',
      );

      const enrolment = await adapter.enrolInCamp(
        { trackingCode: saved.trackingCode, campId: summer!.id, childId: lea.id, days: [day] },
        key(),
      );
      assert.equal(enrolment.receipt.trackingCode, saved.trackingCode);
      assert.deepEqual(
        (await adapter.getEnrolmentDrafts()).map((draft) => draft.trackingCode),
        [other.trackingCode],
      );
      await adapter.deleteEnrolmentDraft(other.trackingCode, key());
      assert.deepEqual(await adapter.getEnrolmentDrafts(), []);
      assert.equal(
        (await failure(adapter.deleteEnrolmentDraft(other.trackingCode, key()))).type,
        'not-found',
      );
    });

    it('leaves a camp enrolment to its payment: the back office neither accepts nor refuses it', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children.find((child) => child.firstName === 'Léa')!;
      const enrolment = await adapter.enrolInCamp(
        { campId: summer!.id, childId: lea.id, days: [{ date: openDays(summer!.weeks[2]!)[0]! }] },
        key(),
      );
      const parentBefore = (await adapter.getFamily()).parent;
      await assert.rejects(backend.decide('known', adapter, enrolment.receipt.id, 'accepted'));
      assert.equal((await adapter.getRequest(enrolment.receipt.id)).status, 'pending');
      assert.deepEqual((await adapter.getFamily()).parent, parentBefore, 'the parent’s details untouched');
    });

    it('takes a complete child only, while registration is open, and the family’s own', async () => {
      const adapter = await backend.adapter('known');
      const camps = await adapter.getCamps();
      const summer = camps.find((camp) => camp.kind === 'plaine')!;
      const carnival = camps.find((camp) => camp.kind === 'stage')!;
      const { children } = await adapter.getFamily();
      const [lea, tom] = [children[0]!, children[1]!];
      const day = openDays(summer.weeks[2]!)[0]!;
      const tomEnrols = await failure(
        adapter.enrolInCamp({ campId: summer.id, childId: tom.id, days: [{ date: day }] }, key()),
      );
      assert.deepEqual(
        [tomEnrols.type, tomEnrols.code],
        ['conflict', 'child.incomplete'],
        'Tom’s health form is out of date',
      );
      const early = await failure(
        adapter.enrolInCamp(
          {
            campId: carnival.id,
            childId: lea.id,
            days: openDays(carnival.weeks[0]!).map((date) => ({ date })),
          },
          key(),
        ),
      );
      assert.deepEqual([early.type, early.code], ['conflict', 'camp.registration-not-yet-open']);
      const stranger = await backend.adapter('separated');
      const theirs = await failure(
        stranger.enrolInCamp({ campId: summer.id, childId: lea.id, days: [{ date: day }] }, key()),
      );
      assert.equal(theirs.type, 'not-found');
    });

    it('answers a repeated request with the first answer, the places taken once', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children[0]!;
      const date = openDays(summer!.weeks[4]!)[0]!;
      const before = (await adapter.getCampAvailability(summer!.id, lea.id)).days.find(
        (day) => day.date === date,
      )!.left;
      const once = key();
      const input = { campId: summer!.id, childId: lea.id, days: [{ date }] };
      const first = await adapter.enrolInCamp(input, once);
      const replay = await adapter.enrolInCamp(input, once);
      assert.deepEqual(replay, first);
      const after = (await adapter.getCampAvailability(summer!.id, lea.id)).days.find(
        (day) => day.date === date,
      )!.left;
      assert.equal(after, before - 1);
    });

    it('lists the family’s enrolments, the newest first, with where each and each of its weeks stand', async () => {
      const adapter = await backend.adapter('known');
      assert.deepEqual(await adapter.getCampEnrolments(), []);
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children.find((child) => child.firstName === 'Léa')!;
      const [busy, third, fourth] = [summer!.weeks[1]!, summer!.weeks[2]!, summer!.weeks[3]!];
      const first = await adapter.enrolInCamp(
        { campId: summer!.id, childId: lea.id, days: openDays(third).map((date) => ({ date })) },
        key(),
      );
      const younger = await ines(adapter, openDays(summer!.weeks[0]!)[0]!);
      const thursday = busy.days[3]!.date;
      const full = await adapter.enrolInCamp(
        { campId: summer!.id, childId: younger, days: [{ date: thursday }] },
        key(),
      );

      const [newest, oldest] = await adapter.getCampEnrolments();
      assert.deepEqual(oldest, {
        receipt: await adapter.getRequest(first.receipt.id),
        campId: summer!.id,
        campName: summer!.name,
        childId: lea.id,
        firstName: 'Léa',
        state: 'open',
        weeks: [{ weekId: third.id, label: `S${third.isoWeek}`, days: openDays(third), status: 'booked' }],
      });
      assert.equal(newest?.receipt.id, full.receipt.id);
      assert.equal(newest?.state, 'cancelled', 'nothing booked');
      assert.deepEqual(
        newest?.weeks.map((week) => [week.weekId, week.status, week.days]),
        [[busy.id, 'full', [thursday]]],
      );
      await adapter.joinWaitingList(full.receipt.id, busy.id, key());
      assert.deepEqual((await enrolmentOf(adapter, full.receipt.id)).weeks[0], {
        weekId: busy.id,
        label: `S${busy.isoWeek}`,
        days: [thursday],
        status: 'waiting',
        position: 1,
      });

      const [article] = (await adapter.closeRequests(key())).articles;
      const closed = await enrolmentOf(adapter, first.receipt.id);
      assert.deepEqual([closed.state, closed.articleId], ['closed', article!.id]);
      const payment = await adapter.startPayment(article!.id, '/portail/panier', key());
      await adapter.completePayment(await backend.pay(payment, 'paid'), key());
      const paid = await enrolmentOf(adapter, first.receipt.id);
      assert.deepEqual([paid.state, paid.articleId, paid.weeks[0]?.status], ['paid', article!.id, 'booked']);

      const second = await adapter.enrolInCamp(
        { campId: summer!.id, childId: lea.id, days: [{ date: openDays(fourth)[0]! }] },
        key(),
      );
      const [removable] = (await adapter.closeRequests(key())).articles;
      await adapter.removeCartArticle(removable!.id, key());
      const removed = await enrolmentOf(adapter, second.receipt.id);
      assert.equal(removed.state, 'cancelled');
      assert.equal(removed.articleId, undefined);
      assert.deepEqual(
        removed.weeks.map((week) => week.status),
        ['released'],
      );
      assert.deepEqual(
        (await adapter.getCampEnrolments()).map((enrolment) => enrolment.receipt.id),
        [second.receipt.id, full.receipt.id, first.receipt.id],
      );
      assert.deepEqual(
        await (await backend.adapter('separated')).getCampEnrolments(),
        [],
        'the family’s own',
      );
    });

    it('unsubscribes from a paid week through the service: refused, the week stays; accepted, its place goes to the child waiting', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const busy = summer!.weeks[1]!;
      const wednesday = busy.days[2]!.date;
      const enrol = (name: string) => enrolNew(adapter, summer!, name, [wednesday]);
      // The busy week's last two places on its Wednesday, then a third child waiting for one.
      const mine = await enrol('Inès');
      const unsubscribe = (reason = 'Elle part chez ses grands-parents.') => ({
        requestId: mine.receipt.id,
        weekId: busy.id,
        reason,
      });
      const unpaid = await failure(adapter.requestCampUnsubscribe(unsubscribe(), key()));
      assert.deepEqual([unpaid.type, unpaid.code], ['conflict', 'camp.unsubscribe-not-paid']);
      await enrol('Nora');
      const waiting = await enrol('Zoé');
      assert.equal(waiting.weeks[0]?.status, 'full');
      await adapter.joinWaitingList(waiting.receipt.id, busy.id, key());
      const [article] = (await adapter.closeRequests(key())).articles;
      const payment = await adapter.startPayment(article!.id, '/portail/panier', key());
      await adapter.completePayment(await backend.pay(payment, 'paid'), key());
      const left = async () =>
        (await adapter.getCampAvailability(summer!.id, mine.childId)).days.find(
          (day) => day.date === wednesday,
        )!.left;
      assert.equal(await left(), 0);

      const blank = await failure(adapter.requestCampUnsubscribe(unsubscribe('   '), key()));
      assert.equal(blank.type, 'validation');
      assert.deepEqual(blank.fieldIssues, [{ field: 'reason', code: 'required' }]);
      const long = await failure(adapter.requestCampUnsubscribe(unsubscribe('x'.repeat(1001)), key()));
      assert.deepEqual(long.fieldIssues, [{ field: 'reason', code: 'too-long' }]);
      const stranger = await backend.adapter('separated');
      assert.equal((await failure(stranger.requestCampUnsubscribe(unsubscribe(), key()))).type, 'not-found');

      const asked = await adapter.requestCampUnsubscribe(unsubscribe('  Malade.  '), key());
      assert.deepEqual(
        [asked.kind, asked.status, asked.childId],
        ['camp-unsubscribe', 'pending', mine.childId],
      );
      assert.deepEqual(
        asked.history.map((entry) => entry.status),
        ['camp-unsubscribe-received'],
      );
      assert.deepEqual(
        [asked.history[0]?.params, asked.history[0]?.message],
        [{ camp: summer!.name, week: `S${busy.isoWeek}`, child: 'Inès' }, 'Malade.'],
      );
      const weekOf = async (requestId: string) => (await enrolmentOf(adapter, requestId)).weeks[0];
      assert.equal((await weekOf(mine.receipt.id))?.status, 'unsubscribe-requested');
      assert.equal(
        (await adapter.getRequest(mine.receipt.id)).history.at(-1)?.status,
        'camp-unsubscribe-received',
      );
      const twice = await failure(adapter.requestCampUnsubscribe(unsubscribe(), key()));
      assert.deepEqual([twice.type, twice.code], ['conflict', 'camp.unsubscribe-pending']);

      await backend.decide('known', adapter, asked.id, 'refused', 'La semaine est déjà facturée.');
      const refused = await adapter.getRequest(asked.id);
      assert.equal(refused.status, 'refused');
      assert.equal(refused.history.at(-1)?.status, 'camp-unsubscribe-refused');
      assert.equal(refused.history.at(-1)?.message, 'La semaine est déjà facturée.');
      assert.equal((await weekOf(mine.receipt.id))?.status, 'booked', 'booked again');
      assert.equal(await left(), 0, 'the place is still taken');

      const again = await adapter.requestCampUnsubscribe(unsubscribe(), key());
      await backend.decide('known', adapter, again.id, 'accepted');
      const accepted = await adapter.getRequest(again.id);
      assert.equal(accepted.status, 'accepted');
      assert.equal(accepted.history.at(-1)?.status, 'camp-unsubscribe-accepted');
      assert.deepEqual(accepted.history.at(-1)?.params, { child: 'Inès', week: `S${busy.isoWeek}` });
      assert.equal((await weekOf(mine.receipt.id))?.status, 'unsubscribed');
      assert.equal(
        (await adapter.getRequest(mine.receipt.id)).history.at(-1)?.status,
        'camp-unsubscribe-accepted',
      );
      assert.equal(await left(), 1, 'the place is given back');
      assert.equal((await weekOf(waiting.receipt.id))?.status, 'offered', 'the child waiting is offered it');
      const offered = (await adapter.getRequest(waiting.receipt.id)).history.at(-1);
      assert.equal(offered?.status, 'camp-place-offered');
      assert.deepEqual(offered?.params, { week: `S${busy.isoWeek}` });
      const gone = await failure(adapter.requestCampUnsubscribe(unsubscribe(), key()));
      assert.deepEqual([gone.type, gone.code], ['conflict', 'camp.week-not-booked']);

      const mails = await backend.outbox?.();
      if (mails) {
        const decisions = mails.filter((mail) => mail.subject.includes('demande de désinscription'));
        assert.deepEqual(
          decisions.map((mail) => [mail.to, /refusée$/.test(mail.subject), /acceptée$/.test(mail.subject)]),
          [
            ['marc.dubois@example.be', true, false],
            ['marc.dubois@example.be', false, true],
          ],
        );
        assert.match(decisions[1]?.body ?? '', /Inès est désinscrit\(e\)/);
        assert.ok(mails.some((mail) => /une place s’est libérée/.test(mail.subject)));
      }
    });

    it('forgets the waiting-list places of a cancelled request: the others move up, and it cannot join again', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const busy = summer!.weeks[1]!;
      const thursday = busy.days[3]!.date;
      const first = openDays(summer!.weeks[0]!)[0]!;
      const enrol = (name: string, dates = [thursday]) => enrolNew(adapter, summer!, name, dates);
      // A week reserved, the full one waiting: the request goes into the cart, and is removed with it.
      const cancelled = await enrol('Lina', [first, thursday]);
      assert.equal((await adapter.joinWaitingList(cancelled.receipt.id, busy.id, key())).position, 1);
      const waiting = await enrol('Zoé');
      assert.equal((await adapter.joinWaitingList(waiting.receipt.id, busy.id, key())).position, 2);
      const [article] = (await adapter.closeRequests(key())).articles;
      assert.deepEqual(article?.requestIds, [cancelled.receipt.id]);
      await adapter.removeCartArticle(article!.id, key());

      assert.deepEqual((await enrolmentOf(adapter, waiting.receipt.id)).weeks[0], {
        weekId: busy.id,
        label: `S${busy.isoWeek}`,
        days: [thursday],
        status: 'waiting',
        position: 1,
      });
      assert.deepEqual(
        (await enrolmentOf(adapter, cancelled.receipt.id)).weeks.map((week) => [week.weekId, week.status]),
        [
          [summer!.weeks[0]!.id, 'released'],
          [busy.id, 'full'],
        ],
        'no longer waiting',
      );
      const next = await enrol('Nora');
      assert.equal((await adapter.joinWaitingList(next.receipt.id, busy.id, key())).position, 2);
      const again = await failure(adapter.joinWaitingList(cancelled.receipt.id, busy.id, key()));
      assert.deepEqual([again.type, again.code], ['conflict', 'request.cancelled']);
      const availability = await adapter.getCampAvailability(summer!.id, waiting.childId);
      assert.equal(
        availability.days.find((day) => day.date === thursday)?.waiting,
        2,
        'Zoé and Nora wait for the Thursday',
      );
    });

    it('refuses a day begun or past, in the commune’s time, when a camp’s registration stays open while it runs', async () => {
      // 23:30 UTC: already the next day in Brussels.
      const utc = new Date().toISOString().slice(0, 10);
      const at = new Date(`${utc}T23:30:00Z`);
      const today = communeDay(at);
      assert.notEqual(today, utc);
      backend.setClock(at);
      const camp = runningCamp(utc, 3);
      await backend.addCamp(camp);
      const adapter = await backend.adapter('known');
      assert.ok((await adapter.getCamps()).some((candidate) => candidate.id === camp.id));
      const [yesterday, inBrussels, tomorrow] = [utc, today, shift(today, 1)];
      const past = await failure(
        adapter.enrolInCamp(
          {
            campId: camp.id,
            childId: 'chi-1',
            days: [{ date: tomorrow }, { date: inBrussels }, { date: yesterday }],
          },
          key(),
        ),
      );
      assert.equal(past.type, 'validation');
      assert.deepEqual(past.fieldIssues, [
        { field: 'days.1', code: 'camp.day-past' },
        { field: 'days.2', code: 'camp.day-past' },
      ]);
      const enrolment = await adapter.enrolInCamp(
        { campId: camp.id, childId: 'chi-1', days: [{ date: tomorrow }] },
        key(),
      );
      assert.deepEqual(
        enrolment.weeks.map((week) => [week.status, week.days]),
        [['accepted', [tomorrow]]],
      );
    });

    it('takes the week as begun from midnight in the commune, not in UTC, for unsubscribing', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const lea = (await adapter.getFamily()).children.find((child) => child.firstName === 'Léa')!;
      const week = summer!.weeks[3]!;
      const days = openDays(week);
      const enrolment = await adapter.enrolInCamp(
        { campId: summer!.id, childId: lea.id, days: days.map((date) => ({ date })) },
        key(),
      );
      const [article] = (await adapter.closeRequests(key())).articles;
      const payment = await adapter.startPayment(article!.id, '/portail/panier', key());
      await adapter.completePayment(await backend.pay(payment, 'paid'), key());
      // 23:30 UTC the day before the week: 01:30 on its first day in Brussels.
      backend.setClock(new Date(`${shift(days[0]!, -1)}T23:30:00Z`));
      const started = await failure(
        adapter.requestCampUnsubscribe(
          { requestId: enrolment.receipt.id, weekId: week.id, reason: 'Malade.' },
          key(),
        ),
      );
      assert.deepEqual([started.type, started.code], ['conflict', 'camp.unsubscribe-started']);
      backend.setClock(new Date(`${shift(days[0]!, -1)}T21:30:00Z`));
      const asked = await adapter.requestCampUnsubscribe(
        { requestId: enrolment.receipt.id, weekId: week.id, reason: 'Malade.' },
        key(),
      );
      assert.equal(asked.status, 'pending', 'until midnight in Brussels');
    });

    it('offers each freed place to the next child waiting, never twice to the same', async () => {
      const adapter = await backend.adapter('known');
      const [summer] = (await adapter.getCamps()).filter((camp) => camp.kind === 'plaine');
      const busy = summer!.weeks[1]!;
      const wednesday = busy.days[2]!.date;
      const enrol = (name: string) => enrolNew(adapter, summer!, name, [wednesday]);
      const booked = [await enrol('Inès'), await enrol('Nora')];
      const waiting = [await enrol('Zoé'), await enrol('Lina')];
      for (const enrolment of waiting) await adapter.joinWaitingList(enrolment.receipt.id, busy.id, key());
      const [article] = (await adapter.closeRequests(key())).articles;
      const payment = await adapter.startPayment(article!.id, '/portail/panier', key());
      await adapter.completePayment(await backend.pay(payment, 'paid'), key());
      const offers = async () =>
        Promise.all(
          waiting.map(
            async ({ receipt }) =>
              (await adapter.getRequest(receipt.id)).history.filter(
                (entry) => entry.status === 'camp-place-offered',
              ).length,
          ),
        );
      for (const [index, { receipt }] of booked.entries()) {
        const unsubscribe = await adapter.requestCampUnsubscribe(
          { requestId: receipt.id, weekId: busy.id, reason: 'Déménagement.' },
          key(),
        );
        await backend.decide('known', adapter, unsubscribe.id, 'accepted');
        assert.deepEqual(await offers(), index === 0 ? [1, 0] : [1, 1]);
        if (index === 0)
          assert.deepEqual(
            (await enrolmentOf(adapter, waiting[1]!.receipt.id)).weeks[0]?.position,
            1,
            'the next child waiting is first once the place is offered to the one before',
          );
      }
    });
  });
}

import { expect } from '@open-wc/testing';
import {
  acceptPaymentReturn,
  checkPayable,
  paymentToResume,
  closeRequests,
  decideEnrolment,
  expireArticle,
  joinWaitingList,
  offerFreedPlaces,
  Refusal,
  removeCartArticle,
  waitingPosition,
  type Camp,
  type CampWeek,
  type ChildRecord,
  type ClosingPreview,
  type DayPlaces,
  type OfferCandidate,
  type PaymentReturnState,
  type WaitingRow,
} from '../../src/domain/index.js';

// A two-week summer camp: S28 open Monday to Wednesday, S29 Monday and Tuesday; one group, 6–8 years.
function week(id: string, isoWeek: number, dates: string[]): CampWeek {
  return {
    id,
    isoYear: 2027,
    isoWeek,
    theme: id,
    days: dates.map((date) => ({ date, open: true, activities: [{ id: 'gym', name: 'Gym' }] })),
  };
}
const S28 = ['2027-07-12', '2027-07-13', '2027-07-14'];
const S29 = ['2027-07-19', '2027-07-20'];
const camp: Camp = {
  id: 'summer',
  name: 'Plaine d’été',
  kind: 'plaine',
  location: 'École',
  registration: { opensAt: '2027-03-01T08:00:00+01:00', closesAt: '2027-06-15T23:59:00+02:00' },
  wholeWeeksOnly: false,
  paymentDelayDays: 3,
  currency: 'EUR',
  tariffs: {
    resident: { dayCents: 1500, weekCents: 6500 },
    nonResident: { dayCents: 2000, weekCents: 9000 },
  },
  groups: [{ id: '6-8', label: '6–8 ans', minAge: 6, maxAge: 8 }],
  weeks: [week('s28', 28, S28), week('s29', 29, S29)],
};
const lea: ChildRecord = {
  id: 'chi-1',
  identity: {
    lastName: 'Lambert',
    firstName: 'Léa',
    birthDate: '2020-02-02',
    sex: 'female',
    schoolSiteId: 'school',
    schoolGradeId: 'p1',
    invoicesTo: 'me',
  },
  health: null,
  healthForm: 'complete',
};
const april = new Date('2027-04-01T10:00:00Z');
const open = (taken: number, capacity = 10): DayPlaces => ({ capacity, taken });
const allPlaces = (taken = 0) => Object.fromEntries([...S28, ...S29].map((date) => [date, open(taken)]));

function refusal(act: () => unknown): { type: string; code: string; fields?: string[] } | undefined {
  try {
    act();
    return undefined;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return {
      type: error.type,
      code: error.code,
      ...(error.fieldIssues ? { fields: error.fieldIssues.map((issue) => issue.field) } : {}),
    };
  }
}

describe('decision: enrol a child in camp weeks', () => {
  const refusals: [string, Partial<Parameters<typeof decideEnrolment>[0]>, ReturnType<typeof refusal>][] = [
    [
      'before registration opens',
      { now: new Date('2027-02-01T10:00:00Z') },
      { type: 'conflict', code: 'camp.registration-not-yet-open' },
    ],
    [
      'after it closes',
      { now: new Date('2027-07-01T10:00:00Z') },
      { type: 'conflict', code: 'camp.registration-closed' },
    ],
    [
      'a child without a health form',
      { child: { ...lea, healthForm: 'missing' } },
      { type: 'conflict', code: 'child.incomplete' },
    ],
    [
      'a child in no group',
      { child: { ...lea, identity: { ...lea.identity, birthDate: '2024-01-01' } } },
      { type: 'conflict', code: 'camp.no-group' },
    ],
    [
      'a day already booked',
      { bookedDates: [S28[0]!] },
      { type: 'validation', code: 'validation.failed', fields: ['days.0'] },
    ],
    [
      'an unknown day',
      { days: [{ date: '2027-08-01' }] },
      { type: 'validation', code: 'validation.failed', fields: ['days.0'] },
    ],
  ];
  for (const [name, given, expected] of refusals) {
    it(`refuses ${name}`, () => {
      const state = {
        camp,
        child: lea,
        days: [{ date: S28[0]! }],
        bookedDates: [],
        places: allPlaces(),
        now: april,
      };
      expect(refusal(() => decideEnrolment({ ...state, ...given }))).to.deep.equal(expected);
    });
  }

  const outcomes: [string, Record<string, DayPlaces>, string[], ('accepted' | 'full')[], string, number][] = [
    ['accepts every week with places', allPlaces(), [...S28, ...S29], ['accepted', 'accepted'], 'pending', 5],
    [
      'reserves nothing of a week with one full day',
      { ...allPlaces(), [S28[1]!]: open(10) },
      [...S28, ...S29],
      ['full', 'accepted'],
      'pending',
      2,
    ],
    ['counts a day without places as full', { [S29[0]!]: open(0) }, S29, ['full'], 'refused', 0],
    ['refuses the request when every week is full', allPlaces(10), S28, ['full'], 'refused', 0],
  ];
  for (const [name, places, dates, weeks, status, booked] of outcomes) {
    it(name, () => {
      const outcome = decideEnrolment({
        camp,
        child: lea,
        days: dates.map((date) => ({ date })),
        bookedDates: [],
        places,
        now: april,
      });
      expect(outcome.weeks.map((w) => w.status)).to.deep.equal(weeks);
      expect(outcome.status).to.equal(status);
      expect(outcome.bookings).to.have.length(booked);
      expect(outcome.groupId).to.equal('6-8');
      const statuses = outcome.history.map((entry) => entry.status);
      expect(statuses[0]).to.equal('camp-enrolment-received');
      expect(statuses.includes('camp-enrolment-open')).to.equal(status === 'pending');
    });
  }

  it('says which days were full, in the service’s words', () => {
    const outcome = decideEnrolment({
      camp,
      child: lea,
      days: S28.map((date) => ({ date })),
      bookedDates: [],
      places: { ...allPlaces(), [S28[2]!]: open(10) },
      now: april,
    });
    expect(outcome.weeks[0]?.fullDays).to.deep.equal([S28[2]]);
    expect(outcome.history[1]).to.deep.include({
      status: 'camp-week-full',
      label: 'Semaine complète',
      at: april.toISOString(),
      params: { camp: 'Plaine d’été', week: 'S28', days: [S28[2]] },
    });
    expect(outcome.history[1]).to.not.have.property('message');
  });
});

const row = (requestId: string, extra: Partial<WaitingRow> = {}): WaitingRow => ({
  requestId,
  campId: 'summer',
  groupId: '6-8',
  weekId: 's28',
  days: S28,
  offered: false,
  cancelled: false,
  ...extra,
});

describe('decision: waiting list and its position', () => {
  const positions: [string, WaitingRow[], number][] = [
    ['first on an empty list', [row('me')], 1],
    ['behind two families', [row('a'), row('b'), row('me')], 3],
    ['ahead of a family offered a place already', [row('a', { offered: true }), row('me')], 1],
    ['not behind a cancelled request', [row('a', { cancelled: true }), row('me')], 1],
    [
      'not behind another group or week',
      [row('a', { groupId: '9-12' }), row('b', { weekId: 's29' }), row('me')],
      1,
    ],
    ['nowhere when not on the list', [row('a')], 0],
  ];
  for (const [name, rows, expected] of positions)
    it(`is ${name}`, () => expect(waitingPosition(rows, 'me', 's28')).to.equal(expected));

  const request = {
    id: 'me',
    status: 'pending' as const,
    weeks: [{ weekId: 's28', label: 'S28', status: 'full' as const, days: S28, fullDays: [S28[0]!] }],
  };
  const state = { request, weekId: 's28', campId: 'summer', groupId: '6-8', rows: [row('a')], now: april };
  const refusals: [string, Partial<typeof state>, string][] = [
    ['a cancelled request', { request: { ...request, status: 'cancelled' as never } }, 'request.cancelled'],
    ['a week that was not full', { weekId: 's29' }, 'camp.week-not-full'],
    ['a child in no group', { groupId: undefined as never }, 'camp.no-group'],
  ];
  for (const [name, given, code] of refusals)
    it(`refuses ${name}`, () =>
      expect(refusal(() => joinWaitingList({ ...state, ...given }))).to.deep.equal({
        type: 'conflict',
        code,
      }));

  it('joins behind the families waiting, and says so in the history', () => {
    const outcome = joinWaitingList(state);
    expect(outcome.waiting).to.deep.equal({
      requestId: 'me',
      weekId: 's28',
      label: 'S28',
      position: 2,
      days: S28,
    });
    expect(outcome.join?.row).to.deep.include({ requestId: 'me', groupId: '6-8', days: S28 });
    expect(outcome.join?.history).to.deep.include({
      status: 'camp-waiting-list',
      params: { week: 'S28', position: 2 },
    });
  });

  it('answers the same position when joined already, without joining twice', () => {
    const outcome = joinWaitingList({ ...state, rows: [row('a'), row('me')] });
    expect(outcome.join).to.equal(undefined);
    expect(outcome.waiting.position).to.equal(2);
  });
});

describe('decision: offer a freed place to the next family waiting', () => {
  const candidate = (requestId: string, extra: Partial<OfferCandidate> = {}): OfferCandidate => ({
    ...row(requestId),
    label: 'S28',
    email: `${requestId}@example.be`,
    ...extra,
  });
  const freedS28 = [{ campId: 'summer', groupId: '6-8', date: S28[0]! }];
  const cases: [string, OfferCandidate[], string[]][] = [
    ['the first family waiting', [candidate('a'), candidate('b')], ['a']],
    [
      'skipping families offered already or cancelled',
      [candidate('a', { offered: true }), candidate('b', { cancelled: true }), candidate('c')],
      ['c'],
    ],
    ['nobody waiting for other days', [candidate('a', { weekId: 's29', days: S29 })], []],
    ['nobody of another group', [candidate('a', { groupId: '9-12' })], []],
    ['one family per week', [candidate('a'), candidate('b', { weekId: 's28b' })], ['a', 'b']],
  ];
  for (const [name, rows, offered] of cases) {
    it(`offers ${name}`, () => {
      const offers = offerFreedPlaces(freedS28, rows, april);
      expect(offers.map((offer) => offer.requestId)).to.deep.equal(offered);
    });
  }

  it('tells the family in its history and by e-mail', () => {
    const [offer] = offerFreedPlaces(freedS28, [candidate('a')], april);
    expect(offer?.history).to.deep.include({
      status: 'camp-place-offered',
      label: 'Une place s’est libérée',
      params: { week: 'S28' },
    });
    expect(offer?.mail).to.deep.equal({
      to: 'a@example.be',
      requestId: 'a',
      code: 'place-offered',
      params: { week: 'S28' },
    });
  });
});

const preview: ClosingPreview = {
  requestIds: ['req-1', 'req-2'],
  camps: [
    {
      campId: 'summer',
      campName: 'Plaine d’été',
      price: { currency: 'EUR', children: [], totalCents: 9000 },
    },
  ],
  resident: true,
  currency: 'EUR',
  totalCents: 9000,
};
const article = {
  status: 'unpaid' as const,
  dueAt: '2027-04-04T10:00:00.000Z',
  requestIds: ['req-1', 'req-2'],
  label: 'Réservation de plaine(s) pour la demande n° 27-1, 27-2',
  amountCents: 9000,
};

describe('decision: close the requests into the cart', () => {
  it('refuses when nothing is open', () =>
    expect(
      refusal(() =>
        closeRequests({ preview: { ...preview, requestIds: [] }, camps: [camp], requests: [], now: april }),
      ),
    ).to.deep.equal({ type: 'conflict', code: 'camp.nothing-to-close' }));

  it('makes one unpaid article due after the camp’s delay, and says so in each request', () => {
    const requests = [
      { id: 'req-1', number: '27-1' },
      { id: 'req-2', number: '27-2' },
    ];
    const { article: made, history } = closeRequests({ preview, camps: [camp], requests, now: april });
    expect(made).to.deep.include({
      label: article.label,
      requestNumbers: ['27-1', '27-2'],
      amountCents: 9000,
      status: 'unpaid',
      dueAt: '2027-04-04T10:00:00.000Z',
    });
    expect(history.map((h) => [h.requestId, h.entries.map((e) => e.status)])).to.deep.equal([
      ['req-1', ['camp-closed', 'camp-in-cart']],
      ['req-2', ['camp-closed', 'camp-in-cart']],
    ]);
  });
});

describe('decision: the cart article’s removal, deadline and payment', () => {
  const later = new Date('2027-04-05T10:00:00Z');
  const removals: [string, typeof article | undefined, string | undefined][] = [
    ['an unpaid article', article, undefined],
    ['a paid one', { ...article, status: 'paid' as never }, 'article.not-found'],
    ['an unknown one', undefined, 'article.not-found'],
  ];
  for (const [name, given, code] of removals)
    it(`removes ${name}${code ? ': no' : ''}`, () => {
      const answer = refusal(() => removeCartArticle(given, april));
      expect(answer?.code).to.equal(code);
    });

  const expiries: [string, typeof article, Date, boolean][] = [
    ['an unpaid article past its deadline', article, later, true],
    ['not one within its deadline', article, april, false],
    ['not one paid (safe to run twice)', { ...article, status: 'paid' as never }, later, false],
    ['not one expired already', { ...article, status: 'expired' as never }, later, false],
  ];
  for (const [name, given, now, expires] of expiries)
    it(`expires ${name}`, () => {
      const expired = expireArticle(given, 'sophie@example.be', now);
      expect(Boolean(expired)).to.equal(expires);
      if (expired) {
        expect(expired.release.history.flatMap((h) => h.entries.map((e) => e.status))).to.deep.equal([
          'camp-expired',
          'camp-expired',
        ]);
        expect(expired.mail).to.deep.equal({
          to: 'sophie@example.be',
          code: 'expired',
          params: { label: article.label },
          requestId: 'req-1',
        });
      }
    });

  const payable: [string, typeof article | undefined, Date, string | undefined][] = [
    ['within its deadline', article, april, undefined],
    ['past its deadline', article, later, 'article.expired'],
    ['once paid', { ...article, status: 'paid' as never }, april, 'article.not-found'],
  ];
  for (const [name, given, now, code] of payable)
    it(`lets the parent pay ${name}${code ? ': no' : ''}`, () =>
      expect(refusal(() => checkPayable(given, now))?.code).to.equal(code));

  it('resumes the payment still with the provider instead of starting a second one', () => {
    const payments = [
      { id: 'pay-1', status: 'refused' as const },
      { id: 'pay-2', status: 'started' as const },
    ];
    expect(paymentToResume(article, payments, april)).to.equal('pay-2');
    expect(paymentToResume(article, payments.slice(0, 1), april)).to.equal(undefined);
    expect(refusal(() => paymentToResume(article, payments, later))?.code).to.equal('article.expired');
  });

  const returns: [
    string,
    Partial<PaymentReturnState>,
    { status: string; refundDue?: boolean; paid: boolean; refused?: string; mail?: string },
  ][] = [
    ['paid', {}, { status: 'paid', refundDue: false, paid: true, mail: 'paid' }],
    [
      'refused: the article stays in the cart',
      { answer: 'refused' },
      { status: 'refused', refundDue: false, paid: false },
    ],
    ['cancelled', { answer: 'cancelled' }, { status: 'cancelled', refundDue: false, paid: false }],
    [
      'paid after the article was released: kept for refund',
      { article: { ...article, status: 'expired' } },
      {
        status: 'paid',
        refundDue: true,
        paid: false,
        refused: 'article.not-payable',
        mail: 'refund-due',
      },
    ],
    [
      'replayed: what the payment became',
      { payment: { status: 'refused', refundDue: false } },
      { status: 'refused', paid: false },
    ],
  ];
  for (const [name, given, expected] of returns)
    it(`accepts a payment return ${name}`, () => {
      const outcome = acceptPaymentReturn({
        payment: { status: 'started', refundDue: false },
        answer: 'paid',
        article,
        to: 'sophie@example.be',
        firstName: 'Sophie',
        now: april,
        ...given,
      });
      expect(outcome.status).to.equal(expected.status);
      expect(outcome.payment?.refundDue).to.equal(expected.refundDue);
      expect(outcome.articleStatus === 'paid').to.equal(expected.paid);
      expect(outcome.accepted).to.deep.equal(expected.paid ? article.requestIds : []);
      expect(outcome.refusal?.code).to.equal(expected.refused);
      expect(outcome.mails[0]?.code).to.equal(expected.mail);
      if (expected.mail)
        expect(outcome.mails[0]?.params).to.deep.equal({
          firstName: 'Sophie',
          label: article.label,
          amountCents: 9000,
        });
    });

  it('refuses a return replayed after a refund was due', () =>
    expect(
      refusal(() =>
        acceptPaymentReturn({
          payment: { status: 'paid', refundDue: true },
          answer: 'paid',
          article,
          to: undefined,
          firstName: '',
          now: april,
        }),
      ),
    ).to.deep.equal({ type: 'conflict', code: 'article.not-payable' }));
});

import { expect } from '@open-wc/testing';
import {
  CampGroupSchema,
  CampSchema,
  CampWeekSchema,
  checkCampBooking,
  communeDay,
  firstCampDay,
  groupFor,
  priceCamp,
  registrationState,
  weekLabel,
  type Camp,
  type CampActivity,
  type CampBooking,
  type CampDay,
  type CampPrice,
  type CampWeek,
  type FieldIssue,
} from '../../src/domain/index.js';

// ---------------------------------------------------------------------------
// The fixture: a summer "plaine" of three weeks in July 2027.
//   S27 (5–11 July): open Wednesday to Friday only, as in seed 000.
//   S28 (12–18 July): open Monday to Friday.
//   S29 (19–25 July): Wednesday 21 July closed, "Fête nationale".
// Weekends are closed. Residents pay 15 € a day or 65 € a week, others 20 € or
// 90 €; a week price is for five days and is prorated to the open days of a
// short week (S27: 65 × 3/5 = 39 €, S29: 65 × 4/5 = 52 €). By age, the eldest
// child pays full price, the 2nd gets −10 %, the 3rd and more −20 %.
// Born: Lucas 2017, Emma 2019, the twins Noah and Zoé 2020, Jules 2022, Léa 2023.
// ---------------------------------------------------------------------------

const poney: CampActivity = { id: 'poney', name: 'Poney', supplementCents: 500 };
const gym: CampActivity = { id: 'gym', name: 'Gym' };
const walibi: CampActivity = { id: 'walibi', name: 'Walibi', supplementCents: 1500 };

/** A weekday's plan: open with its activities, or closed (with a reason or none). */
type Plan = CampActivity[] | { closedReason?: string };
const closed = (closedReason?: string): Plan => (closedReason ? { closedReason } : {});

function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** Seven days from `monday`; Saturday and Sunday closed unless planned. */
function campWeek(id: string, isoWeek: number, theme: string, monday: string, plans: Plan[]): CampWeek {
  const days = Array.from({ length: 7 }, (_, index): CampDay => {
    const date = addDays(monday, index);
    const plan = plans[index] ?? closed();
    if (Array.isArray(plan)) return { date, open: true, activities: plan };
    return plan.closedReason
      ? { date, open: false, closedReason: plan.closedReason, activities: [] }
      : { date, open: false, activities: [] };
  });
  return { id, isoYear: 2027, isoWeek, theme, days };
}

const camp: Camp = {
  id: 'plaine-ete-2027',
  name: 'Plaine d’été 2027',
  kind: 'plaine',
  location: 'École communale de Wavre',
  registration: { opensAt: '2027-03-01T08:00:00+01:00', closesAt: '2027-06-15T23:59:00+02:00' },
  wholeWeeksOnly: false,
  paymentDelayDays: 3,
  currency: 'EUR',
  tariffs: {
    resident: { dayCents: 1500, weekCents: 6500 },
    nonResident: { dayCents: 2000, weekCents: 9000 },
  },
  degressive: { secondChildPercent: 10, thirdChildPercent: 20 },
  groups: [
    { id: '3-5', label: '3–5 ans', minAge: 3, maxAge: 5 },
    { id: '6-8', label: '6–8 ans', minAge: 6, maxAge: 8 },
    { id: '9-12', label: '9–12 ans', minAge: 9, maxAge: 12 },
  ],
  weeks: [
    campWeek('s27', 27, 'Tous en forme !', '2027-07-05', [closed(), closed(), [poney], [gym], [walibi]]),
    campWeek('s28', 28, 'Les pirates', '2027-07-12', [[gym], [poney], [gym], [walibi], [gym, poney]]),
    campWeek('s29', 29, 'Au fil de l’eau', '2027-07-19', [
      [poney],
      [gym],
      closed('Fête nationale'),
      [walibi],
      [gym, poney],
    ]),
  ],
};

/** The open days of each week. */
const S27 = ['2027-07-07', '2027-07-08', '2027-07-09'];
const S28 = ['2027-07-12', '2027-07-13', '2027-07-14', '2027-07-15', '2027-07-16'];
const S29 = ['2027-07-19', '2027-07-20', '2027-07-22', '2027-07-23'];

/** A booked day, with the activities chosen on it. */
const on = (date: string, ...activityIds: string[]): CampBooking['days'][number] =>
  activityIds.length > 0 ? { date, activityIds } : { date };

const children = {
  lucas: { childId: 'c-lucas', firstName: 'Lucas', birthDate: '2017-03-14' },
  emma: { childId: 'c-emma', firstName: 'Emma', birthDate: '2019-09-02' },
  jules: { childId: 'c-jules', firstName: 'Jules', birthDate: '2022-01-20' },
  lea: { childId: 'c-lea', firstName: 'Léa', birthDate: '2023-05-05' },
  // Twins: same birth date, told apart by their id.
  zoe: { childId: 'c-zoe', firstName: 'Zoé', birthDate: '2020-06-10' },
  noah: { childId: 'c-noah', firstName: 'Noah', birthDate: '2020-06-10' },
};
type Name = keyof typeof children;

/** A child's booking: plain dates, or days built with `on`. */
function book(name: Name, days: readonly (string | CampBooking['days'][number])[]): CampBooking {
  return { ...children[name], days: days.map((day) => (typeof day === 'string' ? { date: day } : day)) };
}

/** [childId, rank, baseCents, supplementsCents, reductionPercent, reductionCents, totalCents] */
type Row = [string, number, number, number, number, number, number];

function rows(price: CampPrice): Row[] {
  return price.children.map((child) => [
    child.childId,
    child.rank,
    child.baseCents,
    child.supplementsCents,
    child.reductionPercent,
    child.reductionCents,
    child.totalCents,
  ]);
}

/** What holds of every bill: each child's total, and the family's total as their sum. */
function expectConsistent(price: CampPrice): void {
  expect(price.currency).to.equal('EUR');
  for (const child of price.children) {
    expect(child.totalCents, child.childId).to.equal(
      child.baseCents - child.reductionCents + child.supplementsCents,
    );
    expect(child.baseCents, child.childId).to.equal(
      child.weeks.reduce((sum, week) => sum + week.baseCents, 0),
    );
    expect(Number.isInteger(child.reductionCents), child.childId).to.equal(true);
  }
  expect(price.totalCents).to.equal(price.children.reduce((sum, child) => sum + child.totalCents, 0));
}

/** The ISO 8601 week of a date: the week of its Thursday. */
function isoWeekOf(date: string): { isoYear: number; isoWeek: number } {
  const thursday = new Date(`${date}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const isoYear = thursday.getUTCFullYear();
  const dayOfYear = (thursday.getTime() - Date.UTC(isoYear, 0, 1)) / 86_400_000;
  return { isoYear, isoWeek: Math.floor(dayOfYear / 7) + 1 };
}

describe('camp fixture', () => {
  it('has weeks of seven days, Monday first, matching their ISO week', () => {
    for (const week of camp.weeks) {
      const monday = week.days[0]?.date ?? '';
      expect(new Date(`${monday}T00:00:00Z`).getUTCDay(), week.id).to.equal(1);
      expect(isoWeekOf(monday), week.id).to.deep.equal({ isoYear: week.isoYear, isoWeek: week.isoWeek });
      expect(
        week.days.map((day) => day.date),
        week.id,
      ).to.deep.equal(Array.from({ length: 7 }, (_, index) => addDays(monday, index)));
    }
    expect(
      camp.weeks.map((week) => week.days.filter((day) => day.open).map((day) => day.date)),
    ).to.deep.equal([S27, S28, S29]);
  });
});

describe('CampSchema', () => {
  it('accepts the fixture', () => {
    const result = CampSchema.safeParse(camp);
    expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
  });

  const withWeek = (change: (week: CampWeek) => CampWeek): Camp => ({
    ...camp,
    weeks: [change(camp.weeks[0]!), ...camp.weeks.slice(1)],
  });

  const rejected: [string, unknown][] = [
    ['a week of six days', withWeek((week) => ({ ...week, days: week.days.slice(0, 6) }))],
    ['a week of eight days', withWeek((week) => ({ ...week, days: [...week.days, week.days[6]!] }))],
    [
      'a negative day price',
      { ...camp, tariffs: { ...camp.tariffs, resident: { dayCents: -1500, weekCents: 6500 } } },
    ],
    [
      'a negative week price',
      { ...camp, tariffs: { ...camp.tariffs, nonResident: { dayCents: 2000, weekCents: -9000 } } },
    ],
    [
      'a price in fractions of a cent',
      { ...camp, tariffs: { ...camp.tariffs, resident: { dayCents: 1500.5 } } },
    ],
    [
      'a negative supplement',
      withWeek((week) => ({
        ...week,
        days: week.days.map((day) => ({
          ...day,
          activities: day.activities.map((activity) => ({ ...activity, supplementCents: -500 })),
        })),
      })),
    ],
    ['a reduction over 100 %', { ...camp, degressive: { secondChildPercent: 10, thirdChildPercent: 120 } }],
    ['a negative reduction', { ...camp, degressive: { secondChildPercent: -10, thirdChildPercent: 20 } }],
    ['ISO week 54', withWeek((week) => ({ ...week, isoWeek: 54 }))],
    ['no group', { ...camp, groups: [] }],
    ['no week', { ...camp, weeks: [] }],
    ['a payment delay of 0 days', { ...camp, paymentDelayDays: 0 }],
    ['another currency', { ...camp, currency: 'USD' }],
    ['an unknown kind of camp', { ...camp, kind: 'colonie' }],
    [
      'a registration date without offset',
      { ...camp, registration: { ...camp.registration, opensAt: '2027-03-01' } },
    ],
    [
      'a group whose minimum age is above its maximum',
      { ...camp, groups: [{ id: 'x', label: '6–5 ans', minAge: 6, maxAge: 5 }] },
    ],
    [
      'a group from 2,5 years up to its 2nd birthday',
      { ...camp, groups: [{ id: 'x', label: '2,5–2 ans', minAge: 2.5, maxAge: 2 }] },
    ],
    ['a half-year maximum age', { ...camp, groups: [{ id: 'x', label: '3–5,5 ans', maxAge: 5.5 }] }],
    [
      'a week starting on a Tuesday',
      withWeek(() => campWeek('s27', 27, 'Tous en forme !', '2027-07-06', [closed(), [poney], [gym]])),
    ],
    [
      'a week starting on the Sunday before',
      withWeek(() => campWeek('s27', 27, 'Tous en forme !', '2027-07-04', [closed(), closed(), closed()])),
    ],
    [
      'a week with a gap (Sunday a week later)',
      withWeek((week) => ({
        ...week,
        days: week.days.map((day, index) => (index === 6 ? { ...day, date: '2027-07-18' } : day)),
      })),
    ],
    [
      'a week with two days swapped',
      withWeek((week) => ({ ...week, days: [week.days[1]!, week.days[0]!, ...week.days.slice(2)] })),
    ],
    [
      'registration closing when it opens',
      { ...camp, registration: { ...camp.registration, closesAt: '2027-03-01T07:00:00Z' } },
    ],
    [
      'registration closing before it opens',
      {
        ...camp,
        registration: { opensAt: '2027-06-15T23:59:00+02:00', closesAt: '2027-03-01T08:00:00+01:00' },
      },
    ],
    ['weeks out of date order', { ...camp, weeks: [camp.weeks[0]!, camp.weeks[2]!, camp.weeks[1]!] }],
    ['the same week twice', { ...camp, weeks: [camp.weeks[0]!, camp.weeks[0]!, ...camp.weeks.slice(1)] }],
  ];
  for (const [name, value] of rejected) {
    it(`rejects ${name}`, () => {
      expect(CampSchema.safeParse(value).success).to.equal(false);
    });
  }

  const accepted: [string, Camp][] = [
    [
      'a group from 2,5 years, and one of a single age',
      {
        ...camp,
        groups: [
          { id: 'petits', label: '2,5–5 ans', minAge: 2.5, maxAge: 5 },
          { id: 'six', label: '6 ans', minAge: 6, maxAge: 6 },
        ],
      },
    ],
    ['a single week', { ...camp, weeks: [camp.weeks[1]!] }],
  ];
  for (const [name, value] of accepted) {
    it(`accepts ${name}`, () => {
      const result = CampSchema.safeParse(value);
      expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
    });
  }

  it('accepts a week of seven consecutive days from Monday, and only that', () => {
    expect(CampWeekSchema.safeParse(camp.weeks[2]).success).to.equal(true);
    expect(CampWeekSchema.safeParse(campWeek('w', 1, '', '2027-01-04', [])).success).to.equal(true);
    expect(CampWeekSchema.safeParse(campWeek('w', 1, '', '2027-01-05', [])).success).to.equal(false);
  });

  it('takes a group’s minimum age up to its maximum age, half years included', () => {
    const group = (minAge: number, maxAge: number) =>
      CampGroupSchema.safeParse({ id: 'g', label: 'G', minAge, maxAge }).success;
    expect([group(2.5, 3), group(3, 3), group(3.5, 3), group(4, 3)]).to.deep.equal([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('registrationState', () => {
  const table: [string, string, ReturnType<typeof registrationState>][] = [
    ['long before it opens', '2027-01-10T12:00:00Z', 'not-yet-open'],
    ['a millisecond before it opens', '2027-03-01T06:59:59.999Z', 'not-yet-open'],
    ['the moment it opens (08:00 Brussels is 07:00 UTC)', '2027-03-01T07:00:00Z', 'open'],
    ['while open', '2027-04-20T15:30:00+02:00', 'open'],
    ['a millisecond before it closes', '2027-06-15T21:58:59.999Z', 'open'],
    ['the moment it closes', '2027-06-15T23:59:00+02:00', 'closed'],
    ['after it closed', '2027-07-01T09:00:00+02:00', 'closed'],
  ];
  for (const [name, now, expected] of table) {
    it(`is ${expected} ${name}`, () => {
      expect(registrationState(camp, new Date(now))).to.equal(expected);
    });
  }
});

describe('weekLabel', () => {
  it('names a week by its ISO number', () => {
    expect(camp.weeks.map(weekLabel)).to.deep.equal(['S27', 'S28', 'S29']);
    expect(weekLabel({ isoWeek: 1 })).to.equal('S1');
    expect(weekLabel({ isoWeek: 53 })).to.equal('S53');
  });
});

describe('firstCampDay and groupFor', () => {
  it('counts ages on the first open day, not the first day of the first week', () => {
    expect(firstCampDay(camp)).to.equal('2027-07-07');
  });

  it('has no first day, and no group, when every day is closed', () => {
    const shut: Camp = {
      ...camp,
      weeks: camp.weeks.map((week) => ({
        ...week,
        days: week.days.map((day) => ({ ...day, open: false })),
      })),
    };
    expect(firstCampDay(shut)).to.equal(undefined);
    expect(groupFor(shut, { birthDate: '2020-01-01' })).to.equal(undefined);
  });

  // The first open day is Wednesday 7 July 2027.
  const byAge: [string, string, string | undefined][] = [
    ['a toddler of 2', '2025-01-15', undefined],
    ['3 on the first camp day', '2024-07-07', '3-5'],
    ['3 the day after the first camp day', '2024-07-08', undefined],
    ['3 during the camp (ages do not change during the camp)', '2024-07-20', undefined],
    ['6 the day after the first camp day', '2021-07-08', '3-5'],
    ['6 on the first camp day', '2021-07-07', '6-8'],
    ['9 the day after the first camp day', '2018-07-08', '6-8'],
    ['9 on the first camp day', '2018-07-07', '9-12'],
    ['13 the day after the first camp day', '2014-07-08', '9-12'],
    ['13 on the first camp day', '2014-07-07', undefined],
    ['a teenager of 15', '2012-02-01', undefined],
  ];
  for (const [name, birthDate, expected] of byAge) {
    it(`puts a child ${name} (born ${birthDate}) in ${expected ?? 'no group'}`, () => {
      expect(groupFor(camp, { birthDate })?.id).to.equal(expected);
    });
  }

  // "Dès 2,5 ans": 30 whole months on Wednesday 7 July 2027.
  const fromTwoAndAHalf: Camp = {
    ...camp,
    groups: [
      { id: 'petits', label: '2,5–5 ans', minAge: 2.5, maxAge: 5 },
      { id: '6-12', label: '6–12 ans', minAge: 6, maxAge: 12 },
    ],
  };
  const halfYear: [string, string, string | undefined][] = [
    ['of 30 months on the first camp day', '2025-01-07', 'petits'],
    ['of 30 months and a half', '2024-12-22', 'petits'],
    ['of 29 months and 30 days (30 months the day after)', '2025-01-08', undefined],
    ['of 29 months', '2025-02-07', undefined],
    ['of 2 years', '2025-07-07', undefined],
    ['of 5 years and 11 months (last birthday taken: 5)', '2021-08-07', 'petits'],
  ];
  for (const [name, birthDate, expected] of halfYear) {
    it(`from 2,5 years, puts a child ${name} (born ${birthDate}) in ${expected ?? 'no group'}`, () => {
      expect(groupFor(fromTwoAndAHalf, { birthDate })?.id).to.equal(expected);
    });
  }

  const byGrade: Camp = {
    ...camp,
    groups: [
      { id: 'maternelles', label: 'Maternelles', gradeIds: ['M1', 'M2', 'M3'] },
      { id: 'p1-p3', label: 'P1–P3', minAge: 6, gradeIds: ['P1', 'P2', 'P3'] },
      { id: 'p4-p6', label: 'P4–P6', gradeIds: ['P4', 'P5', 'P6'] },
    ],
  };
  const gradeTable: [string, { birthDate: string; schoolGradeId?: string }, string | undefined][] = [
    ['in M2', { birthDate: '2023-05-05', schoolGradeId: 'M2' }, 'maternelles'],
    ['in P1, aged 6', { birthDate: '2021-01-10', schoolGradeId: 'P1' }, 'p1-p3'],
    [
      'in P1 but 5 on the first day (the group also wants 6)',
      { birthDate: '2021-07-08', schoolGradeId: 'P1' },
      undefined,
    ],
    ['in P5', { birthDate: '2016-11-30', schoolGradeId: 'P5' }, 'p4-p6'],
    ['without a school grade', { birthDate: '2016-11-30' }, undefined],
    ['in a grade no group takes', { birthDate: '2014-01-01', schoolGradeId: 'S1' }, undefined],
  ];
  for (const [name, child, expected] of gradeTable) {
    it(`by grade, puts a child ${name} in ${expected ?? 'no group'}`, () => {
      expect(groupFor(byGrade, child)?.id).to.equal(expected);
    });
  }

  it('takes the first group that fits', () => {
    const overlapping: Camp = {
      ...camp,
      groups: [
        { id: 'petits', label: 'Petits', minAge: 3, maxAge: 5 },
        { id: 'tous', label: 'Tous' },
      ],
    };
    expect(groupFor(overlapping, { birthDate: '2023-05-05' })?.id).to.equal('petits');
    expect(groupFor(overlapping, { birthDate: '2017-03-14' })?.id).to.equal('tous');
    expect(groupFor(overlapping, { birthDate: '2025-05-05' })?.id).to.equal('tous');
  });
});

describe('priceCamp: one child, week by week', () => {
  /** [label, days, wholeWeek, baseCents] */
  type WeekRow = [string, number, boolean, number];
  const table: { name: string; days: string[]; resident: boolean; weeks: WeekRow[]; camp?: Camp }[] = [
    { name: 'a single day', days: [S27[0]!], resident: true, weeks: [['S27', 1, false, 1500]] },
    {
      name: 'single days in two weeks',
      days: [S27[2]!, S29[0]!],
      resident: true,
      weeks: [
        ['S27', 1, false, 1500],
        ['S29', 1, false, 1500],
      ],
    },
    {
      name: 'four days of a five-day week: not whole, by the day',
      days: S28.slice(0, 4),
      resident: true,
      weeks: [['S28', 4, false, 6000]],
    },
    {
      name: 'a whole five-day week, cheaper than its days (75 €)',
      days: S28,
      resident: true,
      weeks: [['S28', 5, true, 6500]],
    },
    {
      name: 'a whole three-day week (Wednesday to Friday): 65 € × 3/5 = 39 €, cheaper than its days (45 €)',
      days: S27,
      resident: true,
      weeks: [['S27', 3, true, 3900]],
    },
    {
      name: 'a whole week with 21 July closed: 65 € × 4/5 = 52 €, cheaper than its four days (60 €)',
      days: S29,
      resident: true,
      weeks: [['S29', 4, true, 5200]],
    },
    {
      name: 'three whole weeks, booked in any order',
      days: [...S29, ...S27, ...S28].reverse(),
      resident: true,
      weeks: [
        ['S27', 3, true, 3900],
        ['S28', 5, true, 6500],
        ['S29', 4, true, 5200],
      ],
    },
    {
      name: 'a single day, not resident',
      days: [S28[1]!],
      resident: false,
      weeks: [['S28', 1, false, 2000]],
    },
    {
      name: 'four days of a five-day week, not resident',
      days: S28.slice(1),
      resident: false,
      weeks: [['S28', 4, false, 8000]],
    },
    {
      name: 'a whole five-day week, not resident (100 € by the day)',
      days: S28,
      resident: false,
      weeks: [['S28', 5, true, 9000]],
    },
    {
      name: 'a whole three-day week, not resident: 90 € × 3/5 = 54 € (60 € by the day)',
      days: S27,
      resident: false,
      weeks: [['S27', 3, true, 5400]],
    },
    {
      name: 'a whole week with a holiday, not resident: 90 € × 4/5 = 72 € (80 € by the day)',
      days: S29,
      resident: false,
      weeks: [['S29', 4, true, 7200]],
    },
    {
      name: 'a whole week with a holiday, at a week price of 55 €: 55 € × 4/5 = 44 €',
      days: S29,
      resident: true,
      camp: { ...camp, tariffs: { ...camp.tariffs, resident: { dayCents: 1500, weekCents: 5500 } } },
      weeks: [['S29', 4, true, 4400]],
    },
    {
      name: 'short whole weeks at a week price of 80 €: their days win (45 € < 48 €, 60 € < 64 €)',
      days: [...S27, ...S29],
      resident: true,
      camp: { ...camp, tariffs: { ...camp.tariffs, resident: { dayCents: 1500, weekCents: 8000 } } },
      weeks: [
        ['S27', 3, true, 4500],
        ['S29', 4, true, 6000],
      ],
    },
    {
      name: 'a whole five-day week at a week price of 80 €: the full week price (75 € by the day wins)',
      days: S28,
      resident: true,
      camp: { ...camp, tariffs: { ...camp.tariffs, resident: { dayCents: 1500, weekCents: 8000 } } },
      weeks: [['S28', 5, true, 7500]],
    },
    {
      name: 'a prorated week price rounded to the cent (65,02 € × 3/5 = 39,012 €; × 4/5 = 52,016 €)',
      days: [...S27, ...S29],
      resident: true,
      camp: { ...camp, tariffs: { ...camp.tariffs, resident: { dayCents: 1500, weekCents: 6502 } } },
      weeks: [
        ['S27', 3, true, 3901],
        ['S29', 4, true, 5202],
      ],
    },
    {
      name: 'a day booked twice: counted once, the week still whole',
      days: [...S27, S27[1]!],
      resident: true,
      weeks: [['S27', 3, true, 3900]],
    },
    {
      name: 'closed and unknown days among open ones: not counted',
      days: [S29[0]!, '2027-07-21', '2027-07-24', '2027-08-02'],
      resident: true,
      weeks: [['S29', 1, false, 1500]],
    },
    {
      name: 'a week with 21 July booked too: its open days, whole',
      days: [...S29, '2027-07-21'],
      resident: true,
      weeks: [['S29', 4, true, 5200]],
    },
    {
      name: 'three days of a week with a holiday, at that week price: by the day',
      days: S29.slice(0, 3),
      resident: true,
      camp: { ...camp, tariffs: { ...camp.tariffs, resident: { dayCents: 1500, weekCents: 5500 } } },
      weeks: [['S29', 3, false, 4500]],
    },
    {
      name: 'a whole week without a week price',
      days: S28,
      resident: true,
      camp: { ...camp, tariffs: { ...camp.tariffs, resident: { dayCents: 1500 } } },
      weeks: [['S28', 5, true, 7500]],
    },
  ];

  for (const row of table) {
    it(`prices ${row.name}`, () => {
      const price = priceCamp(row.camp ?? camp, [book('emma', row.days)], { resident: row.resident });
      expectConsistent(price);
      expect(price.children).to.have.length(1);
      const [child] = price.children;
      expect(child?.firstName).to.equal('Emma');
      expect(
        child?.weeks.map((week): WeekRow => [week.label, week.days, week.wholeWeek, week.baseCents]),
      ).to.deep.equal(row.weeks);
      expect(child?.weeks.map((week) => week.weekId)).to.deep.equal(
        row.weeks.map(([label]) => label.toLowerCase()),
      );
      const base = row.weeks.reduce((sum, [, , , cents]) => sum + cents, 0);
      expect([child?.rank, child?.baseCents, child?.reductionCents, child?.totalCents]).to.deep.equal([
        1,
        base,
        0,
        base,
      ]);
      expect(price.totalCents).to.equal(base);
    });
  }
});

describe('priceCamp: supplements, ranks and the degressive reduction', () => {
  const noDegressive: Camp = { ...camp, degressive: undefined };
  // Odd amounts: 15,55 € a day, no week price, −10 % and −12,5 %.
  const odd: Camp = {
    ...camp,
    tariffs: { resident: { dayCents: 1555 }, nonResident: { dayCents: 2055 } },
    degressive: { secondChildPercent: 10, thirdChildPercent: 12.5 },
  };

  const table: {
    name: string;
    camp?: Camp;
    resident?: boolean;
    bookings: CampBooking[];
    rows: Row[];
    totalCents: number;
  }[] = [
    {
      name: 'one child: supplements added to a whole short week (39 € + 5 € + 15 €)',
      bookings: [book('emma', [on(S27[0]!, 'poney'), on(S27[1]!, 'gym'), on(S27[2]!, 'walibi')])],
      rows: [['c-emma', 1, 3900, 2000, 0, 0, 5900]],
      totalCents: 5900,
    },
    {
      name: 'one child: a whole week with its activities, two on Friday',
      bookings: [
        book('lucas', [
          on(S28[0]!, 'gym'),
          on(S28[1]!, 'poney'),
          S28[2]!,
          on(S28[3]!, 'walibi'),
          on(S28[4]!, 'gym', 'poney'),
        ]),
      ],
      rows: [['c-lucas', 1, 6500, 2500, 0, 0, 9000]],
      totalCents: 9000,
    },
    {
      name: 'one child, not resident: supplements are the same for everyone',
      resident: false,
      bookings: [book('emma', [on(S27[0]!, 'poney'), on(S27[1]!, 'gym'), on(S27[2]!, 'walibi')])],
      rows: [['c-emma', 1, 5400, 2000, 0, 0, 7400]],
      totalCents: 7400,
    },
    {
      name: 'two children: the elder pays full price, whatever the order given',
      bookings: [book('jules', S27.slice(0, 2)), book('emma', S28)],
      rows: [
        ['c-emma', 1, 6500, 0, 0, 0, 6500],
        ['c-jules', 2, 3000, 0, 10, 300, 2700],
      ],
      totalCents: 9200,
    },
    {
      name: 'three children, eldest first',
      bookings: [book('jules', [S29[0]!]), book('lucas', S28), book('emma', S27)],
      rows: [
        ['c-lucas', 1, 6500, 0, 0, 0, 6500],
        ['c-emma', 2, 3900, 0, 10, 390, 3510],
        ['c-jules', 3, 1500, 0, 20, 300, 1200],
      ],
      totalCents: 11210,
    },
    {
      name: 'four children: the 3rd and the 4th both get the 3rd child’s reduction',
      bookings: [book('lea', [S28[2]!]), book('jules', S27), book('emma', S29), book('lucas', S28)],
      rows: [
        ['c-lucas', 1, 6500, 0, 0, 0, 6500],
        ['c-emma', 2, 5200, 0, 10, 520, 4680],
        ['c-jules', 3, 3900, 0, 20, 780, 3120],
        ['c-lea', 4, 1500, 0, 20, 300, 1200],
      ],
      totalCents: 15500,
    },
    {
      name: 'two children, not resident',
      resident: false,
      bookings: [book('jules', S29), book('emma', S28)],
      rows: [
        ['c-emma', 1, 9000, 0, 0, 0, 9000],
        ['c-jules', 2, 7200, 0, 10, 720, 6480],
      ],
      totalCents: 15480,
    },
    {
      name: 'the same week for two: the eldest pays full price',
      bookings: [book('lea', S28), book('lucas', S28)],
      rows: [
        ['c-lucas', 1, 6500, 0, 0, 0, 6500],
        ['c-lea', 2, 6500, 0, 10, 650, 5850],
      ],
      totalCents: 12350,
    },
    {
      name: 'the same short week for three: by age',
      bookings: [book('jules', S27), book('emma', S27), book('lucas', S27)],
      rows: [
        ['c-lucas', 1, 3900, 0, 0, 0, 3900],
        ['c-emma', 2, 3900, 0, 10, 390, 3510],
        ['c-jules', 3, 3900, 0, 20, 780, 3120],
      ],
      totalCents: 10530,
    },
    {
      name: 'twins: by child id',
      bookings: [book('zoe', [S28[0]!]), book('noah', [S28[0]!])],
      rows: [
        ['c-noah', 1, 1500, 0, 0, 0, 1500],
        ['c-zoe', 2, 1500, 0, 10, 150, 1350],
      ],
      totalCents: 2850,
    },
    {
      name: 'twins and an elder sister: the sister, then the twins by child id',
      bookings: [book('zoe', S29), book('noah', S29), book('emma', S29)],
      rows: [
        ['c-emma', 1, 5200, 0, 0, 0, 5200],
        ['c-noah', 2, 5200, 0, 10, 520, 4680],
        ['c-zoe', 3, 5200, 0, 20, 1040, 4160],
      ],
      totalCents: 14040,
    },
    {
      name: 'ranks by age, not by cost: the younger Jules, dearer, still gets the 2nd child’s reduction',
      bookings: [book('emma', [on(S27[2]!, 'walibi')]), book('jules', S28.slice(0, 2))],
      rows: [
        ['c-emma', 1, 1500, 1500, 0, 0, 3000],
        ['c-jules', 2, 3000, 0, 10, 300, 2700],
      ],
      totalCents: 5700,
    },
    {
      name: 'ranks by age: the youngest’s whole week is reduced, the eldest’s single day is not',
      bookings: [book('lea', S28), book('lucas', [S27[0]!])],
      rows: [
        ['c-lucas', 1, 1500, 0, 0, 0, 1500],
        ['c-lea', 2, 6500, 0, 10, 650, 5850],
      ],
      totalCents: 7350,
    },
    {
      name: 'a 2nd child’s supplement is not reduced',
      bookings: [book('emma', [on(S27[2]!, 'walibi')]), book('lucas', [S28[0]!])],
      rows: [
        ['c-lucas', 1, 1500, 0, 0, 0, 1500],
        ['c-emma', 2, 1500, 1500, 10, 150, 2850],
      ],
      totalCents: 4350,
    },
    {
      name: 'a 3rd child’s supplements are not reduced',
      bookings: [
        book('lucas', S28),
        book('emma', S29),
        book('jules', [on(S27[0]!, 'poney'), on(S27[1]!, 'gym'), on(S27[2]!, 'walibi')]),
      ],
      rows: [
        ['c-lucas', 1, 6500, 0, 0, 0, 6500],
        ['c-emma', 2, 5200, 0, 10, 520, 4680],
        ['c-jules', 3, 3900, 2000, 20, 780, 5120],
      ],
      totalCents: 16300,
    },
    {
      name: 'no degressive pricing: ranks, but no reduction',
      camp: noDegressive,
      bookings: [book('jules', [S29[0]!]), book('lucas', S28), book('emma', S27)],
      rows: [
        ['c-lucas', 1, 6500, 0, 0, 0, 6500],
        ['c-emma', 2, 3900, 0, 0, 0, 3900],
        ['c-jules', 3, 1500, 0, 0, 0, 1500],
      ],
      totalCents: 11900,
    },
    {
      name: 'children booked for nothing are left out and take no rank',
      bookings: [book('lea', []), book('emma', S28), book('lucas', []), book('jules', [S28[0]!])],
      rows: [
        ['c-emma', 1, 6500, 0, 0, 0, 6500],
        ['c-jules', 2, 1500, 0, 10, 150, 1350],
      ],
      totalCents: 7850,
    },
    {
      name: 'a child booked only for closed or unknown days is left out and takes no rank',
      bookings: [
        book('lucas', ['2027-07-10', '2027-07-21', '2027-08-02']),
        book('emma', S28),
        book('jules', [S28[0]!]),
      ],
      rows: [
        ['c-emma', 1, 6500, 0, 0, 0, 6500],
        ['c-jules', 2, 1500, 0, 10, 150, 1350],
      ],
      totalCents: 7850,
    },
    {
      name: 'a day booked twice and an activity chosen twice: charged once',
      bookings: [book('emma', [on(S28[1]!, 'poney', 'poney'), S28[0]!, on(S28[1]!, 'poney')])],
      rows: [['c-emma', 1, 3000, 500, 0, 0, 3500]],
      totalCents: 3500,
    },
    {
      name: 'a day booked twice, with and without an activity: the activity is charged, in either order',
      bookings: [
        book('emma', [on(S28[1]!, 'poney'), S28[1]!]),
        book('lucas', [S28[1]!, on(S28[1]!, 'poney')]),
      ],
      rows: [
        ['c-lucas', 1, 1500, 500, 0, 0, 2000],
        ['c-emma', 2, 1500, 500, 10, 150, 1850],
      ],
      totalCents: 3850,
    },
    {
      name: 'rounding a 33,3 % reduction without drift: 15 € × 33,3 % = 4,995 € → 5 €',
      camp: { ...camp, degressive: { secondChildPercent: 33.3, thirdChildPercent: 50 } },
      bookings: [book('emma', [S28[0]!]), book('lucas', [S28[0]!])],
      rows: [
        ['c-lucas', 1, 1500, 0, 0, 0, 1500],
        ['c-emma', 2, 1500, 0, 33.3, 500, 1000],
      ],
      totalCents: 2500,
    },
    {
      name: 'nobody booked: an empty bill',
      bookings: [book('lea', []), book('emma', [])],
      rows: [],
      totalCents: 0,
    },
    {
      name: 'rounding: half a cent up (155,5 → 156), 194,375 → 194',
      camp: odd,
      bookings: [book('lucas', S28.slice(0, 2)), book('emma', [S28[0]!]), book('jules', [S28[0]!])],
      rows: [
        ['c-lucas', 1, 3110, 0, 0, 0, 3110],
        ['c-emma', 2, 1555, 0, 10, 156, 1399],
        ['c-jules', 3, 1555, 0, 12.5, 194, 1361],
      ],
      totalCents: 5870,
    },
    {
      name: 'rounding child by child, not on the family’s total (194 + 194, not 388,75 → 389)',
      camp: odd,
      bookings: [
        book('lucas', S28.slice(0, 3)),
        book('emma', S28.slice(0, 2)),
        book('jules', [S28[0]!]),
        book('lea', [S28[0]!]),
      ],
      rows: [
        ['c-lucas', 1, 4665, 0, 0, 0, 4665],
        ['c-emma', 2, 3110, 0, 10, 311, 2799],
        ['c-jules', 3, 1555, 0, 12.5, 194, 1361],
        ['c-lea', 4, 1555, 0, 12.5, 194, 1361],
      ],
      totalCents: 10186,
    },
  ];

  for (const row of table) {
    it(`prices ${row.name}`, () => {
      const price = priceCamp(row.camp ?? camp, row.bookings, { resident: row.resident ?? true });
      expect(rows(price)).to.deep.equal(row.rows);
      expect(price.totalCents).to.equal(row.totalCents);
      expectConsistent(price);
    });
  }

  it('keeps first names on the bill', () => {
    const price = priceCamp(camp, [book('lea', S27), book('lucas', S28)], { resident: true });
    expect(price.children.map((child) => child.firstName)).to.deep.equal(['Lucas', 'Léa']);
  });
});

describe('checkCampBooking', () => {
  const wholeWeeks: Camp = { ...camp, wholeWeeksOnly: true };
  type Days = CampBooking['days'];
  const table: { name: string; camp?: Camp; days: Days; today?: string; issues: FieldIssue[] }[] = [
    { name: 'no day', days: [], issues: [{ field: 'days', code: 'camp.no-day' }] },
    {
      name: 'no day, whole weeks only',
      camp: wholeWeeks,
      days: [],
      issues: [{ field: 'days', code: 'camp.no-day' }],
    },
    {
      name: 'a day twice',
      days: [on(S27[0]!), on(S27[1]!), on(S27[0]!, 'poney')],
      issues: [{ field: 'days.2', code: 'camp.day-twice' }],
    },
    {
      name: 'a day the camp does not have (August)',
      days: [on(S28[0]!), on('2027-08-02')],
      issues: [{ field: 'days.1', code: 'camp.day-unknown' }],
    },
    {
      name: 'a Saturday',
      days: [on('2027-07-10')],
      issues: [{ field: 'days.0', code: 'camp.day-closed' }],
    },
    {
      name: 'a Monday before the camp opens (S27)',
      days: [on('2027-07-05')],
      issues: [{ field: 'days.0', code: 'camp.day-closed' }],
    },
    {
      name: 'the Fête nationale',
      days: [on(S29[1]!), on('2027-07-21')],
      issues: [{ field: 'days.1', code: 'camp.day-closed' }],
    },
    {
      name: 'an activity of another day',
      days: [on(S27[0]!, 'gym')],
      issues: [{ field: 'days.0.activityIds', code: 'camp.activity-unknown' }],
    },
    {
      name: 'an activity the camp does not have',
      days: [on(S28[4]!, 'gym', 'piscine')],
      issues: [{ field: 'days.0.activityIds', code: 'camp.activity-unknown' }],
    },
    {
      name: 'several faults, each at its place',
      days: [on(S27[0]!), on('2027-07-11'), on(S27[1]!, 'walibi'), on('2026-07-07'), on(S27[0]!)],
      issues: [
        { field: 'days.1', code: 'camp.day-closed' },
        { field: 'days.2.activityIds', code: 'camp.activity-unknown' },
        { field: 'days.3', code: 'camp.day-unknown' },
        { field: 'days.4', code: 'camp.day-twice' },
      ],
    },
    {
      name: 'part of a week, whole weeks only',
      camp: wholeWeeks,
      days: S28.slice(0, 4).map((date) => on(date)),
      issues: [{ field: 'weeks.s28', code: 'camp.whole-weeks' }],
    },
    {
      name: 'a whole week and part of another, whole weeks only',
      camp: wholeWeeks,
      days: [...S27, S29[0]!].map((date) => on(date)),
      issues: [{ field: 'weeks.s29', code: 'camp.whole-weeks' }],
    },
    {
      name: 'parts of two weeks, whole weeks only: one problem per week, in week order',
      camp: wholeWeeks,
      days: [S29[3]!, S28[0]!, S28[1]!, S29[0]!].map((date) => on(date)),
      issues: [
        { field: 'weeks.s28', code: 'camp.whole-weeks' },
        { field: 'weeks.s29', code: 'camp.whole-weeks' },
      ],
    },
    {
      name: 'parts of three weeks, whole weeks only',
      camp: wholeWeeks,
      days: [S27[0]!, S28[0]!, S29[0]!].map((date) => on(date)),
      issues: [
        { field: 'weeks.s27', code: 'camp.whole-weeks' },
        { field: 'weeks.s28', code: 'camp.whole-weeks' },
        { field: 'weeks.s29', code: 'camp.whole-weeks' },
      ],
    },
    {
      name: 'an activity chosen twice on a day',
      days: [on(S28[0]!), on(S28[4]!, 'gym', 'poney', 'gym')],
      issues: [{ field: 'days.1.activityIds', code: 'camp.activity-unknown' }],
    },
    {
      name: 'a closed day, whole weeks only: the closed day, not the week',
      camp: wholeWeeks,
      days: [on(S28[0]!), on('2027-07-17')],
      issues: [{ field: 'days.1', code: 'camp.day-closed' }],
    },
    {
      name: 'today: the day has begun',
      today: S28[1],
      days: [on(S28[1]!)],
      issues: [{ field: 'days.0', code: 'camp.day-past' }],
    },
    {
      name: 'days gone, each at its place, and not the days to come',
      today: S28[0],
      days: [on(S28[2]!), on(S27[2]!), on(S28[0]!), on(S28[1]!)],
      issues: [
        { field: 'days.1', code: 'camp.day-past' },
        { field: 'days.2', code: 'camp.day-past' },
      ],
    },
    {
      name: 'a day gone with an activity of another day: the day, not its activity',
      today: S28[2],
      days: [on(S28[0]!, 'walibi')],
      issues: [{ field: 'days.0', code: 'camp.day-past' }],
    },
    {
      name: 'a closed day gone: closed, as before the camp',
      today: S29[3],
      days: [on('2027-07-21')],
      issues: [{ field: 'days.0', code: 'camp.day-closed' }],
    },
    {
      name: 'a week begun, whole weeks only: its days gone, not the week',
      camp: wholeWeeks,
      today: S28[0],
      days: S28.map((date) => on(date)),
      issues: [{ field: 'days.0', code: 'camp.day-past' }],
    },
    {
      name: 'the camp over',
      today: '2027-08-30',
      days: [on(S29[3]!)],
      issues: [{ field: 'days.0', code: 'camp.day-past' }],
    },
  ];
  for (const row of table) {
    it(`reports ${row.name}`, () => {
      expect(checkCampBooking(row.camp ?? camp, row.days, row.today)).to.deep.equal(row.issues);
    });
  }

  const valid: { name: string; camp?: Camp; days: Days; today?: string }[] = [
    { name: 'a single day', days: [on(S27[0]!)] },
    { name: 'single days across weeks, in any order', days: [on(S29[3]!), on(S27[1]!), on(S28[2]!)] },
    {
      name: 'days with their activities, two on one day',
      days: [on(S27[0]!, 'poney'), on(S27[2]!, 'walibi'), on(S28[4]!, 'gym', 'poney')],
    },
    { name: 'a day with no activity chosen', days: [{ date: S28[3]!, activityIds: [] }] },
    { name: 'a whole five-day week, whole weeks only', camp: wholeWeeks, days: S28.map((date) => on(date)) },
    {
      name: 'a whole week of three open days, whole weeks only',
      camp: wholeWeeks,
      days: S27.map((date) => on(date)),
    },
    {
      name: 'a whole week with a holiday (every open day), whole weeks only',
      camp: wholeWeeks,
      days: S29.map((date) => on(date, ...(date === S29[2] ? ['walibi'] : []))),
    },
    {
      name: 'three whole weeks, whole weeks only',
      camp: wholeWeeks,
      days: [...S29, ...S27, ...S28].map((date) => on(date)),
    },
    { name: 'the days after today', today: S28[0], days: [on(S28[1]!), on(S29[0]!)] },
    {
      name: 'the whole camp the day before it starts',
      today: '2027-07-06',
      days: S27.map((date) => on(date)),
    },
    {
      name: 'the next whole week, whole weeks only, while one runs',
      camp: wholeWeeks,
      today: S28[4],
      days: S29.map((date) => on(date)),
    },
  ];
  for (const row of valid) {
    it(`accepts ${row.name}`, () => {
      expect(checkCampBooking(row.camp ?? camp, row.days, row.today)).to.deep.equal([]);
    });
  }
});

describe('communeDay', () => {
  const table: [instant: string, day: string, why: string][] = [
    ['2027-07-06T21:59:59Z', '2027-07-06', '23:59:59 in Brussels, summer time'],
    ['2027-07-06T22:00:00Z', '2027-07-07', 'midnight in Brussels, still the 6th in UTC'],
    ['2027-07-06T23:30:00Z', '2027-07-07', '01:30 in Brussels'],
    ['2027-01-15T22:59:00Z', '2027-01-15', '23:59 in Brussels, winter time'],
    ['2027-01-15T23:00:00Z', '2027-01-16', 'midnight in Brussels, winter time'],
    ['2027-03-28T00:30:00Z', '2027-03-28', 'the night summer time starts'],
    ['2027-10-30T22:30:00Z', '2027-10-31', 'the night summer time ends'],
    ['2027-12-31T23:30:00Z', '2028-01-01', 'New Year in Brussels first'],
    ['2028-02-29T12:00:00Z', '2028-02-29', 'a leap day at noon'],
  ];
  for (const [instant, day, why] of table) {
    it(`is ${day} at ${instant} (${why})`, () => {
      expect(communeDay(new Date(instant))).to.equal(day);
    });
  }
});

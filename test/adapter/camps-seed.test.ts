import { expect } from '@open-wc/testing';
import {
  addDays,
  differenceInCalendarDays,
  format,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  parseISO,
} from 'date-fns';
import { seedCampBusyWeek, seedCampPlaces, seedCamps } from '../../src/demo-data/camps.js';
import { schools } from '../../src/demo-data/index.js';
import {
  CampSchema,
  firstCampDay,
  groupFor,
  registrationState,
  textIn,
  type Camp,
} from '../../src/domain/index.js';

const profiles = ['be', 'fr'] as const;
/** Moments to seed at, with the summer and the carnival expected then. */
const cases = [
  { now: '2026-11-23T08:30:00.000Z', summer: 'ete-2027', carnival: 'carnaval-2027' },
  // Summer 2027's registration closed on 17 June at 18:00: next year's.
  { now: '2027-06-20T10:00:00+02:00', summer: 'ete-2028', carnival: 'carnaval-2028' },
  { now: '2027-08-15T12:00:00+02:00', summer: 'ete-2028', carnival: 'carnaval-2028' },
  // A week ago was still winter time; the carnival of 2027 would open too late.
  { now: '2027-04-03T12:00:00+02:00', summer: 'ete-2027', carnival: 'carnaval-2028' },
  // Already 1 February in Brussels.
  { now: '2027-01-31T23:30:00.000Z', summer: 'ete-2027', carnival: 'carnaval-2028' },
  { now: '2027-06-17T15:59:59.000Z', summer: 'ete-2027', carnival: 'carnaval-2028' },
  { now: '2027-06-17T16:00:00.000Z', summer: 'ete-2028', carnival: 'carnaval-2028' },
];

const holidays = {
  be: { '07-21': 'Fête nationale', '08-15': 'Assomption' },
  fr: { '07-14': 'Fête nationale', '08-15': 'Assomption' },
} as const;

function seeded(
  callback: (camps: { summer: Camp; carnival: Camp }, profile: 'be' | 'fr', now: Date) => void,
) {
  for (const { now } of cases) {
    for (const profile of profiles) {
      const camps = seedCamps(profile, new Date(now));
      const summer = camps.find((camp) => camp.kind === 'plaine');
      const carnival = camps.find((camp) => camp.kind === 'stage');
      if (!summer || !carnival) throw new Error(`no summer or carnival at ${now}`);
      callback({ summer, carnival }, profile, new Date(now));
    }
  }
}

/** An instant as Brussels reads it: "2027-06-17 18:00", through the browser's time zone data. */
function brussels(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A calendar day so many days later ("2027-06-03", -14 → "2027-05-20"). */
const shift = (date: string, days: number) => format(addDays(parseISO(date), days), 'yyyy-MM-dd');
const days = (camp: Camp) => camp.weeks.flatMap((week) => week.days);

describe('seedCamps', () => {
  it('gives valid camps, the same ones for the same moment', () => {
    for (const { now } of cases) {
      for (const profile of profiles) {
        const camps = seedCamps(profile, new Date(now));
        expect(camps.map((camp) => camp.kind).sort()).to.deep.equal(['plaine', 'stage']);
        for (const camp of camps) expect(() => CampSchema.parse(camp), `${camp.id} at ${now}`).not.to.throw();
        expect(seedCamps(profile, new Date(now))).to.deep.equal(camps);
        const weekIds = camps.flatMap((camp) => camp.weeks.map((week) => week.id));
        expect(new Set(weekIds).size).to.equal(weekIds.length);
        // The earliest first.
        expect(firstCampDay(camps[0]!)! < firstCampDay(camps[1]!)!).to.equal(true);
      }
    }
  });

  it('picks the first summer whose registration is still open, and the carnival after that', () => {
    for (const { now, summer: summerId, carnival: carnivalId } of cases) {
      for (const profile of profiles) {
        const ids = seedCamps(profile, new Date(now)).map((camp) => camp.id);
        expect(ids, now).to.include.members([summerId, carnivalId]);
      }
    }
    const [carnival, summer] = seedCamps('be', new Date('2026-11-23T08:30:00.000Z'));
    expect(summer!.name).to.deep.equal({
      fr: 'Plaines d’été 2027',
      nl: 'Zomerspeelpleinen 2027',
      de: 'Sommerferienbetreuung 2027',
      en: 'Summer holiday camp 2027',
    });
    expect(textIn(carnival!.name, 'fr')).to.equal('Stage de Carnaval 2027');
  });

  it('has seven days a week, Monday to Sunday, numbered as ISO 8601 weeks', () => {
    seeded(({ summer, carnival }) => {
      for (const camp of [summer, carnival]) {
        const all = days(camp);
        expect(all.length).to.equal(camp.weeks.length * 7);
        all.forEach((day, index) => {
          if (index > 0)
            expect(differenceInCalendarDays(parseISO(day.date), parseISO(all[index - 1]!.date))).to.equal(1);
        });
        for (const week of camp.weeks) {
          const monday = parseISO(week.days[0]!.date);
          expect(getISODay(monday), week.id).to.equal(1);
          expect(week.isoWeek, week.id).to.equal(getISOWeek(monday));
          expect(week.isoYear, week.id).to.equal(getISOWeekYear(monday));
          expect(week.id).to.equal(`${camp.id}-s${String(week.isoWeek).padStart(2, '0')}`);
          expect(week.theme).not.to.equal('');
        }
      }
    });
    // Calendar facts, whatever date-fns says.
    const [, summer2027] = seedCamps('be', new Date('2026-11-23T08:30:00.000Z'));
    expect(summer2027!.weeks.map((week) => week.id)).to.deep.equal(
      [26, 27, 28, 29, 30, 31, 32, 33, 34, 35].map((week) => `ete-2027-s${week}`),
    );
    const s27 = summer2027!.weeks.find((week) => week.isoWeek === 27)!;
    expect(s27.days[0]!.date).to.equal('2027-07-05');
    expect(s27.isoYear).to.equal(2027);
    const [carnival2028, summer2028] = seedCamps('fr', new Date('2027-08-15T12:00:00+02:00'));
    expect(summer2028!.weeks[0]!.days[0]!.date).to.equal('2028-07-03');
    expect(summer2028!.weeks.map((week) => week.isoWeek)).to.deep.equal([27, 28, 29, 30, 31, 32, 33, 34, 35]);
    // Shrove Tuesday 2028 is 29 February (Easter on 16 April).
    expect(carnival2028!.weeks[0]!.days[1]!.date).to.equal('2028-02-29');
    expect(carnival2028!.weeks[0]!.id).to.equal('carnaval-2028-s09');
  });

  it('opens the summer’s registration at the moment seeded, not yet the carnival’s', () => {
    seeded(({ summer, carnival }, _profile, now) => {
      const today = brussels(now.toISOString()).slice(0, 10);
      expect(registrationState(summer, now), summer.id).to.equal('open');
      expect(brussels(summer.registration.opensAt)).to.equal(`${shift(today, -7)} 08:00`);
      expect(brussels(summer.registration.closesAt)).to.equal(`${shift(firstCampDay(summer)!, -14)} 18:00`);
      expect(registrationState(carnival, now), carnival.id).to.equal('not-yet-open');
      expect(brussels(carnival.registration.opensAt)).to.equal(`${shift(today, 20)} 08:00`);
      expect(brussels(carnival.registration.closesAt)).to.equal(
        `${shift(firstCampDay(carnival)!, -14)} 18:00`,
      );
      const opens = new Date(carnival.registration.opensAt);
      expect(registrationState(carnival, new Date(opens.getTime() + 7 * 86_400_000))).to.equal('open');
    });
    const [carnival, summer] = seedCamps('be', new Date('2026-11-23T08:30:00.000Z'));
    expect(summer!.registration).to.deep.equal({
      opensAt: '2026-11-16T08:00:00+01:00',
      closesAt: '2027-06-17T18:00:00+02:00',
    });
    expect(carnival!.registration).to.deep.equal({
      opensAt: '2026-12-13T08:00:00+01:00',
      closesAt: '2027-01-25T18:00:00+01:00',
    });
  });

  it('runs the summer from 1 July to 31 August, closing weekends and public holidays', () => {
    seeded(({ summer }, profile) => {
      const year = Number(summer.id.slice(4));
      expect(summer.weeks.length).to.be.within(8, 10);
      expect(summer.wholeWeeksOnly).to.equal(false);
      expect(summer.paymentDelayDays).to.equal(3);
      for (const day of days(summer)) {
        const date = parseISO(day.date);
        const holiday = holidays[profile][day.date.slice(5) as keyof (typeof holidays)[typeof profile]];
        const inSummer = day.date >= `${year}-07-01` && day.date <= `${year}-08-31`;
        if (holiday) {
          expect(day.open, day.date).to.equal(false);
          expect(textIn(day.closedReason ?? '', 'fr'), day.date).to.equal(holiday);
        } else if (getISODay(date) > 5) {
          expect(day.open, day.date).to.equal(false);
          expect(day.closedReason, day.date).to.equal(undefined);
        } else {
          expect(day.open, day.date).to.equal(inSummer);
          if (!inSummer) expect(textIn(day.closedReason ?? '', 'nl'), day.date).to.match(/speelpleinwerking/);
        }
        if (!day.open) expect(day.activities).to.deep.equal([]);
      }
      // Every public holiday of the summer is in it, closed.
      for (const [monthDay, reason] of Object.entries(holidays[profile])) {
        const day = days(summer).find((candidate) => candidate.date === `${year}-${monthDay}`);
        expect(day?.open, `${year}-${monthDay}`).to.equal(false);
        expect(textIn(day?.closedReason ?? '', 'fr'), `${year}-${monthDay}`).to.equal(reason);
      }
      // The first and last weeks hold the first and last weekdays of the summer.
      const open = days(summer).filter((day) => day.open);
      expect(differenceInCalendarDays(parseISO(open[0]!.date), parseISO(`${year}-07-01`))).to.be.within(0, 2);
      expect(differenceInCalendarDays(parseISO(`${year}-08-31`), parseISO(open.at(-1)!.date))).to.be.within(
        0,
        2,
      );
      expect(summer.weeks[0]!.days.some((day) => day.open)).to.equal(true);
      expect(summer.weeks.at(-1)!.days.some((day) => day.open)).to.equal(true);
    });
  });

  it('ties activities to days, with stable ids and supplements', () => {
    const [, summer] = seedCamps('be', new Date('2026-11-23T08:30:00.000Z'));
    expect(summer!.weeks[0]!.theme).to.deep.equal({
      fr: 'Tous en forme !',
      nl: 'Fit en gezond!',
      de: 'Fit und munter!',
      en: 'Fit and well!',
    });
    const activities = days(summer!).flatMap((day) => day.activities);
    const byId = Object.fromEntries(activities.map((activity) => [activity.id, activity]));
    expect(byId['poney']).to.deep.equal({
      id: 'poney',
      name: { fr: 'Poney', nl: 'Pony', de: 'Ponyreiten', en: 'Pony riding' },
      supplementCents: 500,
    });
    expect(byId['gym']).to.deep.equal({
      id: 'gym',
      name: { fr: 'Gym', nl: 'Turnen', de: 'Turnen', en: 'Gym' },
    });
    // A proper name stays one plain string.
    expect(byId['walibi']).to.deep.equal({ id: 'walibi', name: 'Walibi', supplementCents: 1500 });
    expect(textIn(byId['piscine']!.name, 'de')).to.equal('Schwimmbad');
  });

  it('prices and groups as each commune does', () => {
    const [, be] = seedCamps('be', new Date('2026-11-23T08:30:00.000Z'));
    expect(be!.tariffs).to.deep.equal({
      resident: { dayCents: 1500, weekCents: 6500 },
      nonResident: { dayCents: 2000, weekCents: 9000 },
    });
    expect(be!.degressive).to.deep.equal({ secondChildPercent: 10, thirdChildPercent: 20 });
    const [, fr] = seedCamps('fr', new Date('2026-11-23T08:30:00.000Z'));
    expect(fr!.degressive).to.deep.equal({ secondChildPercent: 15, thirdChildPercent: 25 });
    expect(fr!.tariffs.resident.dayCents).to.be.below(fr!.tariffs.nonResident.dayCents);
    expect(be!.groups.map((group) => textIn(group.label, 'fr'))).to.deep.equal([
      'Petits (2,5–4 ans)',
      '5–6 ans',
      '7–9 ans',
      '10–12 ans',
    ]);
    // Ages on the first day, 1 July 2027.
    const group = (birthDate: string) => groupFor(be!, { birthDate })?.id;
    expect(group('2024-12-01')).to.equal('petits');
    expect(group('2025-01-01'), '2,5 ans on the first day').to.equal('petits');
    expect(group('2025-01-02'), 'not yet 2,5 ans').to.equal(undefined);
    expect(group('2022-07-01')).to.equal('5-6-ans');
    expect(group('2022-07-02')).to.equal('petits');
    expect(group('2019-09-03')).to.equal('7-9-ans');
    expect(group('2016-05-12')).to.equal('10-12-ans');
    expect(group('2014-06-30')).to.equal(undefined);
    expect(group('2025-08-01')).to.equal(undefined);
  });

  it('keeps the carnival to one week of February or March, whole, by school grade', () => {
    seeded(({ carnival }, profile) => {
      expect(carnival.weeks.length).to.equal(1);
      expect(carnival.wholeWeeksOnly).to.equal(true);
      const week = carnival.weeks[0]!;
      expect(week.days.map((day) => day.open)).to.deep.equal([true, true, true, true, true, false, false]);
      expect(['02', '03']).to.include(week.days[1]!.date.slice(5, 7));
      const grades = schools[profile][0]!.grades.map((grade) => grade.id);
      expect(carnival.groups.flatMap((group) => group.gradeIds ?? [])).to.deep.equal(grades);
      const birthDate = '2018-01-01';
      expect(groupFor(carnival, { birthDate, schoolGradeId: grades[0] })?.id).to.equal('maternelles');
      expect(groupFor(carnival, { birthDate, schoolGradeId: grades.at(-1) })?.id).to.equal('primaires');
    });
    // Shrove Tuesday 2027 is 9 February.
    const [carnival] = seedCamps('fr', new Date('2026-11-23T08:30:00.000Z'));
    expect(carnival!.weeks[0]!.days[1]).to.include({ date: '2027-02-09' });
  });
});

describe('seedCampPlaces', () => {
  it('gives places to every group on every open day, and on no other day', () => {
    seeded(({ summer, carnival }) => {
      for (const camp of [summer, carnival]) {
        const capacity = seedCampPlaces(camp);
        expect(Object.keys(capacity)).to.deep.equal(camp.groups.map((group) => group.id));
        const open = days(camp)
          .filter((day) => day.open)
          .map((day) => day.date);
        for (const places of Object.values(capacity)) {
          expect(Object.keys(places).sort()).to.deep.equal(open);
          for (const { capacity: count, taken } of Object.values(places))
            expect(Number.isInteger(count) && count > 0 && taken >= 0 && taken <= count).to.equal(true);
        }
      }
    });
  });

  it('makes one summer week nearly full for the 5–6 and the 7–9 year olds', () => {
    seeded(({ summer, carnival }) => {
      expect(seedCampBusyWeek(carnival)).to.equal(undefined);
      const busy = seedCampBusyWeek(summer)!;
      expect(busy).to.deep.include({ weekId: summer.weeks[1]!.id, groupIds: ['5-6-ans', '7-9-ans'] });
      const week = summer.weeks[1]!;
      const wednesday = week.days[2]!;
      const thursday = week.days[3]!;
      expect([wednesday.date, thursday.date]).to.deep.equal([busy.fewLeft, busy.full]);
      expect(wednesday.open && thursday.open).to.equal(true);
      expect(thursday.activities.map((activity) => activity.id)).to.include('walibi');
      const capacity = seedCampPlaces(summer);
      for (const groupId of busy.groupIds) {
        expect(capacity[groupId]![busy.fewLeft]).to.deep.equal({ capacity: 24, taken: 22 });
        expect(capacity[groupId]![busy.full]).to.deep.equal({ capacity: 24, taken: 24 });
      }
      // Everywhere else, room to spare.
      const short = Object.entries(capacity).flatMap(([groupId, places]) =>
        Object.entries(places)
          .filter(([, { capacity: count, taken }]) => count - taken < 10)
          .map(([date]) => `${groupId} ${date}`),
      );
      expect(short).to.deep.equal([
        `5-6-ans ${busy.fewLeft}`,
        `5-6-ans ${busy.full}`,
        `7-9-ans ${busy.fewLeft}`,
        `7-9-ans ${busy.full}`,
      ]);
    });
    const [, summer] = seedCamps('be', new Date('2026-11-23T08:30:00.000Z'));
    expect(seedCampBusyWeek(summer!)).to.deep.equal({
      weekId: 'ete-2027-s27',
      groupIds: ['5-6-ans', '7-9-ans'],
      fewLeft: '2027-07-07',
      full: '2027-07-08',
    });
  });
});

import { publicHolidays, type DayRange, type SchoolCalendar } from '../domain/index.js';
import { schools, type DemoProfile } from './communes.js';

/*
 * The demo communes' school years 2026-2027 and 2027-2028. Belgium: the
 * Wallonia-Brussels Federation's calendar since its 2022 reform (the last
 * Monday of August to the first Friday of July, two-week autumn, winter,
 * carnival and spring breaks, 27 September off), with the commune's
 * pedagogical days. France: zone B (académie de Lille), holidays from the
 * Saturday after the last class to the day before classes resume. Public
 * holidays come from the computus (`publicHolidays`); closures are the
 * service's own.
 */

type Range = [from: string, to: string];
const range = ([from, to]: Range, name: DayRange['name']): DayRange => ({ from, to, name });

const be = {
  autumn: { fr: 'Congé d’automne', nl: 'Herfstvakantie', de: 'Herbstferien', en: 'Autumn break' },
  winter: { fr: 'Vacances d’hiver', nl: 'Wintervakantie', de: 'Winterferien', en: 'Winter holidays' },
  carnival: { fr: 'Congé de détente', nl: 'Krokusvakantie', de: 'Karnevalsferien', en: 'Carnival break' },
  spring: { fr: 'Vacances de printemps', nl: 'Lentevakantie', de: 'Frühlingsferien', en: 'Spring holidays' },
  summer: { fr: 'Vacances d’été', nl: 'Zomervakantie', de: 'Sommerferien', en: 'Summer holidays' },
  federation: {
    fr: 'Fête de la Fédération Wallonie-Bruxelles',
    nl: 'Feestdag van de Federatie Wallonië-Brussel',
    de: 'Feiertag der Föderation Wallonie-Brüssel',
    en: 'Wallonia-Brussels Federation Day',
  },
  pedagogical: {
    fr: 'Journée pédagogique',
    nl: 'Pedagogische studiedag',
    de: 'Pädagogischer Tag',
    en: 'Teacher training day',
  },
  training: {
    fr: 'Fermeture : formation des accueillant·es',
    nl: 'Gesloten: opleiding van de begeleiders',
    de: 'Geschlossen: Fortbildung der Betreuer',
    en: 'Closed: staff training',
  },
  camps: {
    fr: 'Fermeture : plaines de vacances communales',
    nl: 'Gesloten: gemeentelijke speelpleinen',
    de: 'Geschlossen: kommunale Ferienlager',
    en: 'Closed: the commune’s holiday camps',
  },
};

/** The public holidays of a country between two dates. */
const holidaysBetween = (country: 'BE' | 'FR', from: string, to: string) =>
  [Number(from.slice(0, 4)), Number(to.slice(0, 4))]
    .flatMap((year) => publicHolidays(country, year))
    .filter((day) => from <= day.date && day.date <= to);

const sites = (profile: DemoProfile) => schools[profile].map((school) => school.id);

function belgian(
  schoolYear: string,
  [start, end]: Range,
  breaks: { autumn: Range; winter: Range; carnival: Range; spring: Range; summer: Range },
  days: { federation?: string; pedagogical: string[]; training: string; camps: Range },
): SchoolCalendar {
  return {
    schoolYear,
    schoolSiteIds: sites('be'),
    start,
    end,
    holidays: [
      ...(days.federation ? [range([days.federation, days.federation], be.federation)] : []),
      range(breaks.autumn, be.autumn),
      range(breaks.winter, be.winter),
      range(breaks.carnival, be.carnival),
      range(breaks.spring, be.spring),
      ...days.pedagogical.map((day) => range([day, day], be.pedagogical)),
      range(breaks.summer, be.summer),
    ].sort((a, b) => a.from.localeCompare(b.from)),
    publicHolidays: holidaysBetween('BE', start, breaks.summer[1]),
    closures: [range([days.training, days.training], be.training), range(days.camps, be.camps)],
  };
}

function french(
  schoolYear: string,
  [start, end]: Range,
  breaks: {
    toussaint: Range;
    christmas: Range;
    winter: Range;
    spring: Range;
    ascension: Range;
    summer: Range;
  },
  closure: { day: string; name: string },
): SchoolCalendar {
  return {
    schoolYear,
    schoolSiteIds: sites('fr'),
    start,
    end,
    holidays: [
      range(breaks.toussaint, 'Vacances de la Toussaint'),
      range(breaks.christmas, 'Vacances de Noël'),
      range(breaks.winter, 'Vacances d’hiver'),
      range(breaks.spring, 'Vacances de printemps'),
      range(breaks.ascension, 'Pont de l’Ascension'),
      range(breaks.summer, 'Vacances d’été'),
    ],
    publicHolidays: holidaysBetween('FR', start, breaks.summer[1]),
    closures: [range([closure.day, closure.day], closure.name)],
  };
}

/** Each demo commune's school years, oldest first. */
export const schoolCalendars: Record<DemoProfile, SchoolCalendar[]> = {
  be: [
    belgian(
      '2026-2027',
      ['2026-08-31', '2027-07-02'],
      {
        autumn: ['2026-10-19', '2026-10-30'],
        winter: ['2026-12-21', '2027-01-01'],
        carnival: ['2027-02-08', '2027-02-19'],
        spring: ['2027-05-03', '2027-05-14'],
        summer: ['2027-07-03', '2027-08-29'],
      },
      {
        pedagogical: ['2026-11-23', '2027-03-12'],
        training: '2027-01-29',
        camps: ['2027-07-05', '2027-08-13'],
      },
    ),
    belgian(
      '2027-2028',
      ['2027-08-30', '2028-07-07'],
      {
        autumn: ['2027-10-25', '2027-11-05'],
        winter: ['2027-12-27', '2028-01-07'],
        carnival: ['2028-02-28', '2028-03-10'],
        spring: ['2028-05-01', '2028-05-12'],
        summer: ['2028-07-08', '2028-08-27'],
      },
      {
        federation: '2027-09-27',
        pedagogical: ['2027-11-22', '2028-03-24'],
        training: '2028-01-28',
        camps: ['2028-07-10', '2028-08-11'],
      },
    ),
  ],
  fr: [
    french(
      '2026-2027',
      ['2026-09-01', '2027-07-02'],
      {
        toussaint: ['2026-10-17', '2026-11-01'],
        christmas: ['2026-12-19', '2027-01-03'],
        winter: ['2027-02-20', '2027-03-07'],
        spring: ['2027-04-17', '2027-05-02'],
        ascension: ['2027-05-06', '2027-05-09'],
        summer: ['2027-07-03', '2027-08-31'],
      },
      { day: '2027-04-09', name: 'Fermeture exceptionnelle : travaux de la cuisine centrale' },
    ),
    french(
      '2027-2028',
      ['2027-09-01', '2028-07-07'],
      {
        toussaint: ['2027-10-23', '2027-11-07'],
        christmas: ['2027-12-18', '2028-01-02'],
        winter: ['2028-02-19', '2028-03-05'],
        spring: ['2028-04-15', '2028-04-30'],
        ascension: ['2028-05-25', '2028-05-28'],
        summer: ['2028-07-08', '2028-08-31'],
      },
      { day: '2028-01-21', name: 'Fermeture : formation des animateurs' },
    ),
  ],
};

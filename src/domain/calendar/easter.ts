import type { Country } from '../commune.js';
import type { LocalizedText } from '../localized-text.js';
import { addDays } from './dates.js';

/** Easter Sunday of `year` (Gregorian computus, Meeus/Jones/Butcher), `yyyy-MM-dd`. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface PublicHoliday {
  date: string;
  name: LocalizedText;
}

const names = {
  newYear: { fr: 'Jour de l’an', nl: 'Nieuwjaar', de: 'Neujahr', en: 'New Year’s Day' },
  easterMonday: { fr: 'Lundi de Pâques', nl: 'Paasmaandag', de: 'Ostermontag', en: 'Easter Monday' },
  labour: { fr: 'Fête du Travail', nl: 'Dag van de Arbeid', de: 'Tag der Arbeit', en: 'Labour Day' },
  victory: {
    fr: 'Victoire 1945',
    nl: 'Overwinning 1945',
    de: 'Tag des Sieges 1945',
    en: 'Victory in Europe Day',
  },
  ascension: { fr: 'Ascension', nl: 'Hemelvaart', de: 'Christi Himmelfahrt', en: 'Ascension Day' },
  whitMonday: { fr: 'Lundi de Pentecôte', nl: 'Pinkstermaandag', de: 'Pfingstmontag', en: 'Whit Monday' },
  bastille: { fr: 'Fête nationale', nl: 'Nationale feestdag', de: 'Nationalfeiertag', en: 'Bastille Day' },
  belgium: {
    fr: 'Fête nationale',
    nl: 'Nationale feestdag',
    de: 'Nationalfeiertag',
    en: 'Belgian National Day',
  },
  assumption: {
    fr: 'Assomption',
    nl: 'Onze-Lieve-Vrouw-Hemelvaart',
    de: 'Mariä Himmelfahrt',
    en: 'Assumption Day',
  },
  allSaints: { fr: 'Toussaint', nl: 'Allerheiligen', de: 'Allerheiligen', en: 'All Saints’ Day' },
  armistice: { fr: 'Armistice', nl: 'Wapenstilstand', de: 'Waffenstillstand', en: 'Armistice Day' },
  christmas: { fr: 'Noël', nl: 'Kerstmis', de: 'Weihnachten', en: 'Christmas Day' },
} satisfies Record<string, LocalizedText>;

/** A country's legal public holidays of a calendar year, in date order. */
export function publicHolidays(country: Country, year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const days: PublicHoliday[] = [
    { date: fixed(1, 1), name: names.newYear },
    { date: addDays(easter, 1), name: names.easterMonday },
    { date: fixed(5, 1), name: names.labour },
    ...(country === 'FR' ? [{ date: fixed(5, 8), name: names.victory }] : []),
    { date: addDays(easter, 39), name: names.ascension },
    { date: addDays(easter, 50), name: names.whitMonday },
    country === 'FR'
      ? { date: fixed(7, 14), name: names.bastille }
      : { date: fixed(7, 21), name: names.belgium },
    { date: fixed(8, 15), name: names.assumption },
    { date: fixed(11, 1), name: names.allSaints },
    { date: fixed(11, 11), name: names.armistice },
    { date: fixed(12, 25), name: names.christmas },
  ];
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { de } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import { nl } from 'date-fns/locale/nl';
import type { Locale as DateLocale } from 'date-fns';
import type { Locale } from '../../domain/index.js';

const dateLocales: Record<Locale, DateLocale> = { fr, nl, de, en: enGB };

/** A date-only ISO string has no time: it must never be shown with one. */
const hasTime = (iso: string) => iso.includes('T');

/** `02/06/2020` (fr), `02-06-2020` (nl), `02.06.2020` (de), `02/06/2020` (en). */
export function formatDate(iso: string, locale: Locale): string {
  return format(parseISO(iso), 'P', { locale: dateLocales[locale] });
}

/** A long date for prose: "mercredi 1 juillet 2020". */
export function formatLongDate(iso: string, locale: Locale): string {
  return format(parseISO(iso), 'EEEE d MMMM yyyy', { locale: dateLocales[locale] });
}

/** Date, plus the time only when the value carries one (status history, MOJ timeline). */
export function formatWhen(iso: string, locale: Locale): string {
  const date = parseISO(iso);
  return hasTime(iso)
    ? format(date, 'P p', { locale: dateLocales[locale] })
    : format(date, 'P', { locale: dateLocales[locale] });
}

/** Integer cents in an ISO 4217 currency: `77,00 €`. */
export function formatMoney(cents: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : `${locale}-BE`, {
    style: 'currency',
    currency,
  }).format(cents / 100);
}

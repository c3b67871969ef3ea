import type { CommuneSettings, Locale } from '../commune.js';
import { textIn } from '../localized-text.js';
import de from './de.js';
import en from './en.js';
import fr from './fr.js';
import nl from './nl.js';
import type { DecidedKind, MailCode, MailTexts } from './texts.js';

export { mailCodes, type DecidedKind, type MailCode, type MailTexts } from './texts.js';

/*
 * The service's e-mails in the family's language: decisions say which e-mail
 * with which parameters (`mails.ts`); the backend words it when it sends it,
 * here, from one catalogue per language.
 */

export const mailTexts: Readonly<Record<Locale, MailTexts>> = { fr, nl, de, en };

/** What an e-mail says, before it is worded: names, labels, numbers, counts of cents. */
export type MailParams = Readonly<Record<string, string | number>>;

/** A worded e-mail. */
export interface RenderedMail {
  subject: string;
  body: string;
}

type Commune = Pick<CommuneSettings, 'name' | 'serviceName' | 'language'>;

/** The language to write to a family in: theirs, else the commune's, else French. */
export function mailLanguage(family: Locale | null | undefined, commune: Pick<Commune, 'language'>): Locale {
  return family ?? commune.language ?? 'fr';
}

const numberTags: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };

/** `{name}` → its value, in one pass: a value that holds braces stays as it is. */
const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date as the language writes it ("12 mars 2027"). */
const dateIn = (date: string, language: Locale) =>
  new Intl.DateTimeFormat(numberTags[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

const isKind = (kind: unknown, texts: MailTexts): kind is DecidedKind =>
  typeof kind === 'string' && Object.hasOwn(texts.requests, kind);

/** E-mail `code` with its `params`, in `language`, signed by the commune's service. */
export function renderMail(
  code: MailCode,
  params: MailParams,
  language: Locale,
  commune: Commune,
): RenderedMail {
  const texts = mailTexts[language];
  const week = /(\d+)$/.exec(String(params.week ?? ''))?.[1];
  const values: Record<string, string | number> = {
    ...Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        typeof value === 'string' && isoDate.test(value) ? dateIn(value, language) : value,
      ]),
    ),
    commune: commune.name,
    // The service's name in the family's language when the commune gave it, else in the commune's.
    service: textIn(commune.serviceName, language, [commune.language ?? 'fr']),
    ...(week ? { week: fill(texts.week, { week }) } : {}),
    reason: params.reason ? fill(texts.reason, { reason: params.reason }) : '',
    // The portal's address, where an e-mail sends the parent to read what it does not say itself.
    portalUrl: params.portalUrl ?? '',
  };
  if (typeof params.amountCents === 'number') {
    const amount = new Intl.NumberFormat(numberTags[language], {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      useGrouping: false,
    }).format(params.amountCents / 100);
    values.amount = fill(texts.amount, { amount });
  }
  if (isKind(params.kind, texts)) {
    values.request = texts.requests[params.kind];
    values.outcome = fill(texts.accepted[params.kind], values);
  }
  const { subject, body } = texts.mails[code];
  return { subject: fill(subject, values), body: fill(body, values) };
}

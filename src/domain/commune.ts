import * as z from 'zod/mini';
import { localizedText, textIn, type LocalizedText } from './localized-text.js';

/** Countries whose commune profiles we support: they decide postcodes, phones and the national number. */
export const CountrySchema = z.enum(['BE', 'FR']);
export type Country = z.infer<typeof CountrySchema>;

export const LocaleSchema = z.enum(['fr', 'nl', 'de', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;

/**
 * What a commune configures for its portal. Served by the adapter, provided by
 * `<family-portal>` to the elements inside it.
 */
export const CommuneSettingsSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  country: CountrySchema,
  /** Belgian communes ask for the national register number; French ones have none. */
  nationalNumber: z.enum(['required', 'optional', 'hidden']),
  /**
   * The language the commune writes its texts in: that of its plain-string
   * texts, the one a text falls back to first, and the one the service writes
   * to a family that chose none; French when absent.
   */
  language: z.optional(LocaleSchema),
  /** The service parents deal with ("Service Accueil Extrascolaire", "Guichet Unique"), per language. */
  serviceName: localizedText({ max: 200 }),
  contactEmail: z.email(),
  contactPhone: z.optional(z.string()),
  /** A notice the commune shows above its forms (seed 000's CPAS message), plain text per language. */
  notice: z.optional(localizedText({ max: 2000 })),
  /** The commune's postcodes: families living there pay the residents' camp tariff; everyone does when absent. */
  postcodes: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** How many months a confirmed health form stays valid; 12 when absent. */
  healthFormValidityMonths: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(60))),
});
export type CommuneSettings = z.infer<typeof CommuneSettingsSchema>;

/**
 * A text of the commune in its own language: what the service's sentences
 * (status history, e-mails), written in that language, carry.
 */
export function communeText(commune: Pick<CommuneSettings, 'language'>, text: LocalizedText): string {
  const language = commune.language ?? 'fr';
  return textIn(text, language, [language]);
}

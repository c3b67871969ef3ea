import * as z from 'zod/mini';

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
  /** The service parents deal with ("Service Accueil Extrascolaire", "Guichet Unique"). */
  serviceName: z.string().check(z.minLength(1)),
  contactEmail: z.email(),
  contactPhone: z.optional(z.string()),
  /** A notice the commune shows above its forms (seed 000's CPAS message), plain text. */
  notice: z.optional(z.string()),
  /** The commune's postcodes: families living there pay the residents' camp tariff; everyone does when absent. */
  postcodes: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** How many months a confirmed health form stays valid; 12 when absent. */
  healthFormValidityMonths: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(60))),
  /** The language the service writes to a family that chose none; French when absent. */
  defaultLanguage: z.optional(LocaleSchema),
});
export type CommuneSettings = z.infer<typeof CommuneSettingsSchema>;

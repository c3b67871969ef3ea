import * as z from 'zod/mini';
import { CountrySchema } from './commune.js';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A postal address. `box` is the Belgian "boîte" (apartment or letter box). */
export const AddressSchema = z.object({
  street: text(120),
  number: text(12),
  box: z.optional(z.string().check(z.trim(), z.maxLength(12))),
  postcode: z.string().check(z.regex(/^\d{4,5}$/)),
  city: text(80),
  country: CountrySchema,
});
export type Address = z.infer<typeof AddressSchema>;

/**
 * A parent's identity details as they cross every boundary: the national number
 * as its 11 digits (absent in French profiles), the phone in E.164 (`+32496444111`).
 */
export const ParentIdentitySchema = z.object({
  lastName: text(80),
  firstName: text(80),
  nationalNumber: z.optional(z.string().check(z.regex(/^\d{11}$/))),
  address: AddressSchema,
  phone: z.string().check(z.regex(/^\+\d{8,15}$/)),
  email: z.email(),
});
export type ParentIdentity = z.infer<typeof ParentIdentitySchema>;

/** A parent the service knows. */
export const ParentRecordSchema = z.extend(ParentIdentitySchema, {
  id: z.string().check(z.minLength(1)),
});
export type ParentRecord = z.infer<typeof ParentRecordSchema>;

/** A request to change one's own details; the service accepts or refuses it. */
export const ParentChangeInputSchema = z.object({
  identity: ParentIdentitySchema,
  comment: z.optional(z.string().check(z.maxLength(1000))),
});
export type ParentChangeInput = z.infer<typeof ParentChangeInputSchema>;

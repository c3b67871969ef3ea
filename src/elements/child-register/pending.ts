import * as z from 'zod/mini';

/** A pending action as <child-register>'s drafts keep it (absent: none pending). */
export const pendingActionSchema = z.optional(z.object({ key: z.string(), fingerprint: z.string() }));

/**
 * The documents' categories, as plain data (no zod): elements read them at
 * once, the contract (document.ts) builds its schemas from them.
 */

/** What the service publishes, in the order the documents' filter shows them. */
export const publishedCategories = ['rules', 'menu', 'statement', 'certificate', 'information'] as const;
/** What the parent sends. */
export const proofCategories = ['medical-certificate', 'income-certificate', 'other-proof'] as const;

export type PublishedCategory = (typeof publishedCategories)[number];
export type ProofCategory = (typeof proofCategories)[number];

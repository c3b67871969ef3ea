/** Why a family contests an invoice (plain data, without zod: the element lists them at once). */
export const disputeReasons = ['not-attended', 'wrong-price', 'already-paid', 'other'] as const;

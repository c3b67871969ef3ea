import * as shape from '../../shared/shape.js';

/** A pending action as <child-register>'s drafts keep it (absent: none pending). */
export const pendingActionShape = shape.optional(
  shape.object({ key: shape.string(), fingerprint: shape.string() }),
);

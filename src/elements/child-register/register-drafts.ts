import * as shape from '../../shared/shape.js';
import { pendingActionShape } from './pending.js';

/**
 * The registration's and the change requests' drafts, as kept in
 * sessionStorage: read at once (a reload opens them again), while the form's
 * model that restores them comes with the steps part (see register-model.ts).
 */
export const registrationDraftShape = shape.object({
  step: shape.literals(['parent', 'child', 'recap']),
  form: shape.record(shape.string()),
  pending: pendingActionShape,
});
export type RegistrationDraft = shape.Infer<typeof registrationDraftShape>;

/** A change request for a child's identity in progress, as kept in sessionStorage. */
export const changeDraftShape = shape.object({
  step: shape.literals(['child', 'recap']),
  form: shape.record(shape.string()),
  comment: shape.string(),
  pending: pendingActionShape,
});
export type ChangeDraft = shape.Infer<typeof changeDraftShape>;

import * as shape from '../../shared/shape.js';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { FamilySnapshot, FieldIssue, RequestReceipt } from '../../domain/index.js';
import type { ActionController, FocusController } from '../../shared/controllers/index.js';
import type { LocalizeController } from '../../shared/i18n/localize.js';
import type { ChildKey } from './messages/index.js';
import type { Screen } from './register-view.js';

/** The screen shown, as kept in sessionStorage so that a reload opens it again. */
export const savedScreenShape = shape.object({
  name: shape.literals(['register', 'children', 'child', 'health', 'change']),
  childId: shape.optional(shape.string()),
});
export type SavedScreen = shape.Infer<typeof savedScreenShape>;

/** The child's pending change request, if any: a second one waits until the service answered. */
export function pendingChange(family: FamilySnapshot, childId: string): RequestReceipt | undefined {
  return family.requests.find(
    (request) =>
      request.childId === childId && request.kind === 'child-change' && request.status === 'pending',
  );
}

/** Where the element opens: the screen left before a reload (for the same child), else what `child-id` and `view` ask for. */
export function openingScreen(
  saved: SavedScreen | undefined,
  childId: string | undefined,
  view: 'register' | 'children',
): Screen {
  if (saved && (!childId || saved.childId === childId)) {
    if (saved.name === 'register' || saved.name === 'children') return { name: saved.name };
    if (saved.childId) return { name: saved.name, childId: saved.childId };
  }
  if (childId) return { name: 'child', childId, auto: true };
  return { name: view };
}

/** The way back offered on a child's page: to "Mes enfants", to another registration, or none (opened by `child-id`). */
export function wayBack(
  screen: Screen,
  childId: string | undefined,
  view: 'register' | 'children',
): 'list' | 'another' | undefined {
  if (childId) return undefined;
  if (view === 'children') return 'list';
  return screen.name === 'register' ? undefined : 'another';
}

/**
 * What a form of the element (the registration, a change request, the health
 * form) needs of it: its form flow, its adapter, and where its outcome goes.
 */
export interface ChildFormHost {
  readonly i18n: LocalizeController<ChildKey>;
  /** Where the drafts are kept: the element's `draft-key`. */
  draftKey(): string;
  adapter(): FamilyPortalAdapter | undefined;
  readonly submission: ActionController;
  readonly focus: FocusController;
  /** Shows the problems of the step. */
  setIssues(issues: readonly FieldIssue[]): void;
  /** After "Modifier" on the recap, "Continuer" returns to the recap. */
  editingFromRecap(): boolean;
  /** "Continuer" no longer returns to the recap. */
  resetEditing(): void;
  continueWith(issues: readonly FieldIssue[], next: () => void): void;
  goBack(back: () => void, fieldId?: string): void;
  /** Keeps the screen's draft (the form's own, through its `save`). */
  saveDraft(): void;
  /** Said politely to assistive technologies. */
  say(message: ChildKey): void;
  /** The parent abandoned a child's form (its draft gone): back on the child's page, `message` said. */
  abandoned(childId: string, message: ChildKey): void;
  /** The service received a child's form (its draft gone). */
  sent(childId: string, receipt: RequestReceipt): void;
}

import type {
  CommuneSettings,
  Country,
  FamilySnapshot,
  FieldIssue,
  ParentField,
  ParentForm,
  StatusHistoryEntry,
} from '../../domain/index.js';
import type { ActionController } from '../../shared/controllers/index.js';
import type { CoreKey, LocalizeController, MessageParams } from '../../shared/i18n/localize.js';
import type { SummaryIssue } from '../../shared/ui/index.js';
import type { ParentKey } from './messages/index.js';
import type * as AccountViewModule from './account-view.js';

/** What the element has read: the commune and the family. */
export interface Loaded {
  commune: CommuneSettings;
  family: FamilySnapshot;
}

export type Step = 'form' | 'recap';
/** What the parent typed, field by field: a field not typed yet is empty (the rules fill it in with ''). */
export type TypedForm = Partial<ParentForm>;
/** `register`: a parent not yet known; `change`: a known parent asks to change their details. */
export type Flow = 'register' | 'change';

/** The ids of the form's inputs: also the targets of the error summary's links. */
export const inputId = (field: ParentField) => `parent-${field.replace('.', '-')}`;
export const commentId = 'parent-comment';

/**
 * What the templates of `<parent-register>` render, and what they call back:
 * the element's state and settings, its submission and its handlers. The
 * templates hold no state and cause no effect of their own.
 */
export interface ParentView {
  i18n: LocalizeController<ParentKey>;
  t(key: CoreKey | ParentKey, params?: MessageParams): string;
  headingLevel: number;
  flow: Flow;
  form: TypedForm;
  comment: string;
  issues: readonly FieldIssue[];
  editingFromRecap: boolean;
  registerChildHref: string | undefined;
  submission: ActionController;
  subheading(text: string): unknown;
  stepForm(summary: readonly SummaryIssue[], onContinue: () => void, content: unknown): unknown;
  issueMessage(issue: FieldIssue, prefix: string, country: Country): string;
  statusLabel: (entry: StatusHistoryEntry) => string;
  fieldLabel(field: ParentField): string;
  setField(field: ParentField, value: string): void;
  setComment(value: string): void;
  continueToRecap(loaded: Loaded): void;
  backToForm(focus?: string): void;
  abandon(loaded: Loaded): void;
  submit(loaded: Loaded): Promise<void>;
  finish(): void;
  openChangeForm(loaded: Loaded): void;
  /** A template of the later screens' part (there for a known parent), or a placeholder while it downloads. */
  account(render: (account: typeof AccountViewModule) => unknown): unknown;
}

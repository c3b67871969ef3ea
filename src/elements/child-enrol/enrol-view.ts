import type {
  Camp,
  CampEnrolment,
  CampEnrolmentSummary,
  ChildSummary,
  ClosingPreview,
  CommuneSettings,
  Country,
  EnrolmentDraft,
  FamilySnapshot,
  FieldIssue,
  RequestReceipt,
  StatusHistoryEntry,
} from '../../domain/index.js';
import type { TemplateResult } from 'lit';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { ActionController } from '../../shared/controllers/index.js';
import type { EnrolKey } from './messages/index.js';
import type { CoreKey, LocalizeController, MessageParams, Translations } from '../../shared/i18n/localize.js';
import type { SummaryIssue } from '../../shared/ui/index.js';
import type { Outcome, Step, Wizard } from './enrol-model.js';
import type * as HistoryPart from './history-part.js';

/** What the element has read: the commune, the family, the camps, the drafts and the enrolments. */
export interface Loaded {
  commune: CommuneSettings;
  family: FamilySnapshot;
  camps: Camp[];
  drafts: EnrolmentDraft[];
  enrolments: CampEnrolmentSummary[];
}

/**
 * What the element shows: the camps with the family's drafts and enrolments
 * (`home`), the enrolment steps, the answer to "Valider", "Clôturer mes
 * demandes", the cart, or a request to unsubscribe from a paid week.
 */
export type Screen =
  | { name: 'home' | 'steps' | 'outcome' | 'closing' | 'cart' }
  | { name: 'unsubscribe'; requestId: string; weekId: string; receipt?: RequestReceipt };

export type UnsubscribeScreen = Extract<Screen, { name: 'unsubscribe' }>;

/** The longest reason for unsubscribing the service takes. */
export const reasonMax = 1000;

/**
 * What the templates of `<child-enrol>` render, and what they call back:
 * the element's state and settings, its actions (`submission`, `actions`)
 * and its handlers. The templates hold no state and cause no effect of their own.
 */
export interface EnrolView {
  i18n: LocalizeController<EnrolKey>;
  t(key: CoreKey | EnrolKey, params?: MessageParams): string;
  headingLevel: number;
  /** The clock, as the element was given it. */
  now: () => Date;
  campId: string | undefined;
  childId: string | undefined;
  parentHref: string | undefined;
  childHref: string | undefined;
  activeAdapter: FamilyPortalAdapter | undefined;
  locale: string | undefined;
  translations: Translations | undefined;
  wizard: Wizard | undefined;
  outcomes: readonly Outcome[];
  /** The request just validated, for "Inscrire aussi … aux mêmes jours". */
  keepLast: Wizard | undefined;
  issues: readonly FieldIssue[];
  reason: string;
  status: string;
  draftSaving: boolean;
  draftFailed: boolean;
  submission: ActionController;
  actions: ActionController;
  // The base element's shared pieces.
  heading(text: string): unknown;
  subheading(text: string): unknown;
  stepForm(summary: readonly SummaryIssue[], onContinue: () => void, content: unknown): unknown;
  issueMessage(issue: FieldIssue, prefix: string, country: Country): string;
  statusLabel(entry: StatusHistoryEntry): string;
  /** The cart's template, once `<family-cart>` is downloaded (a skeleton before, or the error with "Réessayer"). */
  withCart(template: () => TemplateResult): unknown;
  /** A status history's template, once its part is downloaded (a skeleton before, or the error with "Réessayer"). */
  withHistory(template: (history: typeof HistoryPart) => TemplateResult): unknown;
  /** What closing would bill, once read. */
  closingPreview(view: (preview: ClosingPreview) => unknown): unknown;
  // What the parent may do.
  campOf(loaded: Loaded): Camp | undefined;
  eligible(loaded: Loaded): ChildSummary[];
  childLink(childId: string): string | undefined;
  resident(loaded: Loaded): boolean;
  /** Whether the camps' page shows the cart (once shown, it stays). */
  cartShownFor(loaded: Loaded): boolean;
  // Handlers.
  show(screen: Screen): void;
  home(): void;
  reload(): void;
  start(camp: Camp, childId?: string): void;
  resume(draft: EnrolmentDraft, loaded: Loaded): void;
  deleteDraft(draft: EnrolmentDraft): Promise<void>;
  openUnsubscribe(requestId: string, weekId: string): void;
  setReason(reason: string): void;
  chooseChild(childId: string): void;
  chooseDays(days: Wizard['days'], waitingWeekIds: string[]): void;
  next(loaded: Loaded): void;
  previous(): void;
  toStep(step: Step): void;
  goBack(back: () => void, fieldId?: string): void;
  abandon(): Promise<void>;
  validate(loaded: Loaded): Promise<void>;
  joinWaiting(enrolment: CampEnrolment, weekId: string): Promise<void>;
  enrolSibling(child: ChildSummary): Promise<void>;
  close(): Promise<void>;
  unsubscribe(screen: UnsubscribeScreen): Promise<void>;
}

import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AdapterError, FamilyPortalAdapter } from '../../adapter/index.js';
import type {
  AbsenceReason,
  Attachment,
  BookingPreview,
  BookingResult,
  CalendarFeed,
  PeriodBooking,
  Planning,
  RequestReceipt,
} from '../../domain/index.js';
import { FpSubmittedEvent } from '../../shared/events.js';
import type { ActionController, FocusController, LazyLocalizer } from '../../shared/controllers/index.js';
import { LazyController } from '../../shared/controllers/index.js';
import type { LocalizeController, MessageBundle } from '../../shared/i18n/localize.js';
import type { CalendarKey } from './messages/index.js';
import type * as FeedPart from './feed-dialog.js';
import type * as AbsencePart from './absence-dialog.js';
import type * as PeriodPart from './period-dialog.js';
import type { PeriodFields } from './period-model.js';
import type * as CopyPart from './copy-dialog.js';

/** This part's own messages, as a lazy part gives them: none (each dialog brings its own). */
export const messages: readonly MessageBundle[] = [];

/** The dialogs opened from the toolbar or a day. */
export type DialogName = 'feed' | 'absence' | 'period' | 'copy';

/** What the feed dialog knows: kept here (in the host) so that a part downloaded again finds it. */
export interface FeedState {
  /** `undefined` while it is read; `null`: the family has no feed. */
  feed?: CalendarFeed | null;
  error?: AdapterError;
  /** What the last action did, said in the dialog. */
  notice?: 'created' | 'renewed' | 'revoked' | 'copied';
  /** What the last sending asked ("Réessayer" asks it again). */
  revoking?: boolean;
}

/** What "Déclarer une absence" holds: what the parent typed survives a failure and a part downloaded again. */
export interface AbsenceState {
  childId?: string;
  from: string;
  to: string;
  /** Empty: every unit. */
  unitIds: string[];
  reason?: AbsenceReason;
  comment: string;
  files: File[];
  /** Why picked files were not added. */
  fileNotes: string[];
  issues: { fieldId: string; message: string }[];
  /** Each file sent, not sent again on "Réessayer". */
  uploaded: Map<File, Attachment>;
  result?: RequestReceipt;
}

/** What "Réserver sur une période" holds: what the parent typed survives a failure and a part downloaded again. */
export interface PeriodState extends PeriodFields {
  /** The child to check first (the element's `child-id`). */
  presetChildId?: string;
  /** The defaults were taken from the planning (once: a field the parent emptied stays empty). */
  filled: boolean;
  issues: { fieldId: string; message: string }[];
  /** What "Voir le détail" gave, for the request it previewed; a field changed drops it. */
  preview?: { booking: PeriodBooking; answer: BookingPreview };
  /** A field changed after a preview: the parent previews again before sending. */
  previewDropped: boolean;
  result?: BookingResult;
}

/** What "Dupliquer le planning" holds: what was typed, the preview shown for it, the answer. */
export interface CopyState {
  sourceChildId?: string;
  activityId?: string;
  targetChildIds: string[];
  /** `undefined` until the dialog gives its default (the shown month's first bookable day, its last day). */
  from?: string;
  to?: string;
  issues: { fieldId: string; message: string }[];
  /** The preview of what is typed: dropped when a field changes. */
  preview?: BookingPreview;
  /** A preview was dropped by a change (said, so the parent knows why "Copier le planning" went). */
  previewDropped?: boolean;
  result?: BookingResult;
}

/** A day and a child to start the absence from (a booked day's "Déclarer une absence"). */
export interface AbsencePreset {
  childId?: string;
  date?: string;
}

/** What a dialog part needs of the element. */
export interface DialogContext {
  i18n: LocalizeController<CalendarKey>;
  headingLevel: number;
  adapter: FamilyPortalAdapter | undefined;
  action: ActionController;
  /** The commune's, for the instants shown. */
  timeZone: string;
  /** The planning shown (its children and units), with the children's first names. */
  planning: Planning | undefined;
  names: ReadonlyMap<string, string>;
  /** The planning is read again (after an absence was declared). */
  reload(): void;
  /** A request was recorded: the page is told (`fp-submitted`). */
  submitted(receipt: RequestReceipt, childId?: string): void;
  /** The element's shadow root (to move focus to a field). */
  root(): ShadowRoot | null;
  update(): void;
  /** Focus goes to `[data-focus=target]` once rendered. */
  focus(target: string): void;
  close(): void;
}

/**
 * Which dialog is open, each downloaded on its first opening with its
 * messages and styles; on closing (its button or Escape), focus goes back to
 * the button that opened it.
 */
export class CalendarDialogs implements ReactiveController {
  open: DialogName | undefined;
  readonly feedState: FeedState = {};
  absenceState: AbsenceState = blankAbsence();
  periodState: PeriodState = blankPeriod();
  copyState: CopyState = blankCopy();
  private opener: HTMLElement | undefined;
  private readonly feedPart: LazyController<typeof FeedPart>;
  private readonly absencePart: LazyController<typeof AbsencePart>;
  private readonly periodPart: LazyController<typeof PeriodPart>;
  private readonly copyPart: LazyController<typeof CopyPart>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    i18n: LazyLocalizer,
    private readonly focus: FocusController,
    importFeed: () => Promise<typeof FeedPart> = () => import('./feed-dialog.js'),
    importAbsence: () => Promise<typeof AbsencePart> = () => import('./absence-dialog.js'),
    importPeriod: () => Promise<typeof PeriodPart> = () => import('./period-dialog.js'),
  ) {
    host.addController(this);
    this.feedPart = new LazyController(host, i18n, importFeed, { focus });
    this.absencePart = new LazyController(host, i18n, importAbsence, { focus });
    this.periodPart = new LazyController(host, i18n, importPeriod, { focus });
    this.copyPart = new LazyController(host, i18n, () => import('./copy-dialog.js'), { focus });
  }

  hostConnected(): void {}

  /** A dialog just rendered opens as a modal (focus on its `autofocus` heading). */
  hostUpdated(): void {
    const dialog = this.host.shadowRoot?.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  show(name: DialogName, opener: EventTarget | null, preset: AbsencePreset = {}): void {
    this.opener = opener instanceof HTMLElement ? opener : undefined;
    this.open = name;
    if (name === 'feed')
      Object.assign(this.feedState, { feed: undefined, error: undefined, notice: undefined });
    // A new absence unless the last one is still being typed (then what was typed stays).
    if (name === 'absence' && (this.absenceState.result || preset.date))
      this.absenceState = blankAbsence(preset);
    else if (name === 'absence') this.absenceState.childId ??= preset.childId;
    // A new period once the last one was sent; else what was typed stays.
    if (name === 'period' && this.periodState.result) this.periodState = blankPeriod(preset.childId);
    else if (name === 'period') this.periodState.presetChildId ??= preset.childId;
    // A new copy once the last one was answered; else what was typed stays.
    if (name === 'copy' && this.copyState.result) this.copyState = blankCopy(preset.childId);
    else if (name === 'copy') this.copyState.sourceChildId ??= preset.childId;
    this.host.requestUpdate();
  }

  close(): void {
    this.open = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.opener?.focus());
  }

  render(context: Omit<DialogContext, 'close' | 'update' | 'focus' | 'submitted'>) {
    if (!this.open) return nothing;
    const full: DialogContext = {
      ...context,
      update: () => this.host.requestUpdate(),
      focus: (target) => this.focus.request(target),
      close: () => this.close(),
      submitted: (receipt, childId) =>
        this.host.dispatchEvent(FpSubmittedEvent.of(receipt, childId ? { childId } : {})),
    };
    if (this.open === 'absence')
      return this.absencePart.render(6, (part) => part.absenceDialog(full, this.absenceState));
    if (this.open === 'period')
      return this.periodPart.render(8, (part) => part.periodDialog(full, this.periodState));
    if (this.open === 'copy') return this.copyPart.render(6, (part) => part.copyDialog(full, this.copyState));
    return this.feedPart.render(3, (part) => part.feedDialog(full, this.feedState));
  }
}

function blankAbsence({ childId, date = '' }: AbsencePreset = {}): AbsenceState {
  return {
    ...(childId && { childId }),
    from: date,
    to: date,
    unitIds: [],
    comment: '',
    files: [],
    fileNotes: [],
    issues: [],
    uploaded: new Map(),
  };
}

function blankPeriod(presetChildId?: string): PeriodState {
  return {
    ...(presetChildId && { presetChildId }),
    filled: false,
    childIds: [],
    from: '',
    to: '',
    weeks: 'every',
    slots: [],
    issues: [],
    previewDropped: false,
  };
}

function blankCopy(sourceChildId?: string): CopyState {
  return { ...(sourceChildId && { sourceChildId }), targetChildIds: [], issues: [] };
}

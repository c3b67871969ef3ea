import type { ChildSummary, StatusHistoryEntry } from '../../domain/index.js';
import type { CoreKey, LocalizeController, MessageParams } from '../../shared/i18n/localize.js';
import type { RequestKey } from './messages/index.js';
import type { RequestFilters } from './request-model.js';

/**
 * What the templates render and call back: the element's state and handlers.
 * The templates hold no state and cause no effect of their own.
 */
export interface RequestView {
  i18n: LocalizeController<RequestKey>;
  t(key: CoreKey | RequestKey, params?: MessageParams): string;
  /** A heading `depth` levels below the element's (1: each request). */
  heading(text: string, depth: number): unknown;
  /** The level of a heading `depth` levels below the element's. */
  level(depth: number): number;
  statusLabel(entry: StatusHistoryEntry): string;
  /** The date the period filter counts back from (`yyyy-MM-dd`). */
  today: string;
  children: readonly ChildSummary[];
  filters: RequestFilters;
  setFilters(patch: Partial<RequestFilters>): void;
  clearFilters(): void;
  /** How many requests of the filters are drawn. */
  shownCount: number;
  /** Draws a page more; focus goes to `nextId`, the first request added. */
  showMore(nextId: string | undefined): void;
  expanded: ReadonlySet<string>;
  toggle(requestId: string): void;
}

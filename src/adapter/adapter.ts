import type {
  AttachmentsFeature,
  CalendarFeature,
  CampsFeature,
  CartFeature,
  ChildrenFeature,
  FamilyFeature,
  InvoicesFeature,
  MessagesFeature,
  DocumentsFeature,
} from '../domain/operations/index.js';

export type {
  AttachmentsFeature,
  CalendarFeature,
  CampsFeature,
  CartFeature,
  ChildrenFeature,
  FamilyFeature,
  InvoicesFeature,
  MessagesFeature,
  DocumentsFeature,
  ReadOptions,
  WriteOptions,
} from '../domain/operations/index.js';

/**
 * What elements need from a municipality's backend, feature by feature (the
 * methods are the operations of src/domain/operations, documented there).
 * Implementations: the memory adapter (seeded, in the browser) and the REST
 * adapter. Every method either resolves with schema-checked data or rejects
 * with an `AdapterError`.
 */
export interface FamilyPortalAdapter
  extends
    FamilyFeature,
    ChildrenFeature,
    CampsFeature,
    CartFeature,
    CalendarFeature,
    AttachmentsFeature,
    InvoicesFeature,
    MessagesFeature,
    DocumentsFeature {}

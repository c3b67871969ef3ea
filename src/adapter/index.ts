export type {
  AttachmentsFeature,
  CalendarFeature,
  CampsFeature,
  CartFeature,
  ChildrenFeature,
  FamilyFeature,
  FamilyPortalAdapter,
  ReadOptions,
  WriteOptions,
} from './adapter.js';
export { AdapterError, isAbort, type AdapterErrorInit, type AdapterErrorType } from './errors.js';
export { adapterContext } from './context.js';
export { deferredAdapter, featuresOf, withAllFeatures } from './features.js';

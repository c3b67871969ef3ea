// generated: npm run index (from the folders in src/elements; do not edit by hand)
/**
 * The all-in-one entry: every element registered, plus the public classes,
 * events, adapters and domain types for hosts that script the elements.
 */
export * from './elements/camp-week-picker/define.js';
export * from './elements/child-enrol/define.js';
export * from './elements/child-register/define.js';
export * from './elements/family-calendar/define.js';
export * from './elements/family-cart/define.js';
export * from './elements/family-documents/define.js';
export * from './elements/family-inbox/define.js';
export * from './elements/family-portal/define.js';
export * from './elements/invoice-list/define.js';
export * from './elements/parent-register/define.js';
export * from './elements/request-list/define.js';
export * from './elements/family-cart/events.js';
export * from './elements/family-documents/events.js';
export * from './elements/family-inbox/events.js';
export * from './elements/invoice-list/events.js';
export { FpCartChangedEvent, FpErrorEvent, FpSubmittedEvent } from './shared/events.js';
export type { FpCartChangedDetail, FpErrorDetail, FpSubmittedDetail } from './shared/events.js';
export type { Translations } from './shared/i18n/localize.js';
export * from './adapter/index.js';
// The memory adapter is its own entry (`family-portal-widgets/memory`): `adapter="memory"` loads it on demand.
export type { MemoryFamily, MemoryProfile } from './adapter/memory/index.js';
// The domain's types; its schemas and rules (national numbers, phones…) are `family-portal-widgets/domain`.
export type * from './domain/index.js';

/**
 * The all-in-one entry: every element registered, plus the public classes,
 * events, adapters and domain types for hosts that script the elements.
 */
import './elements/camp-week-picker/define.js';
import './elements/child-enrol/define.js';
import './elements/child-register/define.js';
import './elements/family-cart/define.js';
import './elements/family-portal/define.js';
import './elements/parent-register/define.js';

export { CampWeekPicker } from './elements/camp-week-picker/camp-week-picker.js';
export type { CampDayChoice } from './elements/camp-week-picker/camp-week-picker.js';
export { ChildEnrol } from './elements/child-enrol/child-enrol.js';
export { ChildRegister } from './elements/child-register/child-register.js';
export { FamilyCart } from './elements/family-cart/family-cart.js';
export { FamilyPortal } from './elements/family-portal/family-portal.js';
export { ParentRegister } from './elements/parent-register/parent-register.js';
export {
  FpCartChangedEvent,
  FpCheckoutEvent,
  FpErrorEvent,
  FpPaidEvent,
  FpSubmittedEvent,
} from './shared/events.js';
export type {
  FpCartChangedDetail,
  FpCheckoutDetail,
  FpErrorDetail,
  FpPaidDetail,
  FpSubmittedDetail,
} from './shared/events.js';
export type { Translations } from './shared/i18n/localize.js';
export * from './adapter/index.js';
// The memory adapter is its own entry (`family-portal-widgets/memory`): `adapter="memory"` loads it on demand.
export type { MemoryFamily, MemoryProfile } from './adapter/memory/index.js';
// The domain's types; its schemas and rules (national numbers, phones…) are `family-portal-widgets/domain`.
export type * from './domain/index.js';

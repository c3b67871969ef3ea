/*
 * The commune service's rules over the database, feature by feature (see
 * requests.ts, family.ts, children.ts, back-office.ts): each function loads
 * the state its domain decision needs, calls it and stores the outcome.
 * Every function is scoped to one family (the session's).
 */

export {
  addHistory,
  currentParent,
  familyOfAccount,
  getRequest,
  iso,
  newRequest,
  receiptJson,
  send,
  toReceipt,
  type Family,
  type ReceiptJson,
  type ServiceOptions,
} from './requests.js';
export { getFamily, registerParent, requestParentChange } from './family.js';
export {
  getChild,
  getSchools,
  lockedChild,
  registerChild,
  requestChildChange,
  submitHealthForm,
} from './children.js';
export { decide } from './back-office.js';

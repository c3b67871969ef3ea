import { attachmentOperations, calendarOperations } from './calendar.js';
import { campOperations } from './camps.js';
import { cartOperations } from './cart.js';
import { childrenOperations } from './children.js';
import { familyOperations } from './family.js';
import { invoiceOperations } from './invoices.js';
import { documentOperations, messageOperations } from './messages.js';
import type { features } from './features.js';
import type { MethodsOf, Operation } from './operation.js';

export * from './operation.js';
export * from './features.js';
export { RemovedDraftSchema } from './camps.js';
export { ParentRegistrationSchema, type ParentRegistration } from './family.js';
export {
  attachmentOperations,
  calendarOperations,
  campOperations,
  cartOperations,
  childrenOperations,
  familyOperations,
  invoiceOperations,
  messageOperations,
  documentOperations,
};

/** Every operation of the contract, by its adapter method's name. */
export const operations = {
  ...familyOperations,
  ...childrenOperations,
  ...campOperations,
  ...cartOperations,
  ...calendarOperations,
  ...attachmentOperations,
  ...invoiceOperations,
  ...messageOperations,
  ...documentOperations,
} satisfies Record<string, Operation>;

export type OperationName = keyof typeof operations;

/** The family: the commune's settings, the family's snapshot, the parent's registration and changes. */
export type FamilyFeature = MethodsOf<typeof familyOperations>;
/** The children: schools, registration, records, health forms, change requests. */
export type ChildrenFeature = MethodsOf<typeof childrenOperations>;
/** The camps: places, enrolments, waiting lists, drafts, unsubscribing. */
export type CampsFeature = MethodsOf<typeof campOperations>;
/** Closing the camp requests, the cart, paying. */
export type CartFeature = MethodsOf<typeof cartOperations>;
/** After-school, canteen and Wednesday bookings: the planning, changes, period bookings, copies, absences, the iCal feed. */
export type CalendarFeature = MethodsOf<typeof calendarOperations>;
/** Files the family sends with a request. */
export type AttachmentsFeature = MethodsOf<typeof attachmentOperations>;
/** Invoices: the list, paying several at once, disputes, the statement, tax certificates, their PDFs. */
export type InvoicesFeature = MethodsOf<typeof invoiceOperations>;
/** Messages with the services: threads, answers, read state, their files. */
export type MessagesFeature = MethodsOf<typeof messageOperations>;
/** Documents the service publishes for the family, proofs the family sends. */
export type DocumentsFeature = MethodsOf<typeof documentOperations>;

/** True when two unions hold the same names. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compiles only while the names by feature (features.ts) are the table's. */
export type FeatureNamesMatchTable = Assert<
  Same<
    [
      Same<keyof typeof familyOperations, (typeof features.family)[number]>,
      Same<keyof typeof childrenOperations, (typeof features.children)[number]>,
      Same<keyof typeof campOperations, (typeof features.camps)[number]>,
      Same<keyof typeof cartOperations, (typeof features.cart)[number]>,
      Same<keyof typeof calendarOperations, (typeof features.calendar)[number]>,
      Same<keyof typeof attachmentOperations, (typeof features.attachments)[number]>,
      Same<keyof typeof invoiceOperations, (typeof features.invoices)[number]>,
      Same<keyof typeof messageOperations, (typeof features.messages)[number]>,
      Same<keyof typeof documentOperations, (typeof features.documents)[number]>,
    ],
    [true, true, true, true, true, true, true, true, true]
  >
>;

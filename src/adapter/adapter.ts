import type {
  Camp,
  CampAvailability,
  CampEnrolment,
  CampEnrolmentInput,
  CampEnrolmentSummary,
  CampUnsubscribeInput,
  CampWaiting,
  Cart,
  EnrolmentDraft,
  EnrolmentDraftInput,
  PaymentOutcome,
  PaymentReturn,
  PaymentStart,
  ClosingPreview,
  ChildChangeInput,
  ChildIdentity,
  ChildRecord,
  ChildRegistration,
  CommuneSettings,
  FamilySnapshot,
  HealthForm,
  ParentChangeInput,
  ParentIdentity,
  RequestReceipt,
  SchoolSite,
} from '../domain/index.js';

/** Options of every read: the signal aborts it when the element no longer needs the answer. */
export interface ReadOptions {
  signal?: AbortSignal;
}

/**
 * Options of every state-changing call. One idempotency key per logical action,
 * kept by the element until it succeeds (also across a reload): the backend
 * answers a repeated key with the first answer instead of acting twice.
 */
export interface WriteOptions extends ReadOptions {
  idempotencyKey: string;
}

/**
 * What elements need from a municipality's backend. Implementations: the memory
 * adapter (seeded, in the browser) and the REST adapter. Every method either
 * resolves with schema-checked data or rejects with an `AdapterError`.
 */
export interface FamilyPortalAdapter {
  /** The commune's settings (country, national number rule, contact). */
  getCommune(options?: ReadOptions): Promise<CommuneSettings>;
  /** What the service knows of the signed-in family. */
  getFamily(options?: ReadOptions): Promise<FamilySnapshot>;
  /** "M'enregistrer en tant que parent". */
  registerParent(identity: ParentIdentity, options: WriteOptions): Promise<RequestReceipt>;
  /** A known parent asks the service to change their details. */
  requestParentChange(input: ParentChangeInput, options: WriteOptions): Promise<RequestReceipt>;
  /** One request with its status history. */
  getRequest(requestId: string, options?: ReadOptions): Promise<RequestReceipt>;
  /** The commune's school sites and the grades taught at each. */
  getSchools(options?: ReadOptions): Promise<SchoolSite[]>;
  /** "Enregistrer un enfant": a child the service already knows is linked, not created twice. */
  registerChild(identity: ChildIdentity, options: WriteOptions): Promise<ChildRegistration>;
  /** One child of the family, with their health form. */
  getChild(childId: string, options?: ReadOptions): Promise<ChildRecord>;
  /**
   * The health form of a child: recorded at once when the child has none,
   * confirmed when unchanged, otherwise sent as a change request (seed 004).
   */
  submitHealthForm(childId: string, form: HealthForm, options: WriteOptions): Promise<RequestReceipt>;
  /** A change to a child's identity or health form, which the service accepts or refuses. */
  requestChildChange(
    childId: string,
    input: ChildChangeInput,
    options: WriteOptions,
  ): Promise<RequestReceipt>;
  /** The commune's camps ("plaines", "stages"): weeks, days, activities, groups, prices, registration period. */
  getCamps(options?: ReadOptions): Promise<Camp[]>;
  /** A camp for one child of the family: their group and its places day by day. */
  getCampAvailability(campId: string, childId: string, options?: ReadOptions): Promise<CampAvailability>;
  /**
   * "Inscrire mon enfant à une plaine", for a child whose identity and health
   * form are complete, while registration is open: the places are reserved at
   * once, week by week; a week with a full day reserves none and says so.
   */
  enrolInCamp(input: CampEnrolmentInput, options: WriteOptions): Promise<CampEnrolment>;
  /** A full week of an enrolment request onto its waiting list, in one click: the answer is the position. */
  joinWaitingList(requestId: string, weekId: string, options: WriteOptions): Promise<CampWaiting>;
  /**
   * "Mes inscriptions": every camp enrolment request of the family, the
   * newest first, with where it stands (open, closed, paid, cancelled) and
   * where each of its weeks stands.
   */
  getCampEnrolments(options?: ReadOptions): Promise<CampEnrolmentSummary[]>;
  /**
   * "Désinscription": asks the service to unsubscribe the child from a booked
   * week of a paid enrolment, before its first day, with the reason. A new
   * request (`camp-unsubscribe`) the service accepts (the places are given
   * back; any refund is its business) or refuses (the week stays booked).
   */
  requestCampUnsubscribe(input: CampUnsubscribeInput, options: WriteOptions): Promise<RequestReceipt>;
  /** What "Clôturer mes demandes" would bill, before confirming: each camp's price with its degressive breakdown. */
  previewClosing(options?: ReadOptions): Promise<ClosingPreview>;
  /**
   * "Clôturer mes demandes": every open camp request of every child closed
   * together, one article in the cart with their total, to pay within the
   * camp's delay. Answers the cart.
   */
  closeRequests(options: WriteOptions): Promise<Cart>;
  /** The family's cart: its unpaid articles. */
  getCart(options?: ReadOptions): Promise<Cart>;
  /** "Retirer mon article du panier et libérer les places": the requests are cancelled, their places freed. */
  removeCartArticle(articleId: string, options: WriteOptions): Promise<Cart>;
  /** Saves an enrolment in progress under its tracking code (a new one when it has none). */
  saveEnrolmentDraft(input: EnrolmentDraftInput, options: WriteOptions): Promise<EnrolmentDraft>;
  /** "Brouillons en cours": the family's enrolments in progress, the latest first. */
  getEnrolmentDrafts(options?: ReadOptions): Promise<EnrolmentDraft[]>;
  /** "Abandonner": the draft is gone. */
  deleteEnrolmentDraft(trackingCode: string, options: WriteOptions): Promise<void>;
  /** "Payer": a payment for an unpaid article; the parent goes to `redirectUrl` and comes back to `returnUrl`. */
  startPayment(articleId: string, returnUrl: string, options: WriteOptions): Promise<PaymentStart>;
  /** Back from the provider: its signed answer checked, the article paid (or still to pay). */
  completePayment(answer: PaymentReturn, options: WriteOptions): Promise<PaymentOutcome>;
}

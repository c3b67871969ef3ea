import * as z from 'zod/mini';
import { operations, ParentRegistrationSchema, type Operation } from '../../src/domain/operations/index.js';
import {
  AbsenceInputSchema,
  AttachmentSchema,
  attachmentRules,
  BookingChangesInputSchema,
  BookingPreviewSchema,
  BookingResultSchema,
  CalendarFeedSchema,
  PeriodBookingSchema,
  PlanningCopySchema,
  PlanningSchema,
  CampAvailabilitySchema,
  CampEnrolmentInputSchema,
  CampEnrolmentSchema,
  CampEnrolmentSummarySchema,
  CampUnsubscribeBodySchema,
  CampWaitingSchema,
  CartSchema,
  ClosingPreviewSchema,
  EnrolmentDraftInputSchema,
  EnrolmentDraftSchema,
  PaymentOutcomeSchema,
  PaymentReturnSchema,
  PaymentStartInputSchema,
  PaymentStartSchema,
  WaitingListInputSchema,
  CampSchema,
  ChildChangeInputSchema,
  ChildIdentitySchema,
  HealthFormSchema,
  ChildRecordSchema,
  ChildRegistrationSchema,
  CommuneSettingsSchema,
  FamilySnapshotSchema,
  FieldIssueSchema,
  ParentChangeInputSchema,
  ParentIdentitySchema,
  RequestReceiptSchema,
  SchoolSiteSchema,
} from '../../src/domain/index.js';

/** The Session answer (api/README.md): not a domain object, it lives at the HTTP boundary. */
export const SessionSchema = z.object({
  account: z.object({ email: z.optional(z.email()), displayName: z.optional(z.string()) }),
  csrfToken: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});

const schema = (value: z.ZodMiniType) => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(value, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'One key per logical action, kept across retries: a repeat replays the first answer for 24 h.',
  schema: { type: 'string', minLength: 1, maxLength: 200 },
};
const errors = {
  '401': problem('No session'),
  '403': problem('Missing or wrong X-CSRF-Token (cookie sessions)'),
  '500': problem('The service ran into a problem'),
};
const writeErrors = {
  ...errors,
  '400': problem('Malformed body or missing Idempotency-Key'),
  '409': problem('In conflict with the family’s state, or the key was used for another body'),
  '413': problem('Body too large'),
  '415': problem('Not JSON'),
  '422': problem('Invalid details: fieldIssues says which'),
};

const computeErrors = {
  ...errors,
  '400': problem('Malformed body'),
  '413': writeErrors['413'],
  '415': writeErrors['415'],
  '422': writeErrors['422'],
};
const uploadErrors = {
  '413': problem('`attachment.too-large`: the file is above 10 MB (the body is cut as soon as it is)'),
  '415': problem(
    '`attachment.type`: not a PDF, JPEG or PNG by its first bytes (or not what it declares); `body.unsupported-type`: not multipart',
  ),
  '422': problem('No file in the field `file`, or `attachment.empty`'),
};

/** The domain schemas the document names, so that operations refer to them. */
const named: Record<string, z.ZodMiniType> = {
  CommuneSettings: CommuneSettingsSchema,
  FamilySnapshot: FamilySnapshotSchema,
  ParentIdentity: ParentIdentitySchema,
  ParentRegistration: ParentRegistrationSchema,
  ParentChangeInput: ParentChangeInputSchema,
  RequestReceipt: RequestReceiptSchema,
  Session: SessionSchema,
  SchoolSite: SchoolSiteSchema,
  Camp: CampSchema,
  CampAvailability: CampAvailabilitySchema,
  CampEnrolmentInput: CampEnrolmentInputSchema,
  CampEnrolment: CampEnrolmentSchema,
  CampEnrolmentSummary: CampEnrolmentSummarySchema,
  CampUnsubscribeBody: CampUnsubscribeBodySchema,
  CampWaiting: CampWaitingSchema,
  ClosingPreview: ClosingPreviewSchema,
  Cart: CartSchema,
  EnrolmentDraft: EnrolmentDraftSchema,
  EnrolmentDraftInput: EnrolmentDraftInputSchema,
  PaymentStart: PaymentStartSchema,
  PaymentStartInput: PaymentStartInputSchema,
  WaitingListInput: WaitingListInputSchema,
  PaymentReturn: PaymentReturnSchema,
  PaymentOutcome: PaymentOutcomeSchema,
  ChildIdentity: ChildIdentitySchema,
  ChildRecord: ChildRecordSchema,
  ChildRegistration: ChildRegistrationSchema,
  HealthForm: HealthFormSchema,
  ChildChangeInput: ChildChangeInputSchema,
  Planning: PlanningSchema,
  BookingChangesInput: BookingChangesInputSchema,
  BookingResult: BookingResultSchema,
  BookingPreview: BookingPreviewSchema,
  PeriodBooking: PeriodBookingSchema,
  PlanningCopy: PlanningCopySchema,
  AbsenceInput: AbsenceInputSchema,
  Attachment: AttachmentSchema,
  CalendarFeed: CalendarFeedSchema,
};

const nameOf = new Map(Object.entries(named).map(([name, value]) => [value, name]));

/** A schema as the document shows it: a reference when it is named, an array of one, else inline. */
function described(value: z.ZodMiniType) {
  const known = nameOf.get(value);
  if (known) return ref(known);
  const def = (value as unknown as { _zod: { def: { type: string; element?: z.ZodMiniType } } })._zod.def;
  if (def.type === 'array' && def.element && nameOf.has(def.element))
    return { type: 'array', items: ref(nameOf.get(def.element)!) };
  return schema(value);
}

/** A query's parameters from its object schema, each with its own schema. */
function queryParameters(query: z.ZodMiniType | undefined) {
  if (!query) return [];
  const { properties = {}, required = [] } = schema(query) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema: property,
  }));
}

/** One file in the multipart field `file`. */
const uploadBody = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      },
      encoding: { file: { contentType: attachmentRules.mediaTypes.join(', ') } },
    },
  },
};

/** The paths of every operation of the table (src/domain/operations). */
function operationPaths() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, operation] of Object.entries(operations) as [string, Operation][]) {
    const parameters = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, param]) => ({
      name: param,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    // A computation (a preview) is a POST that records nothing: no key, answered 200.
    const write = operation.method === 'post' && operation.idempotent !== false;
    const conflicts = Object.entries(operation.conflicts ?? {});
    const responses = {
      [write ? '201' : '200']: operation.download
        ? {
            // A file: its bytes, named by Content-Disposition (the REST adapter reads it as a DownloadedFile).
            description: 'The file, as an attachment',
            headers: {
              'Content-Disposition': {
                description: 'attachment; filename="…"; filename*=UTF-8\'\'…',
                schema: { type: 'string' },
              },
            },
            content: Object.fromEntries(
              operation.download.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
            ),
          }
        : {
            description: write ? 'Recorded' : 'OK',
            content: { 'application/json': { schema: described(operation.answer) } },
          },
      ...(operation.notFound ? { '404': problem(operation.notFound) } : {}),
      ...(operation.public
        ? {}
        : operation.method === 'post'
          ? write
            ? writeErrors
            : computeErrors
          : operation.query
            ? { ...errors, '422': writeErrors['422'] }
            : errors),
      ...(write && conflicts.length > 0
        ? {
            '409': problem(
              `${conflicts.map(([code, meaning]) => `\`${code}\`: ${meaning}`).join('; ')}; or the key was used for another body`,
            ),
          }
        : {}),
      ...(operation.upload ? uploadErrors : {}),
    };
    const allParameters = [
      ...parameters,
      ...queryParameters(operation.query),
      ...(write ? [idempotencyKey] : []),
    ];
    (paths[operation.path] ??= {})[operation.method] = {
      operationId: name,
      summary: operation.summary,
      ...(operation.public ? { security: [] } : {}),
      ...(allParameters.length > 0 ? { parameters: allParameters } : {}),
      ...(operation.upload
        ? { requestBody: uploadBody }
        : operation.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: described(operation.body) } },
              },
            }
          : {}),
      responses,
    };
  }
  return paths;
}

/** The OpenAPI 3.1 document of the REST contract, generated from the domain schemas. */
export function buildOpenApi() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Family portal REST API',
      version: '1.0.0',
      description:
        'The contract between the family portal elements and a commune’s backend. See api/README.md.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        cookie: { type: 'apiKey', in: 'cookie', name: 'fp_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas: {
        ...Object.fromEntries(Object.entries(named).map(([name, value]) => [name, schema(value)])),
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code', 'requestId'],
          properties: {
            type: {
              type: 'string',
              format: 'uri',
              description:
                'Ends in the error type: validation, auth, not-found, conflict, capacity or server.',
            },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            code: { type: 'string' },
            requestId: { type: 'string' },
            fieldIssues: { type: 'array', items: schema(FieldIssueSchema) },
          },
        },
      },
    },
    security: [{ cookie: [] }, { bearer: [] }],
    paths: {
      '/session': {
        get: {
          summary: 'The current session',
          responses: { '200': { description: 'OK', content: json('Session') }, '401': errors['401'] },
        },
        post: {
          summary: 'Demo sign-in (development only)',
          security: [],
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['account'],
                  properties: { account: { type: 'string' } },
                },
              },
            },
          },
          responses: {
            '201': { description: 'Signed in; sets the fp_session cookie', content: json('Session') },
            '422': writeErrors['422'],
          },
        },
        delete: {
          summary: 'Sign out',
          responses: { '204': { description: 'Signed out' }, '401': errors['401'] },
        },
      },
      ...operationPaths(),
    },
  };
}

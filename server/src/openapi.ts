import * as z from 'zod/mini';
import {
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
        CommuneSettings: schema(CommuneSettingsSchema),
        FamilySnapshot: schema(FamilySnapshotSchema),
        ParentIdentity: schema(ParentIdentitySchema),
        ParentChangeInput: schema(ParentChangeInputSchema),
        RequestReceipt: schema(RequestReceiptSchema),
        Session: schema(SessionSchema),
        SchoolSite: schema(SchoolSiteSchema),
        Camp: schema(CampSchema),
        CampAvailability: schema(CampAvailabilitySchema),
        CampEnrolmentInput: schema(CampEnrolmentInputSchema),
        CampEnrolment: schema(CampEnrolmentSchema),
        CampEnrolmentSummary: schema(CampEnrolmentSummarySchema),
        CampUnsubscribeBody: schema(CampUnsubscribeBodySchema),
        CampWaiting: schema(CampWaitingSchema),
        ClosingPreview: schema(ClosingPreviewSchema),
        Cart: schema(CartSchema),
        EnrolmentDraft: schema(EnrolmentDraftSchema),
        EnrolmentDraftInput: schema(EnrolmentDraftInputSchema),
        PaymentStart: schema(PaymentStartSchema),
        PaymentStartInput: schema(PaymentStartInputSchema),
        WaitingListInput: schema(WaitingListInputSchema),
        PaymentReturn: schema(PaymentReturnSchema),
        PaymentOutcome: schema(PaymentOutcomeSchema),
        ChildIdentity: schema(ChildIdentitySchema),
        ChildRecord: schema(ChildRecordSchema),
        ChildRegistration: schema(ChildRegistrationSchema),
        HealthForm: schema(HealthFormSchema),
        ChildChangeInput: schema(ChildChangeInputSchema),
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
      '/commune': {
        get: {
          summary: 'The commune’s settings',
          security: [],
          responses: { '200': { description: 'OK', content: json('CommuneSettings') } },
        },
      },
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
      '/family': {
        get: {
          summary: 'What the service knows of the signed-in family',
          responses: { '200': { description: 'OK', content: json('FamilySnapshot') }, ...errors },
        },
      },
      '/parent': {
        post: {
          summary: 'Register as a parent',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json('ParentIdentity') },
          responses: { '201': { description: 'Recorded', content: json('RequestReceipt') }, ...writeErrors },
        },
      },
      '/parent/change-requests': {
        post: {
          summary: 'Ask the service to change one’s details',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json('ParentChangeInput') },
          responses: {
            '201': {
              description: 'Recorded, pending the service’s decision',
              content: json('RequestReceipt'),
            },
            ...writeErrors,
          },
        },
      },
      '/schools': {
        get: {
          summary: 'The commune’s school sites and the grades taught at each',
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema: { type: 'array', items: ref('SchoolSite') } } },
            },
            ...errors,
          },
        },
      },
      '/children': {
        post: {
          summary: 'Register a child; one the family already has is linked, not created twice',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json('ChildIdentity') },
          responses: {
            '201': { description: 'Recorded', content: json('ChildRegistration') },
            ...writeErrors,
          },
        },
      },
      '/camps': {
        get: {
          summary: 'The commune’s camps: weeks, days, activities, groups, prices and registration period',
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema: { type: 'array', items: ref('Camp') } } },
            },
            ...errors,
          },
        },
      },
      '/camp-enrolments': {
        get: {
          summary:
            'The family’s camp enrolment requests (“Mes inscriptions”), the newest first: where each stands, and each of its weeks',
          responses: {
            '200': {
              description: 'OK',
              content: {
                'application/json': { schema: { type: 'array', items: ref('CampEnrolmentSummary') } },
              },
            },
            ...errors,
          },
        },
        post: {
          summary:
            'Enrol a child in a camp: places reserved at once, week by week; a week with a full day reserves none',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json('CampEnrolmentInput') },
          responses: {
            '201': { description: 'Recorded: each week accepted or full', content: json('CampEnrolment') },
            '404': problem('No such camp, or no such child in this family'),
            ...writeErrors,
          },
        },
      },
      '/camp-enrolments/{id}/waiting-list': {
        post: {
          summary: 'A full week of an enrolment request onto its waiting list; the answer is the position',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            idempotencyKey,
          ],
          requestBody: { required: true, content: json('WaitingListInput') },
          responses: {
            '201': {
              description: 'On the list (joining again answers the same position)',
              content: json('CampWaiting'),
            },
            '404': problem('No such enrolment request in this family'),
            ...writeErrors,
            '409': problem(
              '`camp.week-not-full`: the week was not full for this request; `request.cancelled`: the request was removed from the cart or released at its deadline; or the key was used for another body',
            ),
          },
        },
      },
      '/camp-enrolments/{id}/unsubscribe': {
        post: {
          summary:
            'Ask the service to unsubscribe the child from a booked week of a paid enrolment, before its first day, with the reason',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            idempotencyKey,
          ],
          requestBody: { required: true, content: json('CampUnsubscribeBody') },
          responses: {
            '201': {
              description: 'Recorded (a camp-unsubscribe request), pending the service’s decision',
              content: json('RequestReceipt'),
            },
            '404': problem('No such enrolment request in this family'),
            ...writeErrors,
          },
        },
      },
      '/enrolment-drafts': {
        get: {
          summary: 'The family’s enrolments in progress (“Brouillons en cours”), the latest first',
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema: { type: 'array', items: ref('EnrolmentDraft') } } },
            },
            ...errors,
          },
        },
        post: {
          summary: 'Save an enrolment in progress under its tracking code (a new one when it has none)',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json('EnrolmentDraftInput') },
          responses: {
            '201': { description: 'Saved', content: json('EnrolmentDraft') },
            '404': problem('No such draft in this family'),
            ...writeErrors,
          },
        },
      },
      '/enrolment-drafts/{code}/removal': {
        post: {
          summary: 'Abandon an enrolment in progress',
          parameters: [
            { name: 'code', in: 'path', required: true, schema: { type: 'string' } },
            idempotencyKey,
          ],
          responses: {
            '201': {
              description: 'Gone',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['trackingCode'],
                    properties: { trackingCode: { type: 'string' } },
                  },
                },
              },
            },
            '404': problem('No such draft in this family'),
            ...writeErrors,
          },
        },
      },
      '/cart': {
        get: {
          summary: 'The family’s cart: its unpaid articles and their total',
          responses: { '200': { description: 'OK', content: json('Cart') }, ...errors },
        },
      },
      '/cart/articles/{id}/removal': {
        post: {
          summary: 'Remove an unpaid article: its requests are cancelled and their places freed',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            idempotencyKey,
          ],
          responses: {
            '201': { description: 'The cart without it', content: json('Cart') },
            '404': problem('No such unpaid article in this family’s cart'),
            ...writeErrors,
          },
        },
      },
      '/cart/articles/{id}/payments': {
        post: {
          summary: 'Pay an unpaid article: where the provider takes the parent, who comes back to returnUrl',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            idempotencyKey,
          ],
          requestBody: { required: true, content: json('PaymentStartInput') },
          responses: {
            '201': { description: 'Started', content: json('PaymentStart') },
            '404': problem('No such unpaid article in this family’s cart'),
            ...writeErrors,
          },
        },
      },
      '/payments/returns': {
        post: {
          summary: 'The provider’s signed answer, from the return URL: the article paid, or still to pay',
          parameters: [idempotencyKey],
          requestBody: { required: true, content: json('PaymentReturn') },
          responses: {
            '201': { description: 'What the payment became', content: json('PaymentOutcome') },
            '404': problem('No such payment for this family'),
            ...writeErrors,
            '409': problem(
              '`article.not-payable`: paid after the article was released at its deadline or removed (the payment is kept, for the service to refund; a replay answers the same); or the key was used for another body',
            ),
          },
        },
      },
      '/closing': {
        post: {
          summary:
            'Close every open camp request of the family into one cart article (“Clôturer mes demandes”)',
          parameters: [idempotencyKey],
          responses: {
            '201': { description: 'The cart with the new article', content: json('Cart') },
            ...writeErrors,
          },
        },
        get: {
          summary:
            'What closing the family’s open camp requests would bill, camp by camp, with the degressive breakdown',
          responses: {
            '200': { description: 'OK', content: json('ClosingPreview') },
            ...errors,
          },
        },
      },
      '/camps/{campId}/children/{childId}/availability': {
        get: {
          summary: 'A camp for one child of the family: the child’s group and its places day by day',
          parameters: [
            { name: 'campId', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'childId', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '200': { description: 'OK', content: json('CampAvailability') },
            '404': problem('No such camp, or no such child in this family'),
            ...errors,
          },
        },
      },
      '/children/{id}': {
        get: {
          summary: 'One child of the family, with their health form',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'OK', content: json('ChildRecord') },
            '404': problem('No such child in this family'),
            ...errors,
          },
        },
      },
      '/children/{id}/health-form': {
        post: {
          summary:
            'A child’s health form: recorded when the child has none, confirmed when unchanged, else a change request',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            idempotencyKey,
          ],
          requestBody: { required: true, content: json('HealthForm') },
          responses: {
            '201': { description: 'Recorded', content: json('RequestReceipt') },
            '404': problem('No such child in this family'),
            ...writeErrors,
          },
        },
      },
      '/children/{id}/change-requests': {
        post: {
          summary: 'Ask the service to change what it knows of a child',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            idempotencyKey,
          ],
          requestBody: { required: true, content: json('ChildChangeInput') },
          responses: {
            '201': {
              description: 'Recorded, pending the service’s decision',
              content: json('RequestReceipt'),
            },
            '404': problem('No such child in this family'),
            ...writeErrors,
          },
        },
      },
      '/requests/{id}': {
        get: {
          summary: 'One request of the family, with its status history',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'OK', content: json('RequestReceipt') },
            '404': problem('No such request in this family'),
            ...errors,
          },
        },
      },
    },
  };
}

import { expect } from '@open-wc/testing';
import {
  decideRequest,
  decideUnsubscribe,
  Refusal,
  registerChild,
  registerParent,
  requestParentChange,
  requestUnsubscribe,
  type CampEnrolmentSummary,
  type ChildIdentity,
  type CommuneSettings,
  type RequestReceipt,
} from '../../src/domain/index.js';
import { sophie } from '../fixtures.js';

const commune: CommuneSettings = {
  id: 'wavre',
  name: 'Wavre',
  country: 'BE',
  nationalNumber: 'required',
  serviceName: 'Service Jeunesse',
  contactEmail: 'jeunesse@wavre.be',
};
const now = new Date('2027-04-01T10:00:00Z');

function code(act: () => unknown): string | undefined {
  try {
    act();
    return undefined;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return error.code;
  }
}

describe('decision: a parent’s registration', () => {
  const state = {
    input: sophie,
    parentKnown: false,
    registrationPending: false,
    commune,
    accountEmail: sophie.email,
    mode: 'automatic' as 'automatic' | 'review',
    now,
  };
  const cases: [string, Partial<typeof state>, string | undefined, string[], string][] = [
    ['accepted at once', {}, undefined, ['registration-received', 'registered'], 'registered'],
    [
      'waiting for the service',
      { mode: 'review' },
      undefined,
      ['registration-received'],
      'registration-received',
    ],
    ['refused for a known parent', { parentKnown: true }, 'parent.already-registered', [], ''],
    ['refused while one is pending', { registrationPending: true }, 'registration.pending', [], ''],
    [
      'refused with another e-mail than the account’s',
      { accountEmail: 'other@example.be' },
      'validation.failed',
      [],
      '',
    ],
  ];
  for (const [name, given, refused, statuses, mail] of cases)
    it(name, () => {
      const act = () => registerParent({ ...state, ...given });
      expect(code(act)).to.equal(refused);
      if (refused) return;
      const outcome = act();
      expect(outcome.history.map((entry) => entry.status)).to.deep.equal(statuses);
      expect(outcome.mail).to.deep.equal({ to: sophie.email, code: mail, params: { firstName: 'Sophie' } });
    });
});

describe('decision: a parent’s change request', () => {
  const state = {
    input: { identity: { ...sophie, phone: '+32496444222' }, comment: ' Nouveau numéro ' } as unknown,
    parent: sophie,
    changePending: false,
    commune,
    accountEmail: sophie.email,
    now,
  };
  const cases: [string, Partial<typeof state>, string | undefined][] = [
    ['taken with its changes and comment', {}, undefined],
    ['refused without a parent', { parent: undefined }, 'parent.not-registered'],
    ['refused while one is pending', { changePending: true }, 'change.pending'],
    ['refused when it changes and says nothing', { input: { identity: sophie } }, 'validation.failed'],
  ];
  for (const [name, given, refused] of cases)
    it(name, () => expect(code(() => requestParentChange({ ...state, ...given }))).to.equal(refused));

  it('keeps the comment, trimmed, in the history', () => {
    const outcome = requestParentChange(state);
    expect(outcome.changes.map((change) => change.field)).to.deep.equal(['phone']);
    expect(outcome.history[0]).to.deep.include({ status: 'change-received', message: 'Nouveau numéro' });
  });
});

describe('decision: a child’s registration', () => {
  const lea: ChildIdentity = {
    lastName: 'Lambert',
    firstName: 'Léa',
    birthDate: '2020-02-02',
    sex: 'female',
    invoicesTo: 'me',
  };
  const state = { input: lea, parentKnown: true, children: [], country: 'BE' as const, schools: [], now };
  const cases: [
    string,
    Partial<typeof state> & { children?: never[] },
    string | undefined,
    string | undefined,
  ][] = [
    ['creates a child the family does not have', {}, undefined, undefined],
    [
      'links a child the family has',
      { children: [{ id: 'chi-7', identity: lea }] as never[] },
      undefined,
      'chi-7',
    ],
    ['refuses without a parent', { parentKnown: false }, 'parent.not-registered', undefined],
    [
      'refuses a child born tomorrow',
      { input: { ...lea, birthDate: '2027-04-02' } },
      'validation.failed',
      undefined,
    ],
  ];
  for (const [name, given, refused, linked] of cases)
    it(name, () => {
      const act = () => registerChild({ ...state, ...given });
      expect(code(act)).to.equal(refused);
      if (!refused) {
        const outcome = act();
        expect(outcome.linkedChildId).to.equal(linked);
        expect(outcome.history.map((entry) => entry.status)).to.deep.equal([
          'child-received',
          linked ? 'child-linked' : 'child-registered',
        ]);
      }
    });
});

const enrolment: CampEnrolmentSummary = {
  receipt: {
    id: 'req-1',
    number: '27-1',
    trackingCode: 'ABCDEFGH',
    kind: 'camp-enrolment',
    status: 'accepted',
    submittedAt: '2027-03-02T10:00:00.000Z',
    history: [],
  },
  campId: 'summer',
  campName: 'Plaine d’été',
  childId: 'chi-1',
  firstName: 'Léa',
  state: 'paid',
  weeks: [{ weekId: 's28', label: 'S28', days: ['2027-07-12'], status: 'booked' }],
};

describe('decision: unsubscribe from a week', () => {
  const input = { requestId: 'req-1', weekId: 's28', reason: 'Vacances' };
  const cases: [string, CampEnrolmentSummary | undefined, Date, string | undefined][] = [
    ['a booked week of a paid enrolment, before it starts', enrolment, now, undefined],
    ['not an unknown enrolment', undefined, now, 'request.not-found'],
    ['not an unpaid one', { ...enrolment, state: 'closed' }, now, 'camp.unsubscribe-not-paid'],
    ['not once the week began', enrolment, new Date('2027-07-12T10:00:00Z'), 'camp.unsubscribe-started'],
  ];
  for (const [name, given, at, refused] of cases)
    it(`asks for ${name}`, () => expect(code(() => requestUnsubscribe(given, input, at))).to.equal(refused));

  it('says which week of which child, and why', () => {
    const outcome = requestUnsubscribe(enrolment, input, now);
    expect(outcome.history[0]).to.deep.include({
      status: 'camp-unsubscribe-received',
      params: { camp: 'Plaine d’été', week: 'S28', child: 'Léa' },
      message: 'Vacances',
    });
  });

  const decisions: ['accepted' | 'refused', string[] | undefined, string][] = [
    ['accepted', ['2027-07-12'], 'camp-unsubscribe-accepted'],
    ['refused', undefined, 'camp-unsubscribe-refused'],
  ];
  for (const [decision, freed, status] of decisions)
    it(`${decision} by the service: ${freed ? 'the week’s places given back' : 'the week stays booked'}`, () => {
      const outcome = decideUnsubscribe(enrolment, 's28', decision, 'Trop tard', 'Service Jeunesse', now);
      expect(outcome.freeDays).to.deep.equal(freed);
      expect([...outcome.history, ...outcome.enrolmentHistory].map((entry) => entry.status)).to.deep.equal([
        status,
        status,
      ]);
    });
});

describe('decision: the back office decides a request', () => {
  const request = (
    kind: RequestReceipt['kind'],
    payload: unknown,
    status: RequestReceipt['status'] = 'pending',
  ) => ({
    id: 'req-9',
    number: '27-9',
    kind,
    status,
    payload,
  });
  const state = { reason: 'Incomplet', parent: sophie, accountEmail: undefined, enrolment, commune, now };
  const cases: [
    string,
    ReturnType<typeof request>,
    'accepted' | 'refused',
    { refused?: string; status?: string; effect?: string; mail?: { code: string; params: object } },
  ][] = [
    [
      'refuses a request decided already',
      request('parent-change', sophie, 'accepted'),
      'accepted',
      { refused: 'request.not-pending' },
    ],
    [
      'leaves a camp enrolment to its payment',
      request('camp-enrolment', {}),
      'accepted',
      { refused: 'request.not-decided-by-service' },
    ],
    [
      'registers the parent',
      request('parent-registration', sophie),
      'accepted',
      {
        status: 'registered',
        effect: 'register',
        mail: {
          code: 'request-accepted',
          params: { firstName: 'Sophie', kind: 'parent-registration', number: '27-9' },
        },
      },
    ],
    [
      'refuses a registration, with the reason',
      request('parent-registration', sophie),
      'refused',
      {
        status: 'registration-refused',
        mail: {
          code: 'request-refused',
          params: { firstName: 'Sophie', kind: 'parent-registration', number: '27-9', reason: 'Incomplet' },
        },
      },
    ],
    [
      'applies a parent’s change',
      request('parent-change', sophie),
      'accepted',
      { status: 'change-accepted', effect: 'update' },
    ],
    [
      'applies a child’s change',
      request('child-change', { comment: 'Nouvelle école' }),
      'accepted',
      { status: 'child-change-accepted', effect: 'child' },
    ],
    [
      'refuses a child’s change',
      request('child-change', { comment: 'x' }),
      'refused',
      { status: 'child-change-refused' },
    ],
    [
      'accepts an unsubscribe',
      request('camp-unsubscribe', { requestId: 'req-1', weekId: 's28', reason: 'x' }),
      'accepted',
      {
        status: 'camp-unsubscribe-accepted',
        effect: 'unsubscribe',
        mail: {
          code: 'request-accepted',
          params: {
            firstName: 'Sophie',
            kind: 'camp-unsubscribe',
            number: '27-9',
            child: 'Léa',
            week: 'S28',
          },
        },
      },
    ],
  ];
  for (const [name, given, decision, expected] of cases)
    it(name, () => {
      const act = () => decideRequest({ ...state, request: given, decision });
      expect(code(act)).to.equal(expected.refused);
      if (expected.refused) return;
      const outcome = act();
      expect(outcome.status).to.equal(decision);
      expect(outcome.history.at(-1)?.status).to.equal(expected.status);
      expect(outcome.history.at(-1)?.author).to.equal('Service Jeunesse');
      const effect = outcome.parent
        ? Object.keys(outcome.parent)[0]
        : outcome.child
          ? 'child'
          : outcome.unsubscribe
            ? 'unsubscribe'
            : undefined;
      expect(effect).to.equal(expected.effect);
      expect(outcome.mail.to).to.equal(sophie.email);
      if (expected.mail) expect(outcome.mail).to.deep.include(expected.mail);
      if (decision === 'refused') expect(outcome.mail.params.reason).to.equal('Incomplet');
    });
});

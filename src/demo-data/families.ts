import type {
  ChildRecord,
  FamilySnapshot,
  HealthForm,
  ParentRecord,
  RequestReceipt,
} from '../domain/index.js';
import { childSummary, communeText, defaultHealthFormValidityMonths } from '../domain/index.js';
import { communes, schools, type DemoProfile } from './communes.js';

/**
 * The demo account signed in: `new` (not yet registered), `known` (registered,
 * two children, past requests), `separated` (a child shared with a co-parent
 * living elsewhere), `empty` (registered, no child yet).
 */
export type DemoFamily = 'new' | 'known' | 'separated' | 'empty';

/** Every demo account, one per situation. */
export const demoFamilies: readonly DemoFamily[] = ['new', 'known', 'separated', 'empty'];

/** A health form as a parent filled it in, for the demo's children. */
function demoHealthForm(
  profile: DemoProfile,
  parent: { firstName: string; lastName: string; phone: string },
): HealthForm {
  return {
    doctor: {
      name: profile === 'be' ? 'Dr Marie Lenoir' : 'Dr Paul Delattre',
      phone: profile === 'be' ? '+3210658800' : '+33328600000',
    },
    allergies: [
      {
        kind: 'food',
        substance: 'Arachides',
        severity: 'severe',
        instructions: 'Stylo d’adrénaline dans le sac à dos.',
      },
    ],
    diet: { noPork: false, vegetarian: false, glutenFree: false },
    glasses: false,
    hearingAid: false,
    canSwim: 'a-little',
    tetanusVaccination: '2022-09-01',
    authorisations: { photos: true, goHomeAlone: false, outings: true, emergencyCare: true },
    contacts: [
      {
        firstName: parent.firstName,
        lastName: parent.lastName,
        phone: parent.phone,
        relation: 'parent',
        emergency: true,
        pickup: true,
      },
    ],
  };
}

interface Person {
  email: string;
  displayName: string;
  parent: Omit<ParentRecord, 'email'>;
}

/** The people of each demo account, per profile. National numbers have valid check digits. */
const people: Record<DemoProfile, Record<DemoFamily, Person>> = {
  be: {
    new: {
      email: 'sophie.lambert@example.be',
      displayName: 'Sophie Lambert',
      parent: {
        id: 'par-new',
        lastName: 'Lambert',
        firstName: 'Sophie',
        address: {
          street: 'Rue des Écoles',
          number: '12',
          postcode: '1435',
          city: 'Mont-Saint-Guibert',
          country: 'BE',
        },
        phone: '+32496444111',
      },
    },
    known: {
      email: 'marc.dubois@example.be',
      displayName: 'Marc Dubois',
      parent: {
        id: 'par-1',
        lastName: 'Dubois',
        firstName: 'Marc',
        nationalNumber: '82031412336',
        address: {
          street: 'Grand-Rue',
          number: '27',
          box: '3',
          postcode: '1435',
          city: 'Mont-Saint-Guibert',
          country: 'BE',
        },
        phone: '+32475123456',
      },
    },
    separated: {
      email: 'nadia.benali@example.be',
      displayName: 'Nadia Benali',
      parent: {
        id: 'par-2',
        lastName: 'Benali',
        firstName: 'Nadia',
        nationalNumber: '90112024852',
        address: {
          street: 'Avenue des Tilleuls',
          number: '5',
          postcode: '1435',
          city: 'Hévillers',
          country: 'BE',
        },
        phone: '+32486556677',
      },
    },
    empty: {
      email: 'julie.peeters@example.be',
      displayName: 'Julie Peeters',
      parent: {
        id: 'par-3',
        lastName: 'Peeters',
        firstName: 'Julie',
        nationalNumber: '95042815459',
        address: {
          street: 'Rue de la Station',
          number: '41',
          postcode: '1435',
          city: 'Corbais',
          country: 'BE',
        },
        phone: '+3210457812',
      },
    },
  },
  fr: {
    new: {
      email: 'camille.martin@example.fr',
      displayName: 'Camille Martin',
      parent: {
        id: 'par-new',
        lastName: 'Martin',
        firstName: 'Camille',
        address: {
          street: 'Rue de la République',
          number: '8',
          postcode: '59210',
          city: 'Coudekerque-Branche',
          country: 'FR',
        },
        phone: '+33612345678',
      },
    },
    known: {
      email: 'thomas.lefebvre@example.fr',
      displayName: 'Thomas Lefebvre',
      parent: {
        id: 'par-1',
        lastName: 'Lefebvre',
        firstName: 'Thomas',
        address: {
          street: 'Avenue Jean Jaurès',
          number: '112',
          postcode: '59210',
          city: 'Coudekerque-Branche',
          country: 'FR',
        },
        phone: '+33320654321',
      },
    },
    separated: {
      email: 'ines.moreau@example.fr',
      displayName: 'Inès Moreau',
      parent: {
        id: 'par-2',
        lastName: 'Moreau',
        firstName: 'Inès',
        address: {
          street: 'Rue Pasteur',
          number: '3',
          postcode: '59210',
          city: 'Coudekerque-Branche',
          country: 'FR',
        },
        phone: '+33687654321',
      },
    },
    empty: {
      email: 'lucas.petit@example.fr',
      displayName: 'Lucas Petit',
      parent: {
        id: 'par-3',
        lastName: 'Petit',
        firstName: 'Lucas',
        address: {
          street: 'Rue du Canal',
          number: '19',
          postcode: '59210',
          city: 'Coudekerque-Branche',
          country: 'FR',
        },
        phone: '+33611223344',
      },
    },
  },
};

const registration = (number: string, at: string, serviceName: string): RequestReceipt => ({
  id: `req-${number}`,
  number,
  trackingCode: trackingCode(Number(number.split('-')[1])),
  kind: 'parent-registration',
  status: 'accepted',
  submittedAt: at,
  history: [
    { status: 'registration-received', label: 'Nouvelle demande d’enregistrement', at },
    { status: 'registered', label: 'Vous êtes bien enregistré', at, author: serviceName },
  ],
});

/**
 * 8 capital letters, deterministic per request number: demo data stay the same
 * from run to run. Predictable, so for the demo only: a real backend draws its
 * codes at random (`newTrackingCode`).
 */
export function trackingCode(seed: number): string {
  let state = (seed * 2654435761) >>> 0 || 1;
  let code = '';
  for (let i = 0; i < 8; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    code += String.fromCharCode(65 + ((state >>> 16) % 26));
  }
  return code;
}

/** The first request number after the seeded ones (25-3 … 25-9): the next request of a registered family. */
export const firstFreeRequestNumber = 12;

/** Each family's own registration: request numbers (and ids) are unique in a commune. */
const registrationNumbers: Record<Exclude<DemoFamily, 'new'>, string> = {
  known: '25-3',
  separated: '25-4',
  empty: '25-5',
};

/** One demo account as seeded. */
export interface DemoFamilyState {
  family: FamilySnapshot;
  /** The family's children in full (identity, health form); `family.children` sums them up. */
  children: ChildRecord[];
}

/**
 * A family's state as seeded. Health forms and birth dates are dated from
 * `now`, so that the demo stays the same whatever the day: Léa's form was
 * confirmed two months ago (complete), Tom's over a year before the commune's
 * validity ran out (to update); the children keep their ages (Léa is 10½, in
 * the coming summer's 10–12 group; Tom is 7, in the 7–9 group).
 */
export function demoFamilyState(profile: DemoProfile, family: DemoFamily, now = new Date()): DemoFamilyState {
  const state = seedFamily(profile, family);
  const parent = state.family.parent;
  const site = schools[profile][0]!;
  const grade = (index: number) => site.grades[index]!.id;
  const child = (
    id: string,
    firstName: string,
    lastName: string,
    birthDate: string,
    sex: 'female' | 'male',
    gradeIndex: number,
    confirmedAt: string | null,
  ): ChildRecord => ({
    id,
    identity: {
      lastName,
      firstName,
      birthDate,
      sex,
      schoolSiteId: site.id,
      schoolGradeId: grade(gradeIndex),
      invoicesTo: 'me',
    },
    health: confirmedAt && parent ? { form: demoHealthForm(profile, parent), confirmedAt } : null,
    // Read with the clock of whoever asks: see healthStatus.
    healthForm: 'missing',
  });
  const monthsAgo = (months: number) => {
    const at = new Date(now);
    at.setUTCMonth(at.getUTCMonth() - months);
    return at.toISOString();
  };
  const validity = communes[profile].healthFormValidityMonths ?? defaultHealthFormValidityMonths;
  /** Born on `day` of the month `months` before `now`'s (in November 2026, Léa's 126 months is May 2016). */
  const born = (months: number, day: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day)).toISOString().slice(0, 10);
  if (family === 'known' && parent) {
    state.children = [
      {
        ...child('chi-1', 'Léa', parent.lastName, born(126, 12), 'female', 4, monthsAgo(2)),
        healthForm: 'complete',
      },
      {
        ...child('chi-2', 'Tom', parent.lastName, born(86, 3), 'male', 1, monthsAgo(validity + 3)),
        healthForm: 'to-update',
      },
    ];
  }
  if (family === 'separated') {
    state.children = [
      {
        ...child('chi-3', 'Yasmine', 'Haddad', born(108, 23), 'female', 3, null),
        identity: {
          lastName: 'Haddad',
          firstName: 'Yasmine',
          birthDate: born(108, 23),
          sex: 'female',
          schoolSiteId: site.id,
          schoolGradeId: grade(3),
          otherGuardian: {
            firstName: 'Karim',
            lastName: 'Haddad',
            relation: 'père',
            phone: profile === 'be' ? '+32478998877' : '+33678998877',
            email: 'karim.haddad@example.be',
          },
          invoicesTo: 'both',
        },
      },
    ];
  }
  state.family.children = state.children.map(childSummary);
  return state;
}

function seedFamily(profile: DemoProfile, family: DemoFamily): DemoFamilyState {
  const person = people[profile][family];
  const commune = communes[profile];
  // The service's history entries are written in the commune's language.
  const service = communeText(commune, commune.serviceName);
  const account = { email: person.email, displayName: person.displayName };
  if (family === 'new') {
    return { family: { account, parent: null, coParents: [], children: [], requests: [] }, children: [] };
  }
  const parent: ParentRecord = { ...person.parent, email: person.email };
  const snapshot: FamilySnapshot = {
    account,
    parent,
    coParents: [],
    children: [],
    requests: [registration(registrationNumbers[family], '2025-02-10T10:14:00+01:00', service)],
  };
  if (family === 'known') {
    const formerPhone = profile === 'be' ? '0475 12 34 56' : '03 20 65 43 21';
    snapshot.requests.push(
      {
        id: 'req-25-7',
        number: '25-7',
        trackingCode: trackingCode(7),
        kind: 'parent-change',
        status: 'accepted',
        submittedAt: '2025-06-02T18:40:00+02:00',
        history: [
          {
            status: 'change-received',
            label: 'Demande de modification de vos coordonnées',
            at: '2025-06-02T18:40:00+02:00',
          },
          {
            status: 'change-accepted',
            label: 'Modification acceptée',
            at: '2025-06-04T09:12:00+02:00',
            author: service,
          },
        ],
        changes: [
          { field: 'phone', from: profile === 'be' ? '0475 11 22 33' : '03 20 11 22 33', to: formerPhone },
        ],
      },
      {
        id: 'req-25-9',
        number: '25-9',
        trackingCode: trackingCode(9),
        kind: 'parent-change',
        status: 'refused',
        submittedAt: '2025-09-15T20:05:00+02:00',
        history: [
          {
            status: 'change-received',
            label: 'Demande de modification de vos coordonnées',
            at: '2025-09-15T20:05:00+02:00',
          },
          {
            status: 'change-refused',
            label: 'Modification refusée',
            at: '2025-09-17T11:30:00+02:00',
            author: service,
            message:
              'Merci de joindre une preuve de domicile (composition de ménage ou contrat de bail) à votre nouvelle demande.',
          },
        ],
        changes: [{ field: 'address.street', from: parent.address.street, to: 'Rue du Moulin' }],
      },
    );
  }
  if (family === 'separated') {
    snapshot.coParents = [{ firstName: 'Karim', lastName: 'Haddad', sameAddress: false }];
  }
  return { family: snapshot, children: [] };
}

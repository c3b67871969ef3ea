import {
  dateIn,
  shiftDate,
  zonedInstant,
  communeTimeZone,
  type DocumentCategory,
  type MessageService,
  type PdfDocument,
  type TextPerLanguage,
} from '../domain/index.js';
import { communes, type DemoProfile } from './communes.js';
import type { DemoFamily } from './families.js';

/*
 * The demo's messages and documents, the same for the in-browser demo backend
 * and the reference server's seed: the services a family may write to, the
 * threads a family already has (one answered and read, one answered and not
 * read yet), and what the service publishes for every family (the rules of
 * the after-school care, the month's menus). Dated from `now`. Loaded on
 * demand.
 */

/** The services of each commune a family may write to, and their themes ("Service", "Thème" of seed 002). */
export const demoMessageServices: Record<DemoProfile, MessageService[]> = {
  be: [
    {
      id: 'svc-childcare',
      name: {
        fr: 'Service Enfance – accueil extrascolaire',
        nl: 'Dienst Kinderen – buitenschoolse opvang',
        de: 'Dienst Kinder – außerschulische Betreuung',
        en: 'Children’s service – after-school care',
      },
      description: {
        fr: 'Garderies, repas, mercredis après-midi, absences',
        nl: 'Opvang, maaltijden, woensdagnamiddagen, afwezigheden',
        de: 'Betreuung, Mahlzeiten, Mittwochnachmittage, Abwesenheiten',
        en: 'Before and after school, meals, Wednesday afternoons, absences',
      },
      themes: [
        {
          id: 'thm-bookings',
          name: {
            fr: 'Réservations et absences',
            nl: 'Reservaties en afwezigheden',
            de: 'Reservierungen und Abwesenheiten',
            en: 'Bookings and absences',
          },
        },
        {
          id: 'thm-meals',
          name: {
            fr: 'Repas et allergies',
            nl: 'Maaltijden en allergieën',
            de: 'Mahlzeiten und Allergien',
            en: 'Meals and allergies',
          },
        },
        {
          id: 'thm-other',
          name: { fr: 'Autre question', nl: 'Andere vraag', de: 'Andere Frage', en: 'Another question' },
        },
      ],
    },
    {
      id: 'svc-holidays',
      name: {
        fr: 'Service Jeunesse – plaines de vacances',
        nl: 'Jeugddienst – speelpleinen',
        de: 'Jugenddienst – Ferienlager',
        en: 'Youth service – holiday camps',
      },
      themes: [
        {
          id: 'thm-camp-enrolment',
          name: { fr: 'Inscriptions', nl: 'Inschrijvingen', de: 'Anmeldungen', en: 'Enrolments' },
        },
        {
          id: 'thm-camp-other',
          name: { fr: 'Autre question', nl: 'Andere vraag', de: 'Andere Frage', en: 'Another question' },
        },
      ],
    },
    {
      id: 'svc-billing',
      name: {
        fr: 'Service Finances – facturation',
        nl: 'Financiële dienst – facturatie',
        de: 'Finanzdienst – Rechnungen',
        en: 'Finance – invoicing',
      },
      themes: [
        {
          id: 'thm-invoices',
          name: {
            fr: 'Factures et paiements',
            nl: 'Facturen en betalingen',
            de: 'Rechnungen und Zahlungen',
            en: 'Invoices and payments',
          },
        },
        {
          id: 'thm-tax',
          name: {
            fr: 'Attestations fiscales',
            nl: 'Fiscale attesten',
            de: 'Steuerbescheinigungen',
            en: 'Tax certificates',
          },
        },
      ],
    },
  ],
  fr: [
    {
      id: 'svc-childcare',
      name: {
        fr: 'Service périscolaire',
        nl: 'Buitenschoolse dienst',
        de: 'Schulbetreuung',
        en: 'Before and after-school service',
      },
      description: {
        fr: 'Accueils du matin et du soir, restauration scolaire, mercredis',
        nl: 'Ochtend- en avondopvang, schoolmaaltijden, woensdagen',
        de: 'Früh- und Spätbetreuung, Schulverpflegung, Mittwoche',
        en: 'Morning and evening care, school meals, Wednesdays',
      },
      themes: [
        {
          id: 'thm-bookings',
          name: {
            fr: 'Réservations et absences',
            nl: 'Reservaties en afwezigheden',
            de: 'Reservierungen und Abwesenheiten',
            en: 'Bookings and absences',
          },
        },
        {
          id: 'thm-meals',
          name: {
            fr: 'Restauration et PAI',
            nl: 'Maaltijden en zorgplan',
            de: 'Verpflegung und Gesundheitsplan',
            en: 'Meals and care plans',
          },
        },
        {
          id: 'thm-other',
          name: { fr: 'Autre question', nl: 'Andere vraag', de: 'Andere Frage', en: 'Another question' },
        },
      ],
    },
    {
      id: 'svc-holidays',
      name: {
        fr: 'Accueil de loisirs (ALSH)',
        nl: 'Vakantieopvang',
        de: 'Ferienbetreuung',
        en: 'Holiday centre',
      },
      themes: [
        {
          id: 'thm-camp-enrolment',
          name: { fr: 'Inscriptions', nl: 'Inschrijvingen', de: 'Anmeldungen', en: 'Enrolments' },
        },
        {
          id: 'thm-camp-other',
          name: { fr: 'Autre question', nl: 'Andere vraag', de: 'Andere Frage', en: 'Another question' },
        },
      ],
    },
    {
      id: 'svc-billing',
      name: {
        fr: 'Régie enfance',
        nl: 'Ontvangkantoor kinderen',
        de: 'Kasse Kinderbetreuung',
        en: 'Childcare billing office',
      },
      themes: [
        {
          id: 'thm-invoices',
          name: {
            fr: 'Factures et paiements',
            nl: 'Facturen en betalingen',
            de: 'Rechnungen und Zahlungen',
            en: 'Invoices and payments',
          },
        },
        {
          id: 'thm-tax',
          name: {
            fr: 'Attestations fiscales',
            nl: 'Fiscale attesten',
            de: 'Steuerbescheinigungen',
            en: 'Tax certificates',
          },
        },
      ],
    },
  ],
};

/** One message of a demo thread, `daysAgo` before now at `time` (the commune's time). */
export interface DemoMessage {
  from: 'family' | 'service';
  authorName: string;
  daysAgo: number;
  time: string;
  body: string;
  /** Whether the family has opened it (the service's messages). */
  read: boolean;
}

export interface DemoThread {
  id: string;
  serviceId: string;
  themeId?: string;
  subject: string;
  messages: DemoMessage[];
}

/**
 * A demo family's threads: the families with children wrote about a meal
 * without gluten (answered, read) and about the tax certificate (answered,
 * not read yet: the home and the tab show one unread message).
 */
export function demoThreads(family: DemoFamily): DemoThread[] {
  if (family !== 'known' && family !== 'separated') return [];
  const parent = family === 'known' ? 'Sophie Dubois' : 'Nadia Benali';
  return [
    {
      id: `thr-${family}-1`,
      serviceId: 'svc-childcare',
      themeId: 'thm-meals',
      subject: 'Repas sans gluten à partir de janvier',
      messages: [
        {
          from: 'family',
          authorName: parent,
          daysAgo: 12,
          time: '20:41',
          body: 'Bonjour,\nLe médecin a confirmé une intolérance au gluten. Est-il possible de prévoir des repas sans gluten à la cantine à partir de janvier ?\nMerci d’avance.',
          read: true,
        },
        {
          from: 'service',
          authorName: 'Martine Lefèvre, Service Enfance',
          daysAgo: 10,
          time: '09:15',
          body: 'Bonjour,\nC’est possible. Merci de nous envoyer le certificat médical depuis l’onglet Documents (« Envoyer un justificatif ») ; le repas adapté sera servi dès sa réception.\nBien à vous.',
          read: true,
        },
      ],
    },
    {
      id: `thr-${family}-2`,
      serviceId: 'svc-billing',
      themeId: 'thm-tax',
      subject: 'Attestation fiscale pour la garde d’enfants',
      messages: [
        {
          from: 'family',
          authorName: parent,
          daysAgo: 3,
          time: '18:02',
          body: 'Bonjour,\nQuand l’attestation fiscale de l’année sera-t-elle disponible ?',
          read: true,
        },
        {
          from: 'service',
          authorName: 'Paul Martin, Service Finances',
          daysAgo: 1,
          time: '11:30',
          body: 'Bonjour,\nLes attestations de l’année sont disponibles dans l’onglet Factures, sous « Attestations fiscales », dès la fin de l’année civile. Celles des années passées y sont déjà.\nCordialement.',
          read: false,
        },
      ],
    },
  ];
}

/** A document the service publishes for every family: its title per language, its file (one, in the commune's language). */
export interface DemoDocument {
  id: string;
  category: DocumentCategory;
  title: TextPerLanguage;
  issuedOn: string;
  pdf: PdfDocument;
}

/** When a demo message was sent: `daysAgo` days before `now`'s day in the commune, at its `time` there. */
export function demoMessageInstant(profile: DemoProfile, now: Date, message: DemoMessage): Date {
  const timeZone = communeTimeZone(communes[profile]);
  return zonedInstant(shiftDate(dateIn(now, timeZone), -message.daysAgo), message.time, timeZone);
}

/** What each commune publishes for every family: the after-school rules (1 September), the current month's menus. */
export function demoDocuments(profile: DemoProfile, now: Date): DemoDocument[] {
  const commune = communes[profile];
  const today = dateIn(now, communeTimeZone(commune));
  const year = Number(today.slice(0, 4));
  const schoolYearStart = `${today.slice(5, 7) >= '09' ? year : year - 1}-09-01`;
  const month = `${today.slice(0, 7)}-01`;
  const monthName = new Intl.DateTimeFormat('fr-BE', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}T12:00:00Z`));
  const issuer = [commune.name];
  return [
    {
      id: 'doc-rules',
      category: 'rules',
      title: {
        fr: 'Règlement d’ordre intérieur de l’accueil extrascolaire',
        nl: 'Huishoudelijk reglement van de buitenschoolse opvang',
        de: 'Hausordnung der außerschulischen Betreuung',
        en: 'Rules of the after-school care',
      },
      issuedOn: schoolYearStart,
      pdf: {
        fileName: 'reglement-accueil-extrascolaire.pdf',
        title: 'Règlement d’ordre intérieur de l’accueil extrascolaire',
        issuer,
        facts: [{ label: 'En vigueur depuis le', value: schoolYearStart.split('-').reverse().join('/') }],
        totals: [],
        notes: [
          'Article 1. L’accueil est ouvert les jours scolaires de 7 h à 8 h 30 et de 15 h 30 à 18 h, le mercredi jusqu’à 18 h.',
          'Article 2. Les réservations et les annulations se font sur le portail famille avant le délai affiché pour chaque jour.',
          'Article 3. Une absence pour maladie, justifiée par un certificat médical envoyé dans les huit jours, n’est pas facturée.',
          'Article 4. Les factures sont mensuelles et payables dans les trente jours, en ligne ou par virement avec la communication indiquée.',
          'Article 5. Les enfants ne sont confiés qu’aux personnes autorisées inscrites dans la fiche de l’enfant.',
        ],
      },
    },
    {
      id: `doc-menu-${month.slice(0, 7)}`,
      category: 'menu',
      title: {
        fr: `Menus de la cantine – ${monthName}`,
        nl: `Menu’s van de schoolmaaltijden – ${month.slice(5, 7)}/${month.slice(0, 4)}`,
        de: `Speiseplan der Kantine – ${month.slice(5, 7)}/${month.slice(0, 4)}`,
        en: `School meal menus – ${month.slice(5, 7)}/${month.slice(0, 4)}`,
      },
      issuedOn: month,
      pdf: {
        fileName: `menus-${month.slice(0, 7)}.pdf`,
        title: `Menus de la cantine – ${monthName}`,
        issuer,
        facts: [],
        table: {
          columns: ['Jour', 'Entrée', 'Plat', 'Dessert'],
          align: ['left', 'left', 'left', 'left'],
          rows: [
            ['Lundi', 'Potage aux légumes', 'Boulettes, sauce tomate, purée', 'Fruit de saison'],
            ['Mardi', 'Carottes râpées', 'Filet de poisson, riz, épinards', 'Yaourt'],
            ['Jeudi', 'Potage potiron', 'Lasagne aux légumes', 'Compote'],
            ['Vendredi', 'Salade de tomates', 'Poulet, pommes de terre, haricots', 'Fromage blanc'],
          ],
        },
        totals: [],
        notes: ['Un repas sans porc, végétarien ou sans gluten est servi sur demande au Service Enfance.'],
      },
    },
  ];
}

import type fr from './fr.js';

/** Dutch words of the registration elements (see fr.ts). */
export default {
  'ui.whatNext': 'Wat gebeurt er nu?',
  'ui.error.change.pending':
    'Er is al een wijzigingsaanvraag in behandeling: u kunt een nieuwe indienen zodra de dienst erop heeft geantwoord.',
  'field.national-number.format': 'Het rijksregisternummer telt 11 cijfers, bijvoorbeeld 85.07.30-033.28.',
  'field.national-number.checksum':
    'Dit rijksregisternummer is niet geldig: controleer de cijfers op de identiteitskaart.',
  'field.national-number.date':
    'Dit rijksregisternummer komt met geen enkele geboortedatum overeen: controleer de eerste 6 cijfers.',
  'field.postcode.format.BE': 'De postcode telt 4 cijfers, bijvoorbeeld 1435.',
  'field.postcode.format.FR': 'De postcode telt 5 cijfers, bijvoorbeeld 59210.',
  'field.phone.format.BE':
    'Geef een telefoon- of gsm-nummer op, bijvoorbeeld 0496 44 41 11 of +32 496 44 41 11.',
  'field.phone.format.FR': 'Geef een telefoonnummer op, bijvoorbeeld 06 12 34 56 78 of +33 6 12 34 56 78.',
  'field.email.format': 'Geef een e-mailadres op in de vorm naam@voorbeeld.be.',
  'field.date.invalid': 'Vul een bestaande datum in, bijvoorbeeld 27 3 2015.',
  'field.national-number.birth-date-mismatch':
    'Dit rijksregisternummer komt niet overeen met de opgegeven geboortedatum: controleer beide.',
  'field.national-number.sex-mismatch':
    'Dit rijksregisternummer komt niet overeen met het opgegeven geslacht: controleer beide.',
  'field.kid-eid.format': 'Het nummer van de Kids-ID telt 12 cijfers, bijvoorbeeld 050-5120123-92.',
  'field.kid-eid.checksum':
    'Dit Kids-ID-nummer is niet geldig: controleer de cijfers op de achterkant van de kaart.',
  'field.date.future': 'Deze datum ligt in de toekomst: controleer ze.',
  'field.child.too-old': 'Het ouderportaal is voor kinderen jonger dan 18 jaar: controleer de geboortedatum.',
  'field.contact.role':
    'Geef aan of deze persoon verwittigd moet worden in noodgevallen, het kind mag ophalen, of beide.',
  'field.contacts.emergency': 'Geef minstens één persoon op die verwittigd moet worden in noodgevallen.',
  'field.contacts.pickup': 'Geef minstens één persoon op die het kind mag ophalen.',
  'field.email.mismatch': 'Het e-mailadres moet dat van uw e-loketaccount zijn.',
  'field.change.none': 'U hebt niets gewijzigd: wijzig minstens één gegeven of licht uw aanvraag toe.',
  'ui.born': 'geboren op {date}',
  'ui.health.complete': 'Medische fiche volledig',
  'ui.health.to-update': 'Medische fiche bij te werken',
  'ui.health.missing': 'Medische fiche in te vullen',
  'ui.kind.parent-registration': 'Registratie als ouder',
  'ui.kind.child-registration': 'Registratie van een kind',
  'ui.kind.health-form': 'Medische fiche',
  'ui.kind.child-change': 'Wijziging voor een kind',
  'ui.kind.parent-change': 'Wijziging van mijn gegevens',
  'ui.kind.camp-enrolment': 'Inschrijving voor een speelplein',
  'ui.kind.camp-unsubscribe': 'Uitschrijving voor een speelplein',
  'ui.kind.booking': 'Reservaties',
  'ui.kind.period-booking': 'Reservatie over een periode',
  'ui.kind.planning-copy': 'Kopie van een planning',
  'ui.kind.absence': 'Melding van afwezigheid',
  'ui.kind.invoice-dispute': 'Betwisting van een factuur',
  'ui.requestStatus.pending': 'In behandeling',
  'ui.requestStatus.accepted': 'Aanvaard',
  'ui.requestStatus.refused': 'Geweigerd',
  'ui.requestStatus.cancelled': 'Geannuleerd',
} satisfies Record<keyof typeof fr, string>;

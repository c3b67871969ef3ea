import type { Catalogue } from './fr.js';

/** Dutch catalogue (Belgian usage: rijksregisternummer, gsm, gemeente). */
export default {
  'ui.step': 'Stap {current} van {total}',
  'ui.nextStep': 'Volgende stap: {title}',
  'ui.requiredLegend': 'Velden met een * zijn verplicht.',
  'ui.optional': '(niet verplicht)',
  'ui.errorSummaryTitle': 'Er is een probleem',
  'ui.errorPrefix': 'Fout:',
  'ui.change': 'Wijzigen',
  'ui.changeField': 'Wijzigen: {field}',
  'ui.retry': 'Opnieuw proberen',
  'ui.loading': 'Laden…',
  'ui.sending': 'Bezig met verzenden…',
  'ui.day': 'Dag',
  'ui.month': 'Maand',
  'ui.year': 'Jaar',
  'ui.dateHint': 'Bijvoorbeeld: 27 3 2015',
  'ui.weekShort': 'W{week}',
  'ui.requestNumber': 'Aanvraagnummer',
  'ui.trackingCode': 'Opvolgcode',
  'ui.history': 'Geschiedenis',
  'ui.historyEmpty': 'Nog geen gebeurtenissen.',
  'ui.whatNext': 'Wat gebeurt er nu?',
  'ui.savedOn': 'Het formulier werd geregistreerd op {date}.',
  'ui.by': 'door {author}',
  'ui.notProvided': 'Niet ingevuld',
  'ui.noAdapter':
    'Deze module is met geen enkele dienst verbonden: plaats ze in <family-portal> of geef ze een adapter.',
  'ui.error.network': 'De dienst antwoordt niet. Controleer uw internetverbinding en probeer opnieuw.',
  'ui.error.timeout': 'De dienst antwoordt te traag. Probeer het zo dadelijk opnieuw.',
  'ui.error.server': 'De dienst ondervond een probleem. Uw gegevens blijven bewaard: probeer opnieuw.',
  'ui.error.auth': 'Uw sessie is verlopen. Meld u opnieuw aan op het e-loket en probeer opnieuw.',
  'ui.error.not-found': 'Deze aanvraag werd niet gevonden.',
  'ui.error.feature.unavailable':
    'Uw gemeente biedt deze dienst niet online aan. Neem contact met haar op voor meer informatie.',
  'ui.error.conflict': 'Deze aanvraag werd intussen anders behandeld. Herlaad de pagina.',
  'ui.error.validation': 'De dienst weigerde enkele gegevens. Verbeter ze en probeer opnieuw.',
  'ui.error.capacity': 'Er zijn geen plaatsen meer beschikbaar.',
  /** The service's code, when it says more than the error's type. */
  'ui.error.change.pending':
    'Er is al een wijzigingsaanvraag in behandeling: u kunt een nieuwe indienen zodra de dienst erop heeft geantwoord.',
  'ui.error.camp.unsubscribe-not-paid':
    'U kunt een uitschrijving aanvragen zodra de inschrijving betaald is. Haal vóór de betaling het artikel uit uw winkelmandje om de plaatsen vrij te geven.',
  'ui.error.camp.unsubscribe-pending':
    'Er is al een aanvraag tot uitschrijving voor deze week in behandeling: de dienst antwoordt u per e-mail.',
  'ui.error.camp.unsubscribe-started':
    'Deze week is al begonnen: online uitschrijven is niet meer mogelijk. Neem contact op met de dienst.',
  'ui.error.camp.week-not-booked':
    'Uw kind heeft deze week geen gereserveerde plaats: er valt niets uit te schrijven.',
  'ui.error.article.not-payable':
    'Dit artikel moest niet meer betaald worden (al betaald, termijn verstreken of uit het winkelmandje gehaald): uw betaling wordt terugbetaald, de dienst neemt contact met u op. U kunt uw kinderen opnieuw inschrijven zolang er plaatsen zijn.',
  'ui.error.payment.unavailable':
    'Uw gemeente biedt geen online betaling aan. Neem contact op met de dienst om te betalen via overschrijving of aan het loket; uw plaatsen blijven gereserveerd tot de vermelde datum.',
  'ui.error.request.cancelled': 'Deze aanvraag is geannuleerd: schrijf uw kind opnieuw in.',
  'ui.error.reference': 'Referentie van de fout: {id}',

  'field.required': 'Dit veld is verplicht.',
  'field.too-long': 'Deze tekst is te lang.',
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
  'field.choice.unknown': 'Deze keuze wordt niet aangeboden: kies uit de lijst.',
  'field.contact.role':
    'Geef aan of deze persoon verwittigd moet worden in noodgevallen, het kind mag ophalen, of beide.',
  'field.contacts.emergency': 'Geef minstens één persoon op die verwittigd moet worden in noodgevallen.',
  'field.contacts.pickup': 'Geef minstens één persoon op die het kind mag ophalen.',
  'field.invalid': 'Deze waarde wordt niet aanvaard: controleer ze.',
  'field.email.mismatch': 'Het e-mailadres moet dat van uw e-loketaccount zijn.',
  'field.change.none': 'U hebt niets gewijzigd: wijzig minstens één gegeven of licht uw aanvraag toe.',

  // Lists of children and requests, shared by the elements
  'ui.phoneHint.BE': 'Bijvoorbeeld: 0496 44 41 11',
  'ui.phoneHint.FR': 'Bijvoorbeeld: 06 12 34 56 78',
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
  'ui.requestStatus.pending': 'In behandeling',
  'ui.requestStatus.accepted': 'Aanvaard',
  'ui.requestStatus.refused': 'Geweigerd',
  'ui.requestStatus.cancelled': 'Geannuleerd',
} satisfies Catalogue;

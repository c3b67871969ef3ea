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
  'ui.weekShort': 'W{week}',
  'ui.requestNumber': 'Aanvraagnummer',
  'ui.trackingCode': 'Opvolgcode',
  'ui.history': 'Geschiedenis',
  'ui.historyEmpty': 'Nog geen gebeurtenissen.',
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
  'field.choice.unknown': 'Deze keuze wordt niet aangeboden: kies uit de lijst.',
  'field.invalid': 'Deze waarde wordt niet aanvaard: controleer ze.',
} satisfies Catalogue;

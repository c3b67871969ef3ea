import type { Catalogue } from './fr.js';

/** Dutch catalogue (Belgian usage: rijksregisternummer, gsm, gemeente). */
export const nl: Catalogue = {
  'ui.step': 'Stap {current} van {total}',
  'ui.nextStep': 'Volgende stap: {title}',
  'ui.requiredLegend': 'Velden met een * zijn verplicht.',
  'ui.optional': '(niet verplicht)',
  'ui.errorSummaryTitle': 'Er is een probleem',
  'ui.change': 'Wijzigen',
  'ui.changeField': 'Wijzigen: {field}',
  'ui.retry': 'Opnieuw proberen',
  'ui.loading': 'Laden…',
  'ui.sending': 'Bezig met verzenden…',
  'ui.day': 'Dag',
  'ui.month': 'Maand',
  'ui.year': 'Jaar',
  'ui.dateHint': 'Bijvoorbeeld: 27 3 2015',
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
  'ui.error.conflict': 'Deze aanvraag werd intussen anders behandeld. Herlaad de pagina.',
  'ui.error.validation': 'De dienst weigerde enkele gegevens. Verbeter ze en probeer opnieuw.',
  'ui.error.capacity': 'Er zijn geen plaatsen meer beschikbaar.',
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
};

import { sentences } from '../../../domain/mail-texts/nl.js';
import type fr from './fr.js';

/** The status history in Dutch (Belgian administrative usage). */
export default {
  'status.registration-received': 'Nieuwe registratieaanvraag',
  'status.registered': 'U bent geregistreerd',
  'status.registration-refused': 'Registratieaanvraag geweigerd',
  'status.change-received': 'Aanvraag tot wijziging van uw gegevens',
  'status.change-accepted': 'Wijziging aanvaard',
  'status.change-refused': 'Wijziging geweigerd',
  'status.child-received': 'Nieuw kind te registreren',
  'status.child-registered': 'Kind geregistreerd',
  'status.child-linked': 'Kind al bekend bij de dienst: gekoppeld aan uw gezin',
  'status.health-form-received': 'Medische fiche ontvangen',
  'status.health-form-recorded': 'Medische fiche geregistreerd',
  'status.health-form-confirmed': 'Medische fiche bevestigd',
  'status.child-change-received': 'Wijzigingsaanvraag voor uw kind',
  'status.child-change-accepted': 'Wijziging aanvaard',
  'status.child-change-refused': 'Wijziging geweigerd',
  'status.camp-enrolment-received': 'Aanvraag tot reservering van speelpleinweken',
  'status.camp-week-accepted': 'Reservering aanvaard',
  'status.camp-week-full': 'Week volzet',
  'status.camp-enrolment-open': 'Een ander kind inschrijven of mijn aanvragen afsluiten?',
  'status.camp-waiting-list': 'Op de wachtlijst',
  'status.camp-closed': 'Afgesloten',
  'status.camp-in-cart': 'Winkelmandje',
  'status.camp-released': 'Artikel uit het winkelmandje gehaald: plaatsen vrijgegeven',
  'status.camp-paid': 'Betaald',
  'status.camp-expired': 'Betalingstermijn verstreken: plaatsen vrijgegeven',
  'status.camp-place-offered': 'Er is een plaats vrijgekomen',
  'status.camp-unsubscribe-received': 'Aanvraag tot uitschrijving',
  'status.camp-unsubscribe-accepted': 'Uitschrijving aanvaard',
  'status.camp-unsubscribe-refused': 'Uitschrijving geweigerd',
  'status.booking-received': 'Reservatieaanvraag',
  'status.period-booking-received': 'Reservatie over een periode',
  'status.planning-copy-received': 'Kopie van de planning',
  'status.calendar-accepted': 'Aanvraag aanvaard',
  'status.calendar-refused': 'Aanvraag geweigerd',
  'status.calendar-place-booked': 'Vrijgekomen plaats: gereserveerd',
  'status.absence-received': 'Melding van afwezigheid',
  'status.invoice-dispute-received': 'Betwisting van een factuur',
  'status.invoice-dispute-accepted': 'Betwisting aanvaard',
  'status.invoice-dispute-refused': 'Betwisting geweigerd',

  'history.camp-week-accepted':
    'Met genoegen bevestigen wij de inschrijving van {child} voor de volgende dagen: van {from} tot {to}.',
  'history.camp-week-full':
    '{camp}, week {week}: geen plaats meer op {days}. Voor deze week werd geen plaats gereserveerd.',
  'history.camp-waiting-list':
    'Week {week}: uw kind staat op nr. {position} van de wachtlijst. We laten het u weten zodra er een plaats vrijkomt.',
  'history.camp-place-offered': sentences.placeOffered,
  'history.camp-unsubscribe-received': '{camp}, week {week}, voor {child}.',
  'history.camp-unsubscribe-requested':
    'Week {week}: aanvraag tot uitschrijving nr. {number} doorgestuurd naar de dienst.',
  'history.camp-unsubscribe-accepted': sentences.unsubscribed,
  'history.camp-unsubscribe-refused':
    'Week {week}: de uitschrijving werd geweigerd, de inschrijving blijft behouden.',
  'history.calendar-changes':
    '{children}, van {from} tot {to}. Gereserveerd: {booked} · wacht op goedkeuring: {pending} · wachtlijst: {waiting} · geannuleerd: {cancelled} · geweigerd: {refused}.',
  'history.absence-received':
    '{child}, van {from} tot {to}: betrokken gereserveerde dagen: {dayCount}. De dienst laat u weten of de afwezigheid gewettigd is.',
  'history.invoice-dispute-received':
    'Factuur {number} betwist. De dienst antwoordt u; herinneringen worden tot dan opgeschort.',
  'history.invoice-dispute-accepted': 'Factuur {number}: betwisting aanvaard, u krijgt een creditnota.',
  'history.calendar-decided': sentences.calendarDecided,
  'history.calendar-place-booked': sentences.calendarPlaceBooked,
  'history.reason': 'Reden: {reason}',
} satisfies Record<keyof typeof fr, string>;

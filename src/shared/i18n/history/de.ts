import { sentences } from '../../../domain/mail-texts/de.js';
import type fr from './fr.js';

/** The status history in German (German-speaking Community of Belgium). */
export default {
  'status.registration-received': 'Neuer Registrierungsantrag',
  'status.registered': 'Sie sind registriert',
  'status.registration-refused': 'Registrierungsantrag abgelehnt',
  'status.change-received': 'Antrag auf Änderung Ihrer Angaben',
  'status.change-accepted': 'Änderung angenommen',
  'status.change-refused': 'Änderung abgelehnt',
  'status.child-received': 'Neues Kind zu registrieren',
  'status.child-registered': 'Kind registriert',
  'status.child-linked': 'Kind dem Dienst bereits bekannt: mit Ihrer Familie verknüpft',
  'status.health-form-received': 'Gesundheitsbogen erhalten',
  'status.health-form-recorded': 'Gesundheitsbogen gespeichert',
  'status.health-form-confirmed': 'Gesundheitsbogen bestätigt',
  'status.child-change-received': 'Änderungsantrag für Ihr Kind',
  'status.child-change-accepted': 'Änderung angenommen',
  'status.child-change-refused': 'Änderung abgelehnt',
  'status.camp-enrolment-received': 'Antrag auf Reservierung von Ferienwochen',
  'status.camp-week-accepted': 'Reservierung angenommen',
  'status.camp-week-full': 'Woche ausgebucht',
  'status.camp-enrolment-open': 'Ein weiteres Kind anmelden oder meine Anträge abschließen?',
  'status.camp-waiting-list': 'Auf der Warteliste',
  'status.camp-closed': 'Abgeschlossen',
  'status.camp-in-cart': 'Warenkorb',
  'status.camp-released': 'Artikel aus dem Warenkorb entfernt: Plätze freigegeben',
  'status.camp-paid': 'Bezahlt',
  'status.camp-expired': 'Zahlungsfrist abgelaufen: Plätze freigegeben',
  'status.camp-place-offered': 'Ein Platz ist frei geworden',
  'status.camp-unsubscribe-received': 'Antrag auf Abmeldung',
  'status.camp-unsubscribe-accepted': 'Abmeldung angenommen',
  'status.camp-unsubscribe-refused': 'Abmeldung abgelehnt',
  'status.booking-received': 'Buchungsanfrage',
  'status.period-booking-received': 'Buchung für einen Zeitraum',
  'status.planning-copy-received': 'Kopie des Plans',
  'status.calendar-accepted': 'Antrag angenommen',
  'status.calendar-refused': 'Antrag abgelehnt',
  'status.calendar-place-booked': 'Frei gewordener Platz: gebucht',
  'status.absence-received': 'Abwesenheitsmeldung',
  'status.invoice-dispute-received': 'Einspruch gegen eine Rechnung',
  'status.invoice-dispute-accepted': 'Einspruch angenommen',
  'status.invoice-dispute-refused': 'Einspruch abgelehnt',

  'history.camp-week-accepted':
    'Wir freuen uns, Ihnen die Anmeldung von {child} für folgende Tage zu bestätigen: vom {from} bis zum {to}.',
  'history.camp-week-full':
    '{camp}, Woche {week}: Am {days} ist kein Platz mehr frei. Für diese Woche wurde kein Platz reserviert.',
  'history.camp-waiting-list':
    'Woche {week}: Ihr Kind steht auf Platz {position} der Warteliste. Wir benachrichtigen Sie, sobald ein Platz frei wird.',
  'history.camp-place-offered': sentences.placeOffered,
  'history.camp-unsubscribe-received': '{camp}, Woche {week}, für {child}.',
  'history.camp-unsubscribe-requested':
    'Woche {week}: Abmeldeantrag Nr. {number} an den Dienst weitergeleitet.',
  'history.camp-unsubscribe-accepted': sentences.unsubscribed,
  'history.camp-unsubscribe-refused':
    'Woche {week}: Die Abmeldung wurde abgelehnt, die Anmeldung bleibt bestehen.',
  'history.calendar-changes':
    '{children}, vom {from} bis {to}. Gebucht: {booked} · wartet auf Bestätigung: {pending} · Warteliste: {waiting} · storniert: {cancelled} · abgelehnt: {refused}.',
  'history.absence-received':
    '{child}, vom {from} bis {to}: betroffene gebuchte Tage: {dayCount}. Der Dienst teilt Ihnen mit, ob die Abwesenheit entschuldigt ist.',
  'history.invoice-dispute-received':
    'Rechnung {number} angefochten. Der Dienst antwortet Ihnen; Mahnungen ruhen bis dahin.',
  'history.invoice-dispute-accepted':
    'Rechnung {number}: Einspruch angenommen, Sie erhalten eine Gutschrift.',
  'history.calendar-decided': sentences.calendarDecided,
  'history.calendar-place-booked': sentences.calendarPlaceBooked,
  'history.reason': 'Grund: {reason}',
} satisfies Record<keyof typeof fr, string>;

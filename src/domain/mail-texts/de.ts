import type { sentences as fr } from './fr.js';
import type { MailTexts } from './texts.js';

/** The service's sentences that both its e-mails and the status history say, in German (German-speaking Community). */
export const sentences = {
  placeOffered:
    'Woche {week}: Ein Platz ist frei geworden. Melden Sie Ihr Kind im Elternportal an, solange er frei ist.',
  unsubscribed:
    'Woche {week}: {child} ist abgemeldet und der Platz ist freigegeben. Der Dienst setzt sich wegen einer eventuellen Rückerstattung mit Ihnen in Verbindung.',
  calendarDecided:
    '{children}, vom {from} bis {to}. Gebucht: {booked} · Warteliste: {waiting} · storniert: {cancelled} · entschuldigt abwesend: {excused} · abwesend, berechnet: {billed} · abgelehnt: {refused}.',
  calendarPlaceBooked: 'Ein Platz ist frei geworden: {child} ist am {date} angemeldet ({unit}).',
} satisfies Record<keyof typeof fr, string>;

/** The service's e-mails in German (German-speaking Community of Belgium). */
export default {
  week: 'KW{week}',
  amount: '{amount} €',
  reason: '\n\nGrund: {reason}',
  requests: {
    'parent-registration': 'Registrierungsantrag',
    'parent-change': 'Änderungsantrag',
    'child-change': 'Änderungsantrag',
    'camp-unsubscribe': 'Abmeldeantrag',
    booking: 'Buchungsantrag',
    'period-booking': 'Antrag auf Buchung für einen Zeitraum',
    'planning-copy': 'Antrag auf Kopie des Plans',
    absence: 'Abwesenheitsmeldung',
  },
  accepted: {
    'parent-registration': 'Sie sind registriert: Sie können jetzt Ihr Kind oder Ihre Kinder registrieren.',
    'parent-change': 'Ihre neuen Angaben sind gespeichert.',
    'child-change': 'Ihre neuen Angaben sind gespeichert.',
    'camp-unsubscribe': sentences.unsubscribed,
    booking: `${sentences.calendarDecided}{reason}`,
    'period-booking': `${sentences.calendarDecided}{reason}`,
    'planning-copy': `${sentences.calendarDecided}{reason}`,
    absence: `${sentences.calendarDecided}{reason}`,
  },
  mails: {
    registered: {
      subject: '{commune}: Sie sind registriert',
      body: 'Guten Tag {firstName},\n\nIhre Registrierung in unserem Elternportal war erfolgreich. Sie können jetzt Ihr Kind oder Ihre Kinder registrieren.\n\n{service}\n{commune}\n',
    },
    'registration-received': {
      subject: '{commune}: Registrierungsantrag erhalten',
      body: 'Guten Tag {firstName},\n\n{service} hat Ihren Registrierungsantrag erhalten. Sie werden per E-Mail über den weiteren Verlauf informiert.\n\n{commune}\n',
    },
    'change-received': {
      subject: '{commune}: Änderungsantrag erhalten',
      body: 'Guten Tag {firstName},\n\n{service} hat Ihren Antrag auf Änderung Ihrer Angaben erhalten. Der Dienst nimmt ihn an oder lehnt ihn ab; Sie erhalten die Antwort per E-Mail.\n',
    },
    'request-accepted': {
      subject: '{commune}: Ihr {request} Nr. {number} wurde angenommen',
      body: 'Guten Tag {firstName},\n\n{service} hat Ihren Antrag Nr. {number} bearbeitet. {outcome}\n\n{commune}\n',
    },
    'request-refused': {
      subject: '{commune}: Ihr {request} Nr. {number} wurde abgelehnt',
      body: 'Guten Tag {firstName},\n\n{service} hat Ihren Antrag Nr. {number} bearbeitet. Ihr Antrag wurde abgelehnt.{reason}\n\n{commune}\n',
    },
    'place-offered': {
      subject: '{commune}: Ein Platz ist frei geworden',
      body: `Guten Tag,\n\n${sentences.placeOffered}\n\n{service}\n`,
    },
    paid: {
      subject: '{commune}: Zahlung erhalten',
      body: 'Guten Tag {firstName},\n\nWir haben Ihre Zahlung von {amount} für „{label}“ erhalten. Die Plätze Ihrer Kinder sind bestätigt.\n\n{service}\n',
    },
    'refund-due': {
      subject: '{commune}: Zahlung wird erstattet',
      body: 'Guten Tag {firstName},\n\nIhre Zahlung von {amount} für „{label}“ ist eingegangen, als der Artikel nicht mehr zu bezahlen war (Frist abgelaufen, Artikel entfernt oder bereits bezahlt): Wir erstatten sie Ihnen und setzen uns mit Ihnen in Verbindung. Sie können Ihre Kinder erneut anmelden, solange es noch Plätze gibt.\n\n{service}\n',
    },
    expired: {
      subject: '{commune}: Zahlungsfrist abgelaufen',
      body: 'Guten Tag,\n\nDie Frist zur Zahlung von „{label}“ ist abgelaufen: Die reservierten Plätze wurden freigegeben. Sie können Ihre Kinder erneut anmelden, solange es noch Plätze gibt.\n\n{service}\n',
    },
    'calendar-place-booked': {
      subject: '{commune}: Ein Platz ist frei geworden',
      body: `Guten Tag,\n\n${sentences.calendarPlaceBooked}\n\n{service}\n`,
    },
    'invoice-dispute-accepted': {
      subject: '{commune}: Ihr Einspruch gegen die Rechnung {invoice} wurde angenommen',
      body: 'Guten Tag {firstName},\n\n{service} hat Ihren Einspruch Nr. {number} gegen die Rechnung {invoice} bearbeitet und angenommen: Die Gutschrift {creditNote} über {amount} wird ausgestellt. Sie begleicht, was auf dieser Rechnung noch offen war; was Sie bereits bezahlt hatten, bleibt Ihr Guthaben.\n\n{commune}\n',
    },
    'invoice-dispute-refused': {
      subject: '{commune}: Ihr Einspruch gegen die Rechnung {invoice} wurde abgelehnt',
      body: 'Guten Tag {firstName},\n\n{service} hat Ihren Einspruch Nr. {number} gegen die Rechnung {invoice} bearbeitet und abgelehnt: Die Rechnung bleibt zu zahlen.{reason}\n\n{commune}\n',
    },
    'message-answered': {
      subject: '{commune}: neue Nachricht in Ihrem Familienportal',
      body: 'Guten Tag,\n\nSie haben eine neue Nachricht von {service} in Ihrem Familienportal erhalten. Melden Sie sich im Portal an, um sie zu lesen:\n{portalUrl}\n\nAus Sicherheitsgründen enthält diese E-Mail den Inhalt der Nachricht nicht.\n\n{commune}\n',
    },
  },
} satisfies MailTexts;

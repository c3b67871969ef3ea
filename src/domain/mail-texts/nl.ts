import type { sentences as fr } from './fr.js';
import type { MailTexts } from './texts.js';

/** The service's sentences that both its e-mails and the status history say, in Dutch (Belgian usage). */
export const sentences = {
  placeOffered:
    'Week {week}: er is een plaats vrijgekomen. Schrijf uw kind in via het ouderportaal zolang ze vrij is.',
  unsubscribed:
    'Week {week}: {child} is uitgeschreven en de plaats is vrijgegeven. De dienst neemt contact met u op over een eventuele terugbetaling.',
  calendarDecided:
    '{children}, van {from} tot {to}. Gereserveerd: {booked} · wachtlijst: {waiting} · geannuleerd: {cancelled} · gewettigd afwezig: {excused} · afwezig, aangerekend: {billed} · geweigerd: {refused}.',
  calendarPlaceBooked: 'Er is een plaats vrijgekomen: {child} is ingeschreven op {date} ({unit}).',
} satisfies Record<keyof typeof fr, string>;

/** The service's e-mails in Dutch (Belgian administrative usage). */
export default {
  week: 'W{week}',
  amount: '€ {amount}',
  reason: '\n\nReden: {reason}',
  requests: {
    'parent-registration': 'registratieaanvraag',
    'parent-change': 'aanvraag tot wijziging',
    'child-change': 'aanvraag tot wijziging',
    'camp-unsubscribe': 'aanvraag tot uitschrijving',
    booking: 'reservatieaanvraag',
    'period-booking': 'reservatie over een periode',
    'planning-copy': 'kopie van de planning',
    absence: 'melding van afwezigheid',
  },
  accepted: {
    'parent-registration': 'U bent geregistreerd: u kunt nu uw kind of kinderen registreren.',
    'parent-change': 'Uw nieuwe gegevens zijn geregistreerd.',
    'child-change': 'Uw nieuwe gegevens zijn geregistreerd.',
    'camp-unsubscribe': sentences.unsubscribed,
    booking: `${sentences.calendarDecided}{reason}`,
    'period-booking': `${sentences.calendarDecided}{reason}`,
    'planning-copy': `${sentences.calendarDecided}{reason}`,
    absence: `${sentences.calendarDecided}{reason}`,
  },
  mails: {
    registered: {
      subject: '{commune}: u bent geregistreerd',
      body: 'Beste {firstName},\n\nUw registratie op ons ouderportaal is gelukt. U kunt nu uw kind of kinderen registreren.\n\n{service}\n{commune}\n',
    },
    'registration-received': {
      subject: '{commune}: registratieaanvraag ontvangen',
      body: 'Beste {firstName},\n\n{service} heeft uw registratieaanvraag goed ontvangen. U wordt per e-mail op de hoogte gebracht van het vervolg.\n\n{commune}\n',
    },
    'change-received': {
      subject: '{commune}: aanvraag tot wijziging ontvangen',
      body: 'Beste {firstName},\n\n{service} heeft uw aanvraag tot wijziging van uw gegevens goed ontvangen. De dienst aanvaardt of weigert ze; u ontvangt het antwoord per e-mail.\n',
    },
    'request-accepted': {
      subject: '{commune}: uw {request} nr. {number} werd aanvaard',
      body: 'Beste {firstName},\n\n{service} heeft uw aanvraag nr. {number} behandeld. {outcome}\n\n{commune}\n',
    },
    'request-refused': {
      subject: '{commune}: uw {request} nr. {number} werd geweigerd',
      body: 'Beste {firstName},\n\n{service} heeft uw aanvraag nr. {number} behandeld. Uw aanvraag werd geweigerd.{reason}\n\n{commune}\n',
    },
    'place-offered': {
      subject: '{commune}: er is een plaats vrijgekomen',
      body: `Goedendag,\n\n${sentences.placeOffered}\n\n{service}\n`,
    },
    paid: {
      subject: '{commune}: betaling ontvangen',
      body: 'Beste {firstName},\n\nWij hebben uw betaling van {amount} voor „{label}” goed ontvangen. De plaatsen van uw kinderen zijn bevestigd.\n\n{service}\n',
    },
    'refund-due': {
      subject: '{commune}: betaling terug te storten',
      body: 'Beste {firstName},\n\nUw betaling van {amount} voor „{label}” is binnengekomen toen het artikel niet meer betaald moest worden (termijn verstreken, artikel verwijderd of al betaald): wij storten ze terug en nemen contact met u op. U kunt uw kinderen opnieuw inschrijven zolang er plaatsen zijn.\n\n{service}\n',
    },
    expired: {
      subject: '{commune}: betalingstermijn verstreken',
      body: 'Goedendag,\n\nDe termijn om „{label}” te betalen is verstreken: de gereserveerde plaatsen zijn vrijgegeven. U kunt uw kinderen opnieuw inschrijven zolang er plaatsen zijn.\n\n{service}\n',
    },
    'calendar-place-booked': {
      subject: '{commune}: er is een plaats vrijgekomen',
      body: `Beste,\n\n${sentences.calendarPlaceBooked}\n\n{service}\n`,
    },
    'invoice-dispute-accepted': {
      subject: '{commune}: uw betwisting van factuur {invoice} werd aanvaard',
      body: 'Beste {firstName},\n\n{service} heeft uw betwisting nr. {number} van factuur {invoice} behandeld en aanvaard: de creditnota {creditNote} van {amount} wordt uitgereikt. Ze vereffent wat er op deze factuur nog te betalen was; wat u al betaald had, blijft uw tegoed.\n\n{commune}\n',
    },
    'invoice-dispute-refused': {
      subject: '{commune}: uw betwisting van factuur {invoice} werd geweigerd',
      body: 'Beste {firstName},\n\n{service} heeft uw betwisting nr. {number} van factuur {invoice} behandeld en geweigerd: de factuur blijft verschuldigd.{reason}\n\n{commune}\n',
    },
    'message-answered': {
      subject: '{commune}: nieuw bericht op uw gezinsportaal',
      body: 'Beste,\n\nU hebt een nieuw bericht van {service} ontvangen op uw gezinsportaal. Meld u aan op het portaal om het te lezen:\n{portalUrl}\n\nUit veiligheidsoverwegingen bevat deze e-mail de inhoud van het bericht niet.\n\n{commune}\n',
    },
  },
} satisfies MailTexts;

import type fr from './fr.js';

/** Dutch messages of "Reserveren voor een periode". */
export default {
  'calendar.period.title': 'Reserveren voor een periode',
  'calendar.period.intro':
    'Reserveer elke week van een periode dezelfde opvang, bijvoorbeeld elke maandag en donderdag. Schoolvakanties, feestdagen en sluitingsdagen worden overgeslagen. U ziet elke dag en het totaal voordat u de aanvraag verstuurt.',
  'calendar.period.children': 'Voor',
  'calendar.period.from': 'Van',
  'calendar.period.to': 'Tot en met',
  'calendar.period.weeks': 'Weken',
  'calendar.period.weeks.every': 'Elke week',
  'calendar.period.weeks.alternate': 'Om de week',
  'calendar.period.weeks.even': 'Even weken',
  'calendar.period.weeks.odd': 'Oneven weken',
  'calendar.period.slots': 'Dagen en opvang',
  'calendar.period.slots.hint': 'Vink de opvang aan die u elke week wilt reserveren.',
  'calendar.period.slots.unit': 'Opvang',
  'calendar.period.slots.none': 'Kies eerst een kind: de opvang van het kind verschijnt hier.',
  'calendar.period.slots.notOffered': 'geen opvang',
  'calendar.period.required.child': 'Kies minstens één kind.',
  'calendar.period.required.from': 'Vul de eerste dag van de periode in.',
  'calendar.period.required.to': 'Vul de laatste dag van de periode in.',
  'calendar.period.order.to': 'De laatste dag moet na de eerste komen.',
  'calendar.period.length.to': 'De periode mag niet langer zijn dan een jaar.',
  'calendar.period.required.slots': 'Vink minstens één dag en één opvang aan.',
  'calendar.period.preview': 'Details bekijken',
  'calendar.period.previewing': 'Bezig met berekenen…',
  'calendar.period.dropped':
    'U hebt de aanvraag gewijzigd: bekijk de details opnieuw voordat u ze verstuurt.',
  'calendar.period.preview.title': 'Details van de aanvraag',
  'calendar.period.preview.count.one': '1 dag.',
  'calendar.period.preview.count.other': '{count} dagen.',
  'calendar.period.preview.empty':
    'Geen dag te reserveren in deze periode: controleer de data, de weken en de aangevinkte opvang.',
  'calendar.period.total': 'Totaal: {amount}',
  'calendar.period.send': 'Aanvraag versturen',
  'calendar.period.sending': 'Bezig met versturen…',
  'calendar.period.result.title': 'Aanvraag verstuurd',
  'calendar.period.result.reference': 'Aanvraag nr.\u00a0{number}',
  'calendar.period.result.next':
    'De planning is bijgewerkt. Aanvragen die de dienst moet goedkeuren, worden per e-mail bevestigd.',
} satisfies Record<keyof typeof fr, string>;

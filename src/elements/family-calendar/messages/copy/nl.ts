import type fr from './fr.js';

/** Dutch messages of "Planning kopiëren". */
export default {
  'calendar.copy.title': 'Planning kopiëren',
  'calendar.copy.intro':
    'De gereserveerde dagen van een kind voor een activiteit worden ook voor zijn broers en zussen gereserveerd, in de gekozen periode.',
  'calendar.copy.source': 'Planning kopiëren van',
  'calendar.copy.activity': 'Activiteit',
  'calendar.copy.targets': 'Naar',
  'calendar.copy.from': 'Van',
  'calendar.copy.to': 'Tot',
  'calendar.copy.required.activity': 'Kies de activiteit.',
  'calendar.copy.required.targets': 'Vink minstens één kind aan dat deze planning krijgt.',
  'calendar.copy.required.from': 'Vul de eerste dag van de periode in.',
  'calendar.copy.required.to': 'Vul de laatste dag van de periode in.',
  'calendar.copy.order.to': 'De laatste dag moet na de eerste komen.',
  'calendar.copy.preview': 'Details bekijken',
  'calendar.copy.previewing': 'Bezig met berekenen…',
  'calendar.copy.preview.title': 'Details van de kopie',
  'calendar.copy.preview.changed':
    'U hebt de kopie gewijzigd: bekijk de details opnieuw voor u ze verstuurt.',
  'calendar.copy.nothing':
    'Niets te kopiëren: {name} heeft geen gereserveerde dag voor deze activiteit in deze periode.',
  'calendar.copy.count.one': '1 dag',
  'calendar.copy.count.other': '{count} dagen',
  'calendar.copy.total': 'Totaal: {amount}',
  'calendar.copy.send': 'Planning kopiëren',
  'calendar.copy.sending': 'Bezig met versturen…',
  'calendar.copy.done': 'Planning gekopieerd: aanvraag nr.\u00a0{number}.',
} satisfies Record<keyof typeof fr, string>;

import type fr from './fr.js';

/** Dutch messages of the camp rules’ field problems. */
export default {
  'field.camp.no-day': 'Kies minstens één speelpleindag.',
  'field.camp.day-twice': 'Eenzelfde dag is twee keer gekozen: kies hem maar één keer.',
  'field.camp.day-unknown': 'Een van de gekozen dagen hoort niet bij dit speelplein.',
  'field.camp.day-past': 'Een van de gekozen dagen is al voorbij: haal hem weg.',
  'field.camp.day-closed': 'Een van de gekozen dagen is een sluitingsdag: verwijder hem.',
  'field.camp.activity-unknown': 'Een van de gekozen activiteiten wordt die dag niet aangeboden.',
  'field.camp.whole-weeks':
    'Dit speelplein boek je per volledige week: kies alle dagen van de week, of geen enkele.',
  'field.camp.day-booked': 'Uw kind is voor een van deze dagen al ingeschreven in een andere aanvraag.',
} satisfies Record<keyof typeof fr, string>;

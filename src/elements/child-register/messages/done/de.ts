import type fr from './fr.js';

/** German messages of <child-register>'s registration confirmation. */
export default {
  'child.done.title': 'Ihr Kind ist registriert',
  'child.done.linkedTitle': 'Ihr Kind ist mit Ihrer Familie verknüpft',
  'child.done.linked':
    'Der {service} kannte {name} bereits: Wir haben das Kind mit Ihrer Familie verknüpft, ohne es ein zweites Mal zu registrieren.',
  'child.done.next': 'Der Gesundheitsbogen von {name} ist für die Anmeldung zu Aktivitäten erforderlich.',
  'child.done.healthForm': 'Füllen Sie jetzt den Gesundheitsbogen aus',
} satisfies Record<keyof typeof fr, string>;

import type fr from './fr.js';

/** German messages of <child-register>: its first screen's. */
export default {
  'child.list.title': 'Meine Kinder',
  'child.list.back': 'Zurück zu meinen Kindern',
  'child.title': 'Ein neues Kind registrieren',
  'child.step.parent': 'Meine Angaben',
  'child.step.child': 'Neues Kind zur Registrierung',
  'child.step.check': 'Überprüfen Sie Ihre Angaben',
  'child.notRegistered':
    'Um ein Kind zu registrieren, müssen Sie sich zuerst als Elternteil beim {service} registrieren.',
  'child.notRegistered.link': 'Mich als Elternteil registrieren',
  'child.parent.intro':
    'Überprüfen Sie Ihre Angaben. Wenn sie sich geändert haben, ändern Sie sie, bevor Sie Ihr Kind registrieren.',
  'child.parent.name': 'Name und Vorname',
  'child.parent.address': 'Adresse',
  'child.parent.streetWithBox': '{street} {number} Briefkasten {box}',
  'child.parent.phone': 'Telefon- / Handynummer',
  'child.parent.email': 'E-Mail-Adresse',
  'child.parent.change': 'Meine Angaben ändern',
  'child.action.next': 'Weiter',
  'child.action.abandon': 'Abbrechen',
  'child.action.another': 'Ein weiteres Kind registrieren',
  'child.abandoned': 'Die Registrierung wurde abgebrochen. Es wurde nichts gesendet.',
} satisfies Record<keyof typeof fr, string>;

import type fr from './fr-outcome.js';

/** German messages of <child-enrol>: the answers to "Valider", closing and unsubscribing. */
export default {
  'enrol.action.home': 'Zurück zu den Ferienlagern',

  // After "Valider"
  'enrol.outcome.title': 'Reservierungsantrag für {name} gespeichert',
  'enrol.outcome.accepted': '{label}: Reservierung angenommen, vom {first} bis {last}.',
  'enrol.outcome.full':
    '{camp}, Woche {label}: Am {days} ist kein Platz mehr frei. Für diese Woche wurde kein Platz reserviert.',
  'enrol.outcome.joinWaiting': 'Mich auf die Warteliste setzen ({label})',
  'enrol.outcome.allFull': 'Es konnte keine Woche reserviert werden: Alle gewählten Wochen sind ausgebucht.',
  'enrol.next.title': 'Ein weiteres Kind anmelden oder meine Anträge abschließen?',
  'enrol.next.intro':
    'Wenn Sie abschließen, teilen Sie uns mit, dass Sie alle Ihre Kinder angemeldet haben (ein Antrag pro Kind): Der Tarif wird anhand der bis dahin angemeldeten Kinder berechnet.',
  'enrol.next.sibling': 'Auch {name} für dieselben Tage anmelden',
  'enrol.next.siblingHint': '{weeks}, ohne die Schritte erneut zu durchlaufen.',
  'enrol.next.another': 'Ein weiteres Kind anmelden',

  // "Clôturer mes demandes"
  'enrol.closing.title': 'Meine Anträge abschließen',
  'enrol.closing.intro':
    'Alle Ihre laufenden Anträge, für alle Ihre Kinder, werden abgeschlossen. Ein Artikel wird in Ihren Warenkorb gelegt und ist innerhalb von {days} Tagen zu bezahlen: Ohne Zahlung werden die Plätze freigegeben.',
  'enrol.closing.nothing': 'Sie haben keine Anträge abzuschließen.',
  'enrol.closing.confirm': 'Abschluss bestätigen ({total})',
  'enrol.closing.back': 'Zurück',
  'enrol.unsubscribe.title': '{name} von Woche {label} abmelden',
  'enrol.unsubscribe.intro':
    'Die Abmeldung ist ein Antrag: Der Dienst beantwortet ihn und meldet sich bei Ihnen wegen einer eventuellen Rückerstattung.',
  'enrol.field.reason': 'Grund der Abmeldung',
  'enrol.hint.reason': 'Zum Beispiel: medizinische Gründe, Umzug.',
  'enrol.unsubscribe.send': 'Antrag auf Abmeldung senden',
  'enrol.unsubscribe.sent': 'Antrag auf Abmeldung gesendet',
  'enrol.reason.required': 'Geben Sie den Grund der Abmeldung an.',
  'enrol.reason.too-long': 'Der Grund darf höchstens 1000 Zeichen lang sein.',
} satisfies Record<keyof typeof fr, string>;

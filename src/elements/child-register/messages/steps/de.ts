import type fr from './fr.js';

/** German messages of <child-register>'s registration steps after the first ("Nouvel enfant à enregistrer", "Vérifiez vos réponses"), shared with a change request and the child's pages. */
export default {
  'child.field.lastName': 'Name des Kindes',
  'child.field.firstName': 'Vorname des Kindes',
  'child.field.birthDate': 'Geburtsdatum',
  'child.field.sex': 'Geschlecht',
  'child.field.nationalNumber': 'Nationalregisternummer',
  'child.field.kidEidNumber': 'Kids-ID-Nummer',
  'child.field.schoolSiteId': 'Schulstandort',
  'child.field.schoolGradeId': 'Schuljahr',
  'child.field.hasOtherGuardian': 'Der andere Elternteil oder Vormund wohnt an einer anderen Adresse',
  'child.field.otherGuardian.firstName': 'Vorname',
  'child.field.otherGuardian.lastName': 'Name',
  'child.field.otherGuardian.relation': 'Beziehung zum Kind',
  'child.field.otherGuardian.phone': 'Telefon- / Handynummer',
  'child.field.otherGuardian.email': 'E-Mail-Adresse',
  'child.field.invoicesTo': 'Wer erhält die Rechnungen?',
  'child.otherGuardian.legend': 'Der andere Elternteil oder Vormund',
  'child.sex.female': 'Mädchen',
  'child.sex.male': 'Junge',
  'child.sex.other': 'Divers',
  'child.invoicesTo.me': 'Ich',
  'child.invoicesTo.other-guardian': 'Der andere Elternteil oder Vormund',
  'child.invoicesTo.both': 'Wir beide',
  'child.hint.nationalNumber':
    '11 Ziffern. Sie steht auf der Kids-ID, der Geburtsurkunde oder einer Vignette der Krankenkasse.',
  'child.hint.kidEidNumber':
    'Wenn Ihr Kind bereits einen elektronischen Personalausweis hat: 12 Ziffern, zum Beispiel 050-5120123-92.',
  'child.hint.schoolGradeId': 'Wählen Sie zuerst den Schulstandort.',
  'child.hint.relation': 'Zum Beispiel: Mutter, Vater, Vormund.',
  'child.hint.guardianEmail': 'Erforderlich, wenn diese Person die Rechnungen erhält.',
  'child.choose': 'Bitte wählen…',
  'child.required.lastName': 'Geben Sie den Namen des Kindes an.',
  'child.required.firstName': 'Geben Sie den Vornamen des Kindes an.',
  'child.required.birthDate': 'Geben Sie das Geburtsdatum des Kindes an.',
  'child.required.sex': 'Geben Sie das Geschlecht des Kindes an.',
  'child.required.schoolSiteId': 'Wählen Sie den Schulstandort.',
  'child.required.schoolGradeId': 'Wählen Sie das Schuljahr.',
  'child.required.otherGuardian':
    'Geben Sie den anderen Elternteil oder Vormund an, der die Rechnungen erhält.',
  'child.required.otherGuardian.firstName':
    'Geben Sie den Vornamen des anderen Elternteils oder Vormunds an.',
  'child.required.otherGuardian.lastName': 'Geben Sie den Namen des anderen Elternteils oder Vormunds an.',
  'child.required.otherGuardian.relation':
    'Geben Sie die Beziehung des anderen Elternteils oder Vormunds zum Kind an.',
  'child.required.otherGuardian.email':
    'Geben Sie die E-Mail-Adresse des anderen Elternteils oder Vormunds an: Die Rechnungen werden dorthin geschickt.',
  'child.required.invoicesTo': 'Geben Sie an, wer die Rechnungen erhält.',
  'child.recap.intro': 'Überprüfen Sie die Angaben Ihres Kindes und klicken Sie dann auf „Bestätigen“.',
  'child.recap.otherGuardian': 'Anderer Elternteil oder Vormund an einer anderen Adresse',
  'child.recap.noOtherGuardian': 'Nein',
  'child.action.continue': 'Weiter',
  'child.action.backToRecap': 'Zurück zur Übersicht',
  'child.action.back': 'Zurück',
  'child.action.submit': 'Bestätigen',
} satisfies Record<keyof typeof fr, string>;

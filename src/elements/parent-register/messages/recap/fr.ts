/** French messages of the recap ("Vérifiez vos réponses") and the field problems of <parent-register>: the source of their keys, shipped with that part. */
export default {
  'parent.required.lastName': 'Indiquez votre nom.',
  'parent.required.firstName': 'Indiquez votre prénom.',
  'parent.required.nationalNumber': 'Indiquez votre numéro de registre national.',
  'parent.required.address.street': 'Indiquez votre rue.',
  'parent.required.address.number': 'Indiquez votre numéro de maison.',
  'parent.required.address.postcode': 'Indiquez votre code postal.',
  'parent.required.address.city': 'Indiquez votre ville.',
  'parent.required.phone': 'Indiquez votre numéro de téléphone ou de gsm.',
  'parent.required.email': 'Indiquez votre adresse e-mail.',
  'parent.recap.intro': 'Vérifiez vos informations puis cliquez sur « Valider ».',
  'parent.action.back': 'Précédent',
  'parent.action.submit': 'Valider',
  'parent.action.sendChange': 'Envoyer la demande',
  'parent.change.recapIntro': 'Vérifiez les modifications demandées puis cliquez sur « Envoyer la demande ».',
  'parent.change.was': 'auparavant : {value}',
} as const;

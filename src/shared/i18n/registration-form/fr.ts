/**
 * French words of a registration form's fields, shown with the form: the
 * date input's and the phone hints. <parent-register> and <child-register>
 * share them; the field problems and the later screens' words are in
 * ../registration.
 */
export default {
  'ui.day': 'Jour',
  'ui.month': 'Mois',
  'ui.year': 'Année',
  'ui.dateHint': 'Par exemple : 27 3 2015',
  'ui.phoneHint.BE': 'Par exemple : 0496 44 41 11',
  'ui.phoneHint.FR': 'Par exemple : 06 12 34 56 78',
};

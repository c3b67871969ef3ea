import type fr from './fr.js';

/** Dutch messages of <child-register>'s registration confirmation. */
export default {
  'child.done.title': 'Uw kind is geregistreerd',
  'child.done.linkedTitle': 'Uw kind is aan uw gezin gekoppeld',
  'child.done.linked':
    'De {service} kende {name} al: we hebben het kind aan uw gezin gekoppeld, zonder het een tweede keer te registreren.',
  'child.done.next': 'De medische fiche van {name} is nodig om het kind in te schrijven voor activiteiten.',
  'child.done.healthForm': 'Vul nu de medische fiche in',
} satisfies Record<keyof typeof fr, string>;

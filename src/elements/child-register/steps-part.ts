// The registration's steps after the first ("Nouvel enfant à enregistrer", "Vérifiez vos réponses"), which a
// change request shows too, with their messages: loaded when first shown (see lazy-parts.ts).
import { stepsMessages } from './messages/steps/index.js';
import { registrationMessages } from '../../shared/i18n/registration/index.js';
import { registrationFormMessages } from '../../shared/i18n/registration-form/index.js';

export { renderChildStep } from './child-step-view.js';
export { renderChange, renderRecap } from './register-recap-view.js';

export const messages = [stepsMessages, registrationMessages, registrationFormMessages];

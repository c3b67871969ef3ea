// The registration's steps after the first ("Nouvel enfant à enregistrer", "Vérifiez vos réponses"), which a
// change request shows too, with their messages and the form's model (its checks, the child rules): loaded when
// first shown or when a draft is restored (see lazy-parts.ts).
import { screenStyles } from './child-register.styles.js';
import { stepsMessages } from './messages/steps/index.js';
import { registrationMessages } from '../../shared/i18n/registration/index.js';
import { registrationFormMessages } from '../../shared/i18n/registration-form/index.js';

export { renderChildStep } from './child-step-view.js';
export { renderChange, renderRecap } from './register-recap-view.js';
export {
  continueChange,
  continueToRecap,
  parseRegistration,
  submitChange,
  submitRegistration,
} from './register-steps.js';
export { startChange, startRegistration, withBirthDate, withField, withSite } from './register-model.js';

export const messages = [stepsMessages, registrationMessages, registrationFormMessages];

export const styles = screenStyles;

// The health form's screen, with its messages: loaded when first shown (see
// lazy-parts.ts); the element reaches the health form only through this module.
import { screenStyles } from './child-register.styles.js';
import { healthMessages } from './messages/health/index.js';
import { stepsMessages } from './messages/steps/index.js';
import { registrationMessages } from '../../shared/i18n/registration/index.js';
import { registrationFormMessages } from '../../shared/i18n/registration-form/index.js';

export { HealthController, type HealthStepName } from './health-controller.js';
export { renderHealthScreen, type HealthScreenView } from './health-screen-view.js';

/** The health form's buttons and choices are worded as the registration's. */
export const messages = [healthMessages, stepsMessages, registrationMessages, registrationFormMessages];

export const styles = screenStyles;

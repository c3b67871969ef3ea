// "Mes enfants", a child's page and the screens around a child's forms, with
// their messages: loaded when first shown (see lazy-parts.ts).
import { screenStyles } from './child-register.styles.js';
import { historyMessages } from '../../shared/i18n/history/index.js';
import { healthMessages } from './messages/health/index.js';
import { pagesMessages } from './messages/pages/index.js';
import { stepsMessages } from './messages/steps/index.js';
import { registrationMessages } from '../../shared/i18n/registration/index.js';
import { registrationFormMessages } from '../../shared/i18n/registration-form/index.js';

export { renderScreens, type ScreensHost } from './child-screens.js';

/**
 * A child's page shows their health form (the answer to it says how long it
 * is valid), their identity as the registration asks it, and each request's status history.
 */
export const messages = [
  pagesMessages,
  healthMessages,
  stepsMessages,
  historyMessages,
  registrationMessages,
  registrationFormMessages,
];

export const styles = screenStyles;

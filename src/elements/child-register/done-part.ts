// The registration's confirmation (request number, what happens next, status history), with its messages:
// loaded when first shown (see lazy-parts.ts).
import { historyMessages } from '../../shared/i18n/history/index.js';
import { doneMessages } from './messages/done/index.js';
import { registrationMessages } from '../../shared/i18n/registration/index.js';
import { registrationFormMessages } from '../../shared/i18n/registration-form/index.js';
import { screenStyles } from './child-register.styles.js';

export { renderConfirmation } from './confirmation-view.js';

export const messages = [doneMessages, historyMessages, registrationMessages, registrationFormMessages];

export const styles = screenStyles;

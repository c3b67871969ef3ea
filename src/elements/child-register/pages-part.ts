// "Mes enfants", a child's page and the screens around a child's forms, with
// their messages: loaded when first shown (see lazy-parts.ts).
import { healthMessages } from './messages/health/index.js';
import { pagesMessages } from './messages/pages/index.js';

export {
  renderChildError,
  renderChildFormScreen,
  renderChildPageScreen,
  renderChildren,
  type ScreensView,
} from './screens-view.js';

/** A child's page shows their health form, and the answer to it says how long it is valid. */
export const messages = [pagesMessages, healthMessages];

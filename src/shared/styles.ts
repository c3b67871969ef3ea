import { coreStyles } from './styles/core.js';
import { detailsStyles } from './styles/details.js';
import { flowStyles } from './styles/flow.js';
import { formStyles } from './styles/form.js';

export { coreStyles, detailsStyles, flowStyles, formStyles };

/**
 * Every shared style: the core, forms and flows. An element that shows no
 * form or no recap takes only the parts it needs, and its page downloads less.
 */
export const baseStyles = [coreStyles, formStyles, flowStyles];

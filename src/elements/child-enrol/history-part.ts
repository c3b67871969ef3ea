// A request's status history with its words (and the status labels they name), loaded when the home
// screen's enrolments are first shown, each in its closed "Historique de la demande" (see parts.ts).
import { historyMessages } from '../../shared/i18n/history/index.js';

export { statusTimeline } from '../../shared/ui/timeline.js';
export const messages = [historyMessages];

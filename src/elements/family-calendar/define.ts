import { FamilyCalendar } from './family-calendar.js';

export { FamilyCalendar };

if (!customElements.get('family-calendar')) customElements.define('family-calendar', FamilyCalendar);

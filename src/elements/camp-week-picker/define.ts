import { CampWeekPicker } from './camp-week-picker.js';

export { CampWeekPicker };
export type { CampDayChoice } from './camp-week-picker.js';

if (!customElements.get('camp-week-picker')) customElements.define('camp-week-picker', CampWeekPicker);

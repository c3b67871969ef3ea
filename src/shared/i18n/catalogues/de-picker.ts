import type { frPicker } from './fr-picker.js';

export const dePicker: Record<keyof typeof frPicker, string> = {
  'picker.title': 'Ferienlagerwochen',
};

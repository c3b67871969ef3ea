import type { frPicker } from './fr-picker.js';

export const nlPicker: Record<keyof typeof frPicker, string> = {
  'picker.title': 'Speelpleinweken',
};

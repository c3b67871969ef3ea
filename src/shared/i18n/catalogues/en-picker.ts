import type { frPicker } from './fr-picker.js';

export const enPicker: Record<keyof typeof frPicker, string> = {
  'picker.title': 'Camp weeks',
};

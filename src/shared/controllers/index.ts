export { ActionController, mainSlot, type ActionOptions, type SendOptions } from './action.js';
export { DraftController, DraftsController } from '../draft.js';
export { FocusController } from './focus.js';
export { GridKeyboardController, type GridCell, type GridKeyboardOptions } from './grid-keyboard.js';
export { LazyController, whenIdle, type LazyLocalizer, type LazyOptions, type LazyPart } from './lazy.js';

export * from './state.js';
export * from './easter.js';
export * from './school-days.js';
export * from './deadlines.js';
export * from './pricing.js';
export * from './expand.js';

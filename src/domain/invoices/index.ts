export * from './communication.js';
export * from './epc.js';
export * from './school-year.js';
export * from './records.js';
export * from './summary.js';
export * from './payment.js';

export * from './commune.js';
export * from './field-issue.js';
export * from './parent.js';
export * from './request.js';
export * from './family.js';

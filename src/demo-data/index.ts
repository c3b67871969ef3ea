/*
 * The demo's data, the same for the in-browser demo backend (adapter/memory)
 * and the reference server's seed: communes and their schools, and one family
 * per situation. Pure data built from the domain's types only. The demo camps
 * (camps.ts) are imported on their own, on demand: demos without camps do not
 * download them.
 */
export * from './communes.js';
export * from './families.js';

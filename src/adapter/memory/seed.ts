import {
  demoFamilyState,
  firstFreeRequestNumber,
  type DemoFamily,
  type DemoFamilyState,
  type DemoProfile,
} from '../../demo-data/index.js';

/** The demo's commune: `be` (Mont-Saint-Guibert, Belgium) or `fr` (Coudekerque-Branche, France). */
export type MemoryProfile = DemoProfile;

/**
 * The demo account signed in: `new` (not yet registered), `known` (registered,
 * two children, past requests), `separated` (a child shared with a co-parent
 * living elsewhere), `empty` (registered, no child yet).
 */
export type MemoryFamily = DemoFamily;

/** The state of one demo account. */
export interface MemoryState extends DemoFamilyState {
  /** The next request number's counter. */
  counter: number;
}

/** A family's state as seeded (see demoFamilyState), with its next request number. */
export function seedState(profile: MemoryProfile, family: MemoryFamily, now = new Date()): MemoryState {
  return {
    ...demoFamilyState(profile, family, now),
    counter: family === 'new' ? 1 : firstFreeRequestNumber,
  };
}

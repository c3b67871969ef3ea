import type { BookingChange, Planning, Unit } from '../../domain/index.js';
import type { PendingChange } from './calendar-model.js';

// The sums of the recap and the request it sends: with the recap's part, loaded once a day is ticked.

/** What a pending change adds to the bill (a cancellation saves the price, unless it is billed). */
export function deltaOf(change: PendingChange): number {
  if (change.action === 'book') return change.outcome === 'waiting' ? 0 : change.priceCents;
  return change.billed ? 0 : -change.priceCents;
}

/** The recap's sums: additions, cancellations, and the price change. */
export function recapOf(changes: readonly PendingChange[]) {
  const additions = changes.filter((change) => change.action === 'book');
  const cancellations = changes.filter((change) => change.action === 'cancel');
  const totalDeltaCents = changes.reduce((sum, change) => sum + deltaOf(change), 0);
  return { additions, cancellations, totalDeltaCents };
}

/** The changes as the server takes them. */
export function toChanges(changes: readonly PendingChange[]): BookingChange[] {
  return changes.map(({ childId, unitId, date, action }) => ({ childId, unitId, date, action }));
}

/** The units of every activity by id (names of pending changes outside the shown month). */
export function unitsOf(planning: Planning | undefined): Map<string, Unit> {
  return new Map(
    planning?.activities.flatMap((activity) => activity.units.map((unit) => [unit.id, unit])) ?? [],
  );
}

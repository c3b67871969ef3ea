import type { Activity } from '../calendar.js';
import { placesKey, unitsById, type BookingRecord } from './state.js';

/** A family's child on a unit's waiting list for a day. */
export type WaitingEntry = BookingRecord & { familyId: string };

/** A waiting child given a freed place: the backend books it (and tells the family). */
export interface Promotion {
  familyId: string;
  childId: string;
  unitId: string;
  date: string;
}

/**
 * Freed places go to the children waiting for that unit and day, first come
 * (by `at`) first served, as many as places are left (`taken`: every family's,
 * after the changes that freed them); a unit without capacity takes everyone
 * waiting. Days already over (in UTC) are skipped.
 */
export function offerFreedCalendarPlaces(
  freed: readonly { unitId: string; date: string }[],
  queue: readonly WaitingEntry[],
  taken: ReadonlyMap<string, number>,
  activities: readonly Activity[],
  now: Date,
): Promotion[] {
  const units = unitsById(activities);
  const today = now.toISOString().slice(0, 10);
  const days = new Map(freed.map((day) => [placesKey(day.unitId, day.date), day]));
  const promotions: Promotion[] = [];
  for (const [key, { unitId, date }] of days) {
    const unit = units.get(unitId)?.unit;
    if (!unit || date < today) continue;
    const left = unit.capacity === undefined ? Infinity : unit.capacity - (taken.get(key) ?? 0);
    const waiting = queue
      .filter((entry) => entry.status === 'waiting' && entry.unitId === unitId && entry.date === date)
      .sort((a, b) => a.at.localeCompare(b.at));
    for (const entry of waiting.slice(0, Math.max(0, left)))
      promotions.push({ familyId: entry.familyId, childId: entry.childId, unitId, date });
  }
  return promotions;
}

import { seedCamps } from '../../../src/demo-data/camps.js';
import type { Camp, CampAvailability, ChildSummary } from '../../../src/domain/index.js';

/**
 * The clock of the models' tests: 1 March 2027. The demo's summer camp
 * (`ete-2027`, open for registration) runs S26 (open from Thursday 1 July)
 * to S35, by age group; the carnival camp (`carnaval-2028`) opens for
 * registration on 21 March, by school grade, whole weeks only.
 */
export const clock = new Date('2027-03-01T10:00:00Z');
export const camps = (): Camp[] => seedCamps('be', clock);
export const summer = (): Camp => camps().find((camp) => camp.kind === 'plaine')!;
export const carnival = (): Camp => camps().find((camp) => camp.kind === 'stage')!;

/** Léa: 10 in summer 2027, identity and health form complete. */
export const lea: ChildSummary = {
  id: 'chi-1',
  firstName: 'Léa',
  lastName: 'Dubois',
  birthDate: '2016-09-14',
  identityComplete: true,
  healthForm: 'complete',
};

/** The child's places: `left` on the dates given, 24 on every other open day. */
export function availabilityOf(camp: Camp, left: Record<string, number> = {}): CampAvailability {
  const openDays = camp.weeks.flatMap((week) => week.days).filter((day) => day.open);
  return {
    campId: camp.id,
    childId: lea.id,
    groupId: camp.groups[0]!.id,
    days: openDays.map((day) => ({ date: day.date, capacity: 24, left: left[day.date] ?? 24, waiting: 0 })),
  };
}

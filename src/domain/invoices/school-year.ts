/** The school year a date belongs to (`2026-2027`): from 1 September to 31 August. */
export function schoolYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** A school year's first and last days. */
export function schoolYearDates(schoolYear: string): { from: string; to: string } {
  const start = Number(schoolYear.slice(0, 4));
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

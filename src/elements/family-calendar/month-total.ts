import { css, html, nothing } from 'lit';
import type { CellStatus, Planning } from '../../domain/index.js';
import type { CalendarLocalizer } from './cell-words.js';

// "Total du mois" under the grid: what the shown month's days cost the family, billed or to be billed.

/** The states whose price the family pays (or will pay once the service agrees). */
const billed: ReadonlySet<CellStatus> = new Set([
  'booked',
  'present',
  'absent-billed',
  'cancel-requested',
  'requested',
]);

export interface MonthTotal {
  totalCents: number;
  /** The part of it awaiting the service (requests not yet accepted). */
  awaitingCents: number;
  /** Each shown child's part, in the planning's order. */
  children: { childId: string; cents: number }[];
}

/** The month's total over the shown children (`childId` alone, else every child). */
export function monthTotal(planning: Planning, month: string, childId?: string): MonthTotal {
  let totalCents = 0;
  let awaitingCents = 0;
  const children = planning.children
    .filter((child) => childId === undefined || child.childId === childId)
    .map((child) => {
      let cents = 0;
      for (const cell of child.cells) {
        if (!cell.date.startsWith(month) || !billed.has(cell.status)) continue;
        cents += cell.priceCents;
        if (cell.status === 'requested') awaitingCents += cell.priceCents;
      }
      totalCents += cents;
      return { childId: child.childId, cents };
    });
  return { totalCents, awaitingCents, children };
}

/**
 * "Total du mois : 84,00 €", "dont 12,00 € en attente de validation", and a
 * line per child when several are shown. Plain text: it is read in its place,
 * not announced when a month loads.
 */
export function monthTotalView(
  i18n: CalendarLocalizer,
  total: MonthTotal,
  names: ReadonlyMap<string, string>,
  currency: string,
) {
  const money = (cents: number) => i18n.money(cents, currency);
  return html`<div class="month-total" part="month-total">
    <p>
      <strong>${i18n.t('calendar.total.month', { amount: money(total.totalCents) })}</strong>
      ${
        total.awaitingCents > 0
          ? html`<span>${i18n.t('calendar.total.awaiting', { amount: money(total.awaitingCents) })}</span>`
          : nothing
      }
    </p>
    ${total.totalCents === 0 ? html`<p class="hint">${i18n.t('calendar.total.none')}</p>` : nothing}
    ${
      total.children.length > 1
        ? html`<ul class="month-total__children">
            ${total.children.map(
              (child) =>
                html`<li>
                  ${i18n.t('calendar.total.child', {
                    name: names.get(child.childId) ?? '',
                    amount: money(child.cents),
                  })}
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}

export const monthTotalStyles = css`
  .month-total {
    margin-block: var(--_space);
  }
  .month-total p {
    margin: 0;
  }
  .month-total__children {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 2);
  }
`;

import { css, html, nothing } from 'lit';
import type { ClosingPreview } from '../../domain/index.js';
import { localText } from '../i18n/local-text.js';
import type { Localizer } from '../i18n/localize.js';
import { quantity, type PriceBreakdownKey } from '../i18n/price-breakdown/index.js';

/**
 * What closing the requests bills, camp by camp and child by child: each
 * week ("S28 : 3 jours"), the degressive reduction ("Réduction de 10 % (2e
 * enfant)"), the activities' supplements and the child's total, under the
 * tariff that applies (residents' or not). Shown in the cart's article and,
 * before closing, by `<child-enrol>` (both load `priceBreakdownMessages`).
 * `headingLevel`: the level of each camp's name.
 */
export function closingBreakdown(
  i18n: Localizer<PriceBreakdownKey>,
  preview: ClosingPreview,
  headingLevel: number,
) {
  const money = (cents: number) => i18n.money(cents, preview.currency);
  const percent = new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 2 });
  const row = (label: string, cents: number) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${money(cents)}</td>
    </tr>`;
  return html`<div class="breakdown">
    <p>${i18n.t(preview.resident ? 'cart.breakdown.resident' : 'cart.breakdown.nonResident')}</p>
    ${preview.camps.map(
      (camp) =>
        html`<div class="breakdown__camp" role="heading" aria-level=${Math.min(Math.max(headingLevel, 1), 6)}>
            ${localText(i18n, camp.campName)}
          </div>
          ${camp.price.children.map(
            (child) =>
              html`<table class="breakdown__table">
                <caption>
                  ${child.firstName}
                </caption>
                <tbody>
                  ${child.weeks.map((week) =>
                    row(
                      i18n.t(week.wholeWeek ? 'cart.breakdown.wholeWeek' : 'cart.breakdown.week', {
                        week: i18n.week(week.label),
                        days: quantity(i18n, 'day', week.days),
                      }),
                      week.baseCents,
                    ),
                  )}
                  ${
                    child.reductionCents > 0
                      ? row(
                          i18n.t('cart.breakdown.reduction', {
                            percent: percent.format(child.reductionPercent),
                            rank: i18n.t(
                              child.rank === 2 ? 'cart.breakdown.rank.2' : 'cart.breakdown.rank.3',
                            ),
                          }),
                          -child.reductionCents,
                        )
                      : nothing
                  }
                  ${child.supplementsCents > 0 ? row(i18n.t('cart.breakdown.supplements'), child.supplementsCents) : nothing}
                </tbody>
                <tfoot>
                  ${row(i18n.t('cart.breakdown.childTotal', { name: child.firstName }), child.totalCents)}
                </tfoot>
              </table>`,
          )}`,
    )}
  </div>`;
}

/** The price breakdown's tables (`closingBreakdown`), for every element that shows it; with baseStyles. */
export const breakdownStyles = css`
  .breakdown__camp {
    font-weight: 700;
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }
  .breakdown__table {
    width: 100%;
    max-width: 32rem;
    border-collapse: collapse;
    margin-bottom: calc(var(--_space) * 2);
  }
  .breakdown__table caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: calc(var(--_space) / 2);
  }
  .breakdown__table th,
  .breakdown__table td {
    padding: calc(var(--_space) / 2) 0;
    border-bottom: 1px solid var(--fp-color-border, #b1b4b6);
    font-weight: 400;
    text-align: start;
    vertical-align: top;
  }
  .breakdown__table td {
    text-align: end;
    white-space: nowrap;
    padding-inline-start: calc(var(--_space) * 2);
  }
  .breakdown__table tfoot th,
  .breakdown__table tfoot td {
    font-weight: 700;
    border-bottom: 0;
  }
`;

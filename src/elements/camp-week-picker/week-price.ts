import type { Camp, CampWeek, PricedWeek } from '../../domain/index.js';
import { checkCampBooking, priceCamp } from '../../domain/camp-pricing.js';
import type { Localizer } from '../../shared/i18n/localize.js';
import type { PickerKey } from './messages/index.js';
import type { CampDayChoice, PickerWeek, Selection } from './week-model.js';
import { tariffOf, type PickerData } from './week-view.js';

export { priceMessages as messages } from './messages/price/index.js';

/*
 * What the picker needs once a day is chosen: the price of the week's days
 * and the camp's booking rules that check the value. Loaded on first use (or
 * when the page is idle), with their messages, so that a page shows the weeks
 * without them.
 */

/** What the week's chosen days cost one child, as "la clôture" will count them; undefined when none is chosen. */
export function weekPrice(
  camp: Pick<Camp, 'tariffs' | 'degressive'>,
  week: CampWeek,
  value: readonly CampDayChoice[],
  resident: boolean,
): (PricedWeek & { supplementsCents: number }) | undefined {
  const booking = { childId: '', firstName: '', birthDate: '', days: value };
  const priced = priceCamp({ ...camp, weeks: [week] }, [booking], { resident }).children[0];
  const pricedWeek = priced?.weeks[0];
  return priced && pricedWeek ? { ...pricedWeek, supplementsCents: priced.supplementsCents } : undefined;
}

/** The first problem of a non-empty choice, as the service would find it (an empty one is `required`'s business). */
export function choiceIssue(camp: Pick<Camp, 'weeks' | 'wholeWeeksOnly'>, value: readonly CampDayChoice[]) {
  return value.length === 0 ? undefined : checkCampBooking(camp, value)[0];
}

/** "Cette semaine : 3 jours, 45,00 €.", with the activities' supplements; '' when no day of the week is chosen. */
export function weekPriceText(
  i18n: Localizer<PickerKey>,
  data: PickerData,
  selection: Selection,
  week: PickerWeek,
): string {
  const priced = weekPrice(data.camp, week.week, selection.value, data.resident);
  if (!priced) return '';
  const money = (cents: number) => i18n.money(cents, data.camp.currency);
  const base =
    priced.wholeWeek && tariffOf(data).weekCents !== undefined
      ? i18n.t('picker.price.wholeWeek', { price: money(priced.baseCents) })
      : i18n.t(priced.days === 1 ? 'picker.price.oneDay' : 'picker.price.days', {
          count: priced.days,
          price: money(priced.baseCents),
        });
  return priced.supplementsCents > 0
    ? `${base} ${i18n.t('picker.price.supplements', { price: money(priced.supplementsCents) })}`
    : base;
}

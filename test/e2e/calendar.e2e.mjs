/**
 * Issue 13's "Done when", as a parent would do it after `npm start`: on the
 * demo page and the reference backend, Marc Dubois (the `known` family: Léa
 * and Tom, both at the canteen) reaches the planning from the page's menu
 * and, by keyboard alone (Tab, arrows, Page Down, Enter, Space), books the
 * canteen four days a week for a month for Léa by a period booking, copies it
 * to Tom, cancels a meal before its deadline (accepted), is told why a day
 * past its deadline cannot be cancelled, puts Léa on the waiting list of a
 * full day, reports an absence with a certificate (a small PDF), sees the
 * month total, and subscribes to the iCal feed, which lists exactly the
 * confirmed bookings the API gives. Then the same on a fresh reset at 320 px
 * wide, where the month is a list of days.
 *
 * The demo data is dated from today: every date is chosen from the planning's
 * cells and the actions they offer, read through the API, never written here.
 */
import assert from 'node:assert/strict';
import { familyApi, keyboard, runOnDemo } from './support.mjs';

const lea = 'chi-1';
const tom = 'chi-2';
const names = { [lea]: 'Léa', [tom]: 'Tom' };

const dayName = (date) =>
  new Intl.DateTimeFormat('fr-BE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
const monthName = (month) =>
  new Intl.DateTimeFormat('fr-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
/** An instant's day and time in the commune's zone: "mardi 1 décembre à 10:00". */
const instantWords = (iso, timeZone) => {
  const at = new Date(iso);
  const day = new Intl.DateTimeFormat('fr-BE', { weekday: 'long', day: 'numeric', month: 'long', timeZone });
  const time = new Intl.DateTimeFormat('fr-BE', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  return `${day.format(at)} à ${time.format(at)}`;
};
const dateIn = (instant, timeZone) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);
const addDays = (date, days) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const nextMonth = (month) => addDays(`${month}-28`, 7).slice(0, 7);
const money = (cents) =>
  new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const text = (value) => (typeof value === 'string' ? value : value.fr);
const squash = (value) => value.replace(/\s+/g, ' ').trim();

/** The feed's events as "yyyy-MM-dd summary", their start's day in the commune's zone. */
function feedEvents(ics, timeZone) {
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT([\s\S]*?)END:VEVENT/g)].map(([, event]) => {
    const start = /^DTSTART[^:]*:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/m.exec(event);
    const summary = /^SUMMARY[^:]*:(.*)$/m.exec(event)?.[1] ?? '';
    assert.ok(start, `an event's start in UTC: ${event}`);
    const [, y, mo, d, h, mi, s] = start;
    const instant = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
    return `${dateIn(instant, timeZone)} ${summary.replace(/\\([,;\\])/g, '$1').trim()}`;
  });
}

/** One pass of the flow at `width`, on data just reset. */
async function flow({ url, origin, browser }, width) {
  await fetch(`${origin}/dev/reset`, { method: 'POST' });
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${url}?lang=fr&family=known`);
  const calendar = page.locator('family-calendar');
  // The month as a table when wide, a list of days (downloaded when first needed) when narrow.
  await calendar
    .locator(width < 720 ? '[part~="day-row"]' : 'table[role="grid"] [part~="cell"]')
    .first()
    .waitFor();
  const api = await familyApi(page, origin);

  const first = await api(
    `/planning?from=${addDays(dateIn(new Date(), 'UTC'), -1)}&to=${dateIn(new Date(), 'UTC')}`,
  );
  const timeZone = first.timeZone;
  const today = dateIn(new Date(), timeZone);
  const range = { from: `${today.slice(0, 7)}-01`, to: addDays(today, 200) };
  const planning = () => api(`/planning?from=${range.from}&to=${range.to}`);
  const units = new Map(
    first.activities.flatMap((activity) => activity.units.map((unit) => [unit.id, unit])),
  );
  const meal = [...units.values()].find((unit) => unit.meal && unit.mode === 'booking');
  assert.ok(meal, 'a canteen unit');
  const cellsOf = (plan, childId) =>
    plan.children.find((child) => child.childId === childId)?.cells.map((cell) => ({ ...cell, childId })) ??
    [];
  const cellAt = (plan, { childId, unitId, date }) =>
    cellsOf(plan, childId).find((cell) => cell.unitId === unitId && cell.date === date);

  const keys = keyboard(page, 'family-calendar');
  const root = (fn, arg) => calendar.evaluate(fn, arg);
  const statusText = () => root((el) => el.shadowRoot.querySelector('[role="status"]').textContent.trim());
  const inGrid = (active) => /\b(cell|day-button)\b/.test(active.part);

  // The page does not scroll sideways: the month's table (wide) or the list of days (narrow) fits.
  const layout = await root((el) => ({
    table: Boolean(el.shadowRoot.querySelector('table[role="grid"]')),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  assert.equal(layout.overflow, 0, `${width} px: no sideways scrolling`);

  /** Into the planning by keyboard: Tab to the menu's "Planning", Enter, then Tab to the grid's one stop. */
  async function enterPlanning() {
    for (let i = 0; i < 200; i += 1) {
      const onLink = await page.evaluate(() => document.activeElement?.getAttribute('href') === '#planning');
      if (onLink) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/#planning$/);
    await keys.tabTo(inGrid, 'the planning’s grid');
  }

  /** To the grid's Tab stop from wherever focus is: back from below it, on from above it, or by the menu. */
  async function toGrid() {
    const where = await root((el) => {
      const grid = el.shadowRoot.querySelector('[part~="grid"]');
      const active = el.shadowRoot.activeElement;
      if (!active || !grid) return 'outside';
      if (grid.contains(active)) return 'grid';
      return active.compareDocumentPosition(grid) & Node.DOCUMENT_POSITION_FOLLOWING ? 'before' : 'after';
    });
    if (where === 'grid') return;
    if (where === 'outside') return enterPlanning();
    await keys.tabTo(inGrid, 'the planning’s grid', { back: where === 'after' });
  }

  /** Where a cell (or with no unit, a day's actions button) is in the grid shown: its row and column. */
  const findCell = (date, unit, childId) =>
    root(
      (el, { day, unit, child }) => {
        const shadow = el.shadowRoot;
        const at = (button) =>
          button && { row: Number(button.dataset.row), column: Number(button.dataset.column) };
        if (!unit)
          return at(
            [...shadow.querySelectorAll('[part~="day-button"]')].find((button) =>
              button.textContent.includes(`Actions du ${day}`),
            ),
          );
        const named = [...shadow.querySelectorAll('[part~="cell"][aria-label]')].find((button) =>
          button.getAttribute('aria-label').startsWith(`${day}, ${unit}, ${child} :`),
        );
        if (named) return at(named);
        const row = [...shadow.querySelectorAll('[part~="day-row"]')].find((day_) =>
          day_.querySelector('[role="rowheader"]').textContent.trim().startsWith(day),
        );
        return at(
          [...(row?.querySelectorAll('[part~="cell"]') ?? [])].find(
            (button) =>
              button.querySelector('.cell__unit')?.textContent.replace(/\s+/g, ' ').trim() ===
              `${unit} · ${child}`,
          ),
        );
      },
      { day: dayName(date), unit: unit && text(unit.name), child: names[childId] },
    );

  /** Focus on a cell (or a day's button) by keyboard: Page Down/Up to its month, then the arrows. */
  async function focusCell(date, unit, childId) {
    await toGrid();
    const month = monthName(date.slice(0, 7));
    for (let i = 0; i < 12; i += 1) {
      const shown = await root((el) => el.shadowRoot.querySelector('[part~="month"]').textContent.trim());
      if (shown === month) break;
      const later = date.slice(0, 7) > ((await root((el) => el.getAttribute('month'))) || today.slice(0, 7));
      await page.keyboard.press(later ? 'PageDown' : 'PageUp');
      await page.waitForTimeout(200);
    }
    let target;
    for (let i = 0; i < 50 && !target; i += 1) {
      target = await findCell(date, unit, childId);
      if (!target) await page.waitForTimeout(100);
    }
    assert.ok(target, `${dayName(date)} ${unit ? text(unit.name) : ''} in the grid`);
    await keys.tabTo(inGrid, 'the grid', { back: true });
    for (let i = 0; i < 120; i += 1) {
      const at = await keys.focused();
      if (at.row === target.row && at.column === target.column) return;
      const key =
        at.row < target.row
          ? 'ArrowDown'
          : at.row > target.row
            ? 'ArrowUp'
            : at.column < target.column
              ? 'ArrowRight'
              : 'ArrowLeft';
      await page.keyboard.press(key);
    }
    throw new Error(`the arrows never reached ${date}`);
  }

  /** Enter on the cell, "Envoyer mes demandes", and the answer's line for the day. */
  async function sendOne(cell, gives, answered) {
    await focusCell(cell.date, units.get(cell.unitId), cell.childId);
    await page.keyboard.press('Enter');
    await calendar.locator('[part~="recap-item"]').getByText(gives).first().waitFor();
    await keys.press('Envoyer mes demandes');
    const item = calendar.locator(`[part~="answer-${answered}"]`).filter({ hasText: dayName(cell.date) });
    await item.first().waitFor();
  }

  // From the page's menu onwards, the keyboard only.
  await page.locator('[data-lang="fr"]').focus();
  await enterPlanning();

  // The month booked by period: the first after the full day's with eight canteen days Léa may book
  // (the full day stays out of it, for the waiting list below).
  let plan = await planning();
  const fullDay = cellsOf(plan, lea).find((cell) => cell.status === 'full');
  assert.ok(fullDay, 'a full day');
  const bookable = (childId, month) =>
    cellsOf(plan, childId).filter(
      (cell) =>
        cell.unitId === meal.id && cell.date.startsWith(month) && cell.actions.book?.outcome === 'booked',
    );
  const month = [...new Set(cellsOf(plan, lea).map((cell) => cell.date.slice(0, 7)))]
    .sort()
    .find((candidate) => candidate > fullDay.date.slice(0, 7) && bookable(lea, candidate).length >= 8);
  assert.ok(month, 'a month of canteen days to book');
  const lastDay = addDays(`${nextMonth(month)}-01`, -1);
  const monthDay = bookable(lea, month)[0].date;

  // "Réserver sur une période": Léa, the canteen on Mondays, Tuesdays, Thursdays and Fridays, the month shown.
  await focusCell(monthDay);
  await keys.press('Réserver sur une période', { back: true });
  const period = calendar.locator('[part~="dialog-period"]');
  await period.locator('#period-from').waitFor();
  assert.equal(await period.locator(`#period-child-${lea}`).isChecked(), true, 'Léa, the first child');
  assert.equal(await period.locator(`#period-child-${tom}`).isChecked(), false, 'Tom not');
  const from = await period.locator('#period-from').inputValue();
  assert.equal(from.slice(0, 7), month, 'from the shown month');
  assert.equal(await period.locator('#period-to').inputValue(), lastDay, 'to its last day');
  await keys.toField('period-weeks-every');
  await page.keyboard.press('Space');
  assert.equal(await period.locator('#period-weeks-every').isChecked(), true);
  for (const weekday of [1, 2, 4, 5]) {
    await keys.toField(`period-slot-${weekday}-${meal.id}`);
    await page.keyboard.press('Space');
    assert.equal(await period.locator(`#period-slot-${weekday}-${meal.id}`).isChecked(), true);
  }
  const booked = bookable(lea, month).filter((cell) => cell.date >= from);
  await keys.press('Voir le détail');
  await period
    .getByText(/Total : /)
    .first()
    .waitFor();
  assert.equal(await period.locator('[part~="answer-booked"]').count(), booked.length, 'each date to book');
  const periodTotal = `Total : + ${money(booked.reduce((total, cell) => total + cell.priceCents, 0))}`;
  assert.ok(squash(await period.textContent()).includes(squash(periodTotal)), periodTotal);
  await keys.press('Envoyer la demande');
  await period
    .getByText(/n°\s*\S+/)
    .first()
    .waitFor();
  await page.keyboard.press('Escape');
  await period.waitFor({ state: 'hidden' });
  plan = await planning();
  for (const cell of booked) assert.equal(cellAt(plan, cell).status, 'booked', `Léa ${cell.date}`);
  console.log(`ok  ${width} px: the canteen booked by period for Léa, ${booked.length} days of ${month}`);

  // "Dupliquer le planning": Léa's canteen of the month given to Tom.
  await keys.press('Dupliquer le planning');
  const copy = calendar.locator('[part~="dialog-copy"]');
  await copy.locator('#copy-source').waitFor();
  assert.equal(await copy.locator('#copy-source').inputValue(), lea);
  const mealActivity = first.activities.find((activity) =>
    activity.units.some((unit) => unit.id === meal.id),
  );
  await keys.toField('copy-activity');
  for (let i = 0; i < 10 && (await copy.locator('#copy-activity').inputValue()) !== mealActivity.id; i += 1)
    await page.keyboard.press('ArrowDown');
  assert.equal(await copy.locator('#copy-activity').inputValue(), mealActivity.id, 'the canteen');
  await keys.toField(`copy-target-${tom}`);
  if (!(await copy.locator(`#copy-target-${tom}`).isChecked())) await page.keyboard.press('Space');
  assert.equal(await copy.locator(`#copy-target-${tom}`).isChecked(), true);
  const copyFrom = await copy.locator('#copy-from').inputValue();
  assert.equal(copyFrom.slice(0, 7), month);
  assert.equal(await copy.locator('#copy-to').inputValue(), lastDay);
  await keys.press('Voir le détail');
  await copy
    .getByText(/Total : /)
    .first()
    .waitFor();
  await copy.getByRole('heading', { name: 'Tom' }).first().waitFor();
  const copied = booked.filter((cell) => cell.date >= copyFrom);
  assert.equal(await copy.locator('[part~="answer-booked"]').count(), copied.length, 'each date for Tom');
  await keys.press('Copier le planning');
  await copy
    .getByText(/n°\s*\S+/)
    .first()
    .waitFor();
  await page.keyboard.press('Escape');
  await copy.waitFor({ state: 'hidden' });
  plan = await planning();
  for (const cell of copied)
    assert.equal(cellAt(plan, { ...cell, childId: tom }).status, 'booked', `Tom ${cell.date}`);
  console.log(`ok  ${width} px: Léa's canteen copied to Tom, ${copied.length} days`);

  // A meal of that month cancelled before its deadline: accepted, the day free again.
  const cancellable = cellsOf(plan, lea).find(
    (cell) =>
      cell.unitId === meal.id &&
      cell.date.startsWith(month) &&
      cell.status === 'booked' &&
      cell.actions.cancel?.until &&
      !cell.actions.cancel.billed,
  );
  assert.ok(cancellable, 'a booked meal Léa can still cancel');
  await sendOne(cancellable, 'sera annulé', 'cancelled');
  plan = await planning();
  assert.ok(
    ['available', 'few-places'].includes(cellAt(plan, cancellable).status),
    `${cancellable.date}: free again (${cellAt(plan, cancellable).status})`,
  );
  console.log(`ok  ${width} px: ${cancellable.date} cancelled before its deadline, accepted`);

  // A day past its deadline, whose late cancellation is refused: the parent is told why, nothing is ticked.
  const late = [...cellsOf(plan, lea), ...cellsOf(plan, tom)].find(
    (cell) => cell.status === 'booked' && cell.locked?.reason === 'deadline-passed' && cell.date >= today,
  );
  assert.ok(late?.locked.deadline, 'a booked day past its cancellation deadline');
  await focusCell(late.date, units.get(late.unitId), late.childId);
  await page.keyboard.press('Enter');
  assert.equal(
    await statusText(),
    `Impossible de modifier ce jour : délai dépassé depuis le ${instantWords(late.locked.deadline, timeZone)}.`,
  );
  assert.equal(await calendar.locator('[part~="pending-count"]').count(), 0, 'nothing ticked');
  console.log(`ok  ${width} px: ${late.date} past its deadline, the reason said`);

  // Léa on the waiting list of the full day.
  const full = cellsOf(plan, lea).find(
    (cell) => cell.status === 'full' && cell.actions.book?.outcome === 'waiting',
  );
  assert.ok(full, 'a full day Léa may wait for');
  await sendOne(full, 'complet : inscription sur la liste d’attente', 'waiting');
  plan = await planning();
  assert.equal(cellAt(plan, full).status, 'waiting');
  console.log(`ok  ${width} px: Léa on the waiting list of ${full.date}`);

  // An absence with a medical certificate, from the booked day's actions.
  const absent = cellsOf(plan, lea).find(
    (cell) =>
      cell.unitId === meal.id && cell.status === 'booked' && cell.actions.absence && cell.date > today,
  );
  assert.ok(absent, 'a booked meal to report an absence on');
  await focusCell(absent.date);
  await page.keyboard.press('Enter');
  await calendar.locator('[part~="day-panel"]').waitFor();
  await keys.press('Déclarer une absence');
  const dialog = calendar.locator('[part~="dialog-absence"]');
  await dialog.locator('#absence-from').waitFor();
  assert.equal(await dialog.locator('#absence-from').inputValue(), absent.date, 'the day given');
  assert.equal(await dialog.locator('#absence-child').inputValue(), lea, 'the child given');
  await keys.toField('absence-reason-illness');
  await page.keyboard.press('Space');
  // Listened for before the Tab presses: Playwright turns the browser's chooser interception on
  // asynchronously, and a key pressed at once could still open the (headless, empty) native dialog.
  const choosing = page.waitForEvent('filechooser');
  await keys.toField('absence-files');
  await page.keyboard.press('Space');
  const chooser = await choosing;
  await chooser.setFiles({
    name: 'certificat.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
  });
  await dialog.getByText('certificat.pdf').first().waitFor();
  await keys.press('Déclarer l’absence');
  const result = dialog.locator('[part~="absence-result"]');
  await result.waitFor();
  assert.match(squash(await result.textContent()), /^Absence déclarée : demande n° \S+, .+\.$/);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  plan = await planning();
  assert.equal(cellAt(plan, absent).status, 'absence-requested');
  const requests = (await api('/family')).requests;
  assert.ok(
    requests.some((request) => request.kind === 'absence'),
    'the absence request in the family’s requests',
  );
  console.log(`ok  ${width} px: an absence reported on ${absent.date}, with a certificate`);

  // The month total of the month booked: what is billed or to be billed, per child.
  await focusCell(monthDay);
  const counted = new Set(['booked', 'present', 'absent-billed', 'cancel-requested', 'requested']);
  const sum = (childId) =>
    cellsOf(plan, childId)
      .filter((cell) => cell.date.startsWith(month) && counted.has(cell.status))
      .reduce((total, cell) => total + cell.priceCents, 0);
  const totalPart = calendar.locator('[part~="month-total"]');
  await totalPart.waitFor();
  const shownTotal = squash(await totalPart.textContent());
  for (const expected of [
    `Total du mois : ${money(sum(lea) + sum(tom))}`,
    `Léa : ${money(sum(lea))}`,
    `Tom : ${money(sum(tom))}`,
  ])
    assert.ok(shownTotal.includes(squash(expected)), `"${expected}" in "${shownTotal}"`);
  console.log(`ok  ${width} px: the month total of ${month}, per child`);

  // The iCal feed: the link made in the element's dialog lists exactly the confirmed bookings.
  await toGrid();
  await keys.press('S’abonner au calendrier', { back: true });
  const feedDialog = calendar.locator('[part~="dialog-feed"]');
  await keys.press('Créer le lien');
  await feedDialog.locator('[part~="feed-notice"]').getByText('Votre lien est créé.').waitFor();
  const feedUrl = await feedDialog.locator('#feed-url').inputValue();
  await page.keyboard.press('Escape');
  const feed = await fetch(feedUrl);
  assert.equal(feed.status, 200, `the feed at ${feedUrl}`);
  assert.match(feed.headers.get('content-type') ?? '', /^text\/calendar/);
  // The feed goes back 92 days: the planning read over the same days.
  const since = dateIn(new Date(Date.now() - 92 * 86_400_000), 'UTC');
  const whole = await api(`/planning?from=${since}&to=${addDays(since, 390)}`);
  const confirmed = whole.children
    .flatMap(({ childId, cells }) =>
      cells
        .filter((cell) => cell.status === 'booked' || cell.status === 'present')
        .map((cell) => `${cell.date} ${text(units.get(cell.unitId).name)} · ${names[childId]}`),
    )
    .sort();
  const listed = feedEvents(await feed.text(), timeZone).sort();
  assert.ok(confirmed.length > 0, 'confirmed bookings to list');
  assert.deepEqual(listed, confirmed, 'the feed lists exactly the confirmed bookings');
  for (const left of [cancellable, full, absent])
    assert.ok(
      !listed.some((event) => event.startsWith(`${left.date} ${text(meal.name)} · Léa`)),
      `${left.date} not listed`,
    );
  console.log(`ok  ${width} px: the iCal feed lists the ${listed.length} confirmed bookings, no other`);

  assert.equal(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    0,
    `${width} px: still no sideways scrolling`,
  );
  assert.deepEqual(problems, [], 'no script error');
  await context.close();
  return layout;
}

await runOnDemo(async (demo) => {
  const wide = await flow(demo, 1280);
  assert.equal(wide.table, true, '1280 px: the month as a table');
  const narrow = await flow(demo, 320);
  assert.equal(narrow.table, false, '320 px: a list of days, never 31 columns');
});

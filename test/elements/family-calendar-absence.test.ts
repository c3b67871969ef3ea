import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { CalendarDouble } from './family-calendar.fixtures.js';
import { buttonNamed, placeCalendar as place, press, text } from './family-calendar.page.js';

const dialog = (root: ShadowRoot) => root.querySelector<HTMLDialogElement>('dialog[part~="dialog-absence"]');

async function openAbsence(root: ShadowRoot) {
  await press(root, 'Déclarer une absence');
  await waitUntil(() => dialog(root)?.open && dialog(root)?.querySelector('form'), 'no absence dialog');
  return dialog(root)!;
}

/** Picks `files` in the file input, as the browser's file chooser would. */
function pick(shown: HTMLDialogElement, files: File[]) {
  const input = shown.querySelector<HTMLInputElement>('#absence-files')!;
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

const pdf = (name = 'certificat.pdf', size = 2048) =>
  new File([new Uint8Array(size)], name, { type: 'application/pdf' });

async function fill(shown: HTMLDialogElement) {
  const from = shown.querySelector<HTMLInputElement>('#absence-from')!;
  from.focus();
  from.value = '2027-01-21';
  from.dispatchEvent(new Event('input'));
  await sendKeys({ press: 'Tab' });
  const illness = [...shown.querySelectorAll<HTMLInputElement>('input[type="radio"]')][0]!;
  illness.focus();
  await sendKeys({ press: 'Space' });
}

describe('<family-calendar> "Déclarer une absence"', () => {
  beforeEach(() => sessionStorage.clear());

  it('declares an absence by keyboard with a certificate; the answer; focus back to the opener', async () => {
    const { root, double } = await place();
    const shown = await openAbsence(root);
    expect(root.activeElement?.id).to.equal('dialog-heading');
    await fill(shown);
    pick(shown, [pdf()]);
    await waitUntil(() => text(shown).includes('certificat.pdf'), 'file not listed');
    await press(shown, 'Déclarer l’absence');
    await waitUntil(() => shown.querySelector('[part~="absence-result"]'), 'no answer');
    expect(text(shown.querySelector('[part~="absence-result"]'))).to.equal(
      'Absence déclarée : demande n° 27-31, en attente de validation par le service.',
    );
    expect(double.uploads.map((upload) => upload.name)).to.deep.equal(['certificat.pdf']);
    expect(double.absences[0]!.input).to.deep.equal({
      childId: 'chi-1',
      from: '2027-01-21',
      to: '2027-01-21',
      reason: 'illness',
      attachmentIds: ['att-1'],
    });
    await waitUntil(() => double.planningReads.length === 2, 'planning not read again');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => text(root.activeElement) === 'Déclarer une absence', 'focus not back');
  });

  it('shows the problems in a summary that takes focus; nothing is sent', async () => {
    const { root, double } = await place();
    const shown = await openAbsence(root);
    await press(shown, 'Déclarer l’absence');
    await waitUntil(() => shown.querySelector('[part~="error-summary"]'), 'no summary');
    expect(root.activeElement?.getAttribute('part')).to.contain('error-summary');
    expect(text(shown.querySelector('[part~="error-summary"]'))).to.contain(
      'Indiquez le premier jour d’absence.',
    );
    expect(text(shown.querySelector('[part~="error-summary"]'))).to.contain('Choisissez le motif.');
    expect(double.absences).to.have.length(0);
  });

  it('refuses a wrong type and an oversized file, saying why, keeping what was typed', async () => {
    const { root } = await place();
    const shown = await openAbsence(root);
    await fill(shown);
    pick(shown, [
      new File(['x'], 'photo.gif', { type: 'image/gif' }),
      pdf('scan.pdf', 10 * 1024 * 1024 + 1),
      pdf('ok.pdf'),
    ]);
    await waitUntil(() => shown.querySelectorAll('[part~="file-error"]').length === 2, 'no file errors');
    expect(text(shown)).to.contain('« photo.gif » n’est ni un PDF, ni une image JPEG ou PNG');
    expect(text(shown)).to.contain('« scan.pdf » dépasse 10 Mo');
    expect(text(shown.querySelector('.absence__files'))).to.contain('ok.pdf');
    expect(shown.querySelector<HTMLInputElement>('#absence-from')!.value).to.equal('2027-01-21');
  });

  it('keeps the form when the upload fails; "Réessayer" sends once each', async () => {
    const double = new CalendarDouble();
    double.uploadFailures = 1;
    double.absenceFailures = 1;
    const { root } = await place(double);
    const shown = await openAbsence(root);
    await fill(shown);
    pick(shown, [pdf()]);
    await press(shown, 'Déclarer l’absence');
    await waitUntil(() => buttonNamed(shown, 'Réessayer'), 'no retry after the upload');
    expect(shown.querySelector<HTMLInputElement>('#absence-from')!.value).to.equal('2027-01-21');
    await press(shown, 'Réessayer');
    await waitUntil(
      () => double.absences.length === 1 && buttonNamed(shown, 'Réessayer'),
      'no retry after the request',
    );
    await press(shown, 'Réessayer');
    await waitUntil(() => shown.querySelector('[part~="absence-result"]'), 'no answer');
    expect(double.uploads.map((upload) => upload.idempotencyKey)).to.have.length(2);
    expect(new Set(double.uploads.map((upload) => upload.idempotencyKey)).size).to.equal(1);
    expect(double.absences).to.have.length(2);
    expect(new Set(double.absences.map((absence) => absence.idempotencyKey)).size).to.equal(1);
  });

  it('opens from a booked day of the day panel with that day and child', async () => {
    const { root } = await place();
    // The 21st: the month's 21st column.
    root.querySelector<HTMLButtonElement>('[part~="day-button"][data-column="20"]')!.click();
    await waitUntil(() => root.querySelector('[part~="day-panel"] button'), 'no day panel');
    const panel = root.querySelector('[part~="day-panel"]')!;
    await press(panel, 'Déclarer une absence');
    await waitUntil(() => dialog(root)?.querySelector('form'), 'no dialog');
    const shown = dialog(root)!;
    expect(shown.querySelector<HTMLInputElement>('#absence-from')!.value).to.equal('2027-01-21');
    expect(shown.querySelector<HTMLSelectElement>('#absence-child')!.value).to.equal('chi-1');
    await expect(shown).to.be.accessible();
    await press(shown, 'Fermer');
    await waitUntil(
      () => root.activeElement && panel.contains(root.activeElement),
      'focus not back in the day',
    );
  });

  it('fits a 320 px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { root } = await place();
      const shown = await openAbsence(root);
      expect(shown.scrollWidth).to.be.at.most(shown.clientWidth + 1);
      expect(shown.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});

/**
 * What the end-to-end checks share: the demo server as `npm start` runs it
 * (PGlite in a temporary folder, or DATABASE_URL), the machine's Chromium
 * driven by playwright-core, and keyboard moves inside an element's shadow root.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/** Starts the demo server and Chromium; `stop()` ends both and removes the data. */
export async function startDemo() {
  const dataDir = mkdtempSync(join(tmpdir(), 'fp-e2e-'));
  const port = 8000 + Math.floor(Math.random() * 900) + 50;
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-demo.ts'], {
    env: { ...process.env, PORT: String(port), FP_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const found = /http:\/\/localhost:\d+\/demo\//.exec(String(chunk));
      if (found) resolve(found[0]);
    });
    server.once('exit', (code) => reject(new Error(`the demo server stopped (${code})`)));
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    url,
    origin: new URL(url).origin,
    browser,
    async stop() {
      await browser.close();
      server.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Posts a form of the back office (`/dev/…`) as its page would: with the form
 * cookie and token the page gives (the server refuses form posts without).
 */
export async function postDevForm(origin, action, fields, headers = {}) {
  const page = await fetch(`${origin}/dev/back-office`);
  const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return fetch(`${origin}${action}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ ...fields, csrf }),
    redirect: 'manual',
  });
}

/**
 * The API as the page's signed-in parent reads it (the page's cookies):
 * `api('/invoices')` answers the JSON, or fails the check with the status.
 */
export async function familyApi(page, origin) {
  const { csrfToken } = await (await page.request.get(`${origin}/api/v1/session`)).json();
  if (!csrfToken) throw new Error('the page is not signed in');
  return async (path) => {
    const response = await page.request.get(`${origin}/api/v1${path}`);
    if (!response.ok()) throw new Error(`${path}: ${response.status()}`);
    return response.json();
  };
}

/**
 * Runs `check` on the demo (see startDemo), then stops it and exits: 1 when
 * the check threw, after printing why.
 */
export async function runOnDemo(check) {
  const demo = await startDemo();
  let failed = false;
  try {
    await check(demo);
  } catch (error) {
    failed = true;
    console.error(error);
  } finally {
    await demo.stop();
  }
  process.exit(failed ? 1 : 0);
}

/**
 * Keyboard moves inside the shadow root of the first `tag` of the page, and of
 * the elements it holds (the week picker inside `<child-enrol>`).
 */
export function keyboard(page, tag) {
  const focused = () =>
    page.evaluate((name) => {
      let active = document.querySelector(name)?.shadowRoot?.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return {
        id: active?.id ?? '',
        text: active?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        part: active?.getAttribute('part') ?? '',
        // A grid's cell (data-row, data-column), for arrow moves.
        row: Number(active?.dataset?.row ?? -1),
        column: Number(active?.dataset?.column ?? -1),
      };
    }, tag);
  /** Presses Tab (Shift+Tab with `back`) until `test(focused)` holds (60 presses at most). */
  const tabTo = async (test, what, { back = false } = {}) => {
    for (let i = 0; i < 60; i += 1) {
      if (test(await focused())) return;
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${what} in <${tag}>`);
  };
  return {
    focused,
    tabTo,
    /** Tab to the field with this id. */
    toField: (id) => tabTo((active) => active.id === id, `#${id}`),
    /** Tab (Shift+Tab with `back`) to the button (or link) with this text and press Enter. */
    async press(label, { back = false } = {}) {
      // Visible: a closed dialog may still hold a button with the same words.
      await page.locator(tag).getByText(label, { exact: true }).filter({ visible: true }).first().waitFor();
      await tabTo((active) => active.text === label, `"${label}"`, { back });
      await page.keyboard.press('Enter');
    },
    /** Tab to the field and type `value` (after selecting what it held). */
    async type(id, value) {
      await tabTo((active) => active.id === id, `#${id}`);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
    },
  };
}

/**
 * A PDF that a reader opens: its header and end, and a cross-reference table
 * whose every offset points at its object (and `startxref` at the table).
 */
export function assertValidPdf(bytes, what) {
  const source = Buffer.from(bytes).toString('latin1');
  assert.match(source.slice(0, 8), /^%PDF-1\.\d/, `${what}: a PDF header`);
  assert.match(source.slice(-32), /%%EOF\s*$/, `${what}: the end of a PDF`);
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(source)?.[1]);
  assert.equal(source.slice(start, start + 4), 'xref', `${what}: startxref points at the table`);
  const table = /^xref\s+0 (\d+)\s+([\s\S]*?)trailer/.exec(source.slice(start));
  assert.ok(table, `${what}: a cross-reference table`);
  const rows = [...table[2].matchAll(/(\d{10}) (\d{5}) ([nf])/g)];
  assert.equal(rows.length, Number(table[1]), `${what}: one row per object`);
  rows.forEach(([, offset, , use], object) => {
    if (use !== 'n') return;
    assert.match(
      source.slice(Number(offset), Number(offset) + 24),
      new RegExp(`^${object} 0 obj`),
      `${what}: object ${object} where the table says`,
    );
  });
}

/** The text an uncompressed PDF shows: its `TJ` arrays' hexadecimal strings, in WinAnsi. */
export function pdfText(bytes) {
  const source = Buffer.from(bytes).toString('latin1');
  const winAnsi = { 0x80: '€', 0x92: '’', 0x96: '–', 0x97: '—' };
  return [...source.matchAll(/\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ/g)]
    .map(([, array]) =>
      [...array.matchAll(/<([0-9a-fA-F]*)>/g)]
        .map(([, hex]) =>
          [...Buffer.from(hex, 'hex')].map((byte) => winAnsi[byte] ?? String.fromCharCode(byte)).join(''),
        )
        .join(''),
    )
    .join('\n');
}

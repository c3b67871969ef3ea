import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css, LitElement } from 'lit';
import * as z from 'zod/mini';
import { AdapterError } from '../../src/adapter/index.js';
import {
  ActionController,
  DraftController,
  DraftsController,
  FocusController,
  GridKeyboardController,
  LazyController,
} from '../../src/shared/controllers/index.js';
import { defineMessages, LocalizeController } from '../../src/shared/i18n/localize.js';

/** Remembers where focus was asked to go (the request is met at the next render). */
class RecordingFocus extends FocusController {
  readonly asked: string[] = [];
  override request(target: string): void {
    this.asked.push(target);
    super.request(target);
  }
}

class ActionHost extends LitElement {
  readonly nextFocus = new RecordingFocus(this);
  saved = 0;
  readonly submission = new ActionController(this, {
    focus: this.nextFocus,
    persist: () => (this.saved += 1),
  });
}
customElements.define('action-host', ActionHost);

describe('ActionController', () => {
  it('keeps the key of a failed action for its retry, and a new one once it succeeded', async () => {
    const host = await fixture<ActionHost>(html`<action-host></action-host>`);
    const keys: string[] = [];
    const failing = (key: string) => {
      keys.push(key);
      return Promise.reject(new AdapterError({ type: 'network', code: 'network' }));
    };
    expect(await host.submission.send(failing, { payload: { a: 1 } })).to.equal(undefined);
    expect(host.submission.error()?.type).to.equal('network');
    expect(host.nextFocus.asked).to.deep.equal(['submit-error']);
    const answer = await host.submission.send((key) => (keys.push(key), Promise.resolve(7)), {
      payload: { a: 1 },
    });
    expect(answer).to.deep.equal({ value: 7 });
    expect(keys[0]).to.equal(keys[1]);
    expect(host.submission.pending).to.equal(undefined);
    expect(host.saved, 'the key went to the draft').to.be.greaterThan(0);
    await host.submission.send((key) => (keys.push(key), Promise.resolve(8)), { payload: { a: 1 } });
    expect(keys[2]).not.to.equal(keys[0]);
  });

  it('is busy while sending, ignores a second press, and keeps slots apart', async () => {
    const host = await fixture<ActionHost>(html`<action-host></action-host>`);
    let finish: (value: number) => void = () => undefined;
    const running = host.submission.send(() => new Promise<number>((resolve) => (finish = resolve)), {
      slot: 'waiting:1',
    });
    expect(host.submission.busy('waiting:1')).to.equal(true);
    expect(host.submission.busy()).to.equal(false);
    expect(await host.submission.send(() => Promise.resolve(1), { slot: 'waiting:1' })).to.equal(undefined);
    finish(2);
    expect(await running).to.deep.equal({ value: 2 });
    expect(host.submission.busySlots()).to.deep.equal([]);
  });

  it('gives field problems back to the form and focuses their summary', async () => {
    const host = await fixture<ActionHost>(html`<action-host></action-host>`);
    const errors: string[] = [];
    host.addEventListener('fp-error', (event) => errors.push((event as CustomEvent).detail.operation));
    let given: readonly unknown[] = [];
    const refused = () =>
      Promise.reject(
        new AdapterError({
          type: 'validation',
          code: 'invalid',
          fieldIssues: [{ field: 'x', code: 'required' }],
        }),
      );
    await host.submission.send(refused, { operation: 'register', fieldIssues: (issues) => (given = issues) });
    expect(given).to.have.length(1);
    expect(host.submission.error()).to.equal(undefined);
    expect(host.nextFocus.asked).to.deep.equal(['error-summary']);
    expect(errors).to.deep.equal(['register']);
  });
});

/** A grid of 2 rows × 3 columns, in pages (PageUp/PageDown), with its middle top cell disabled. */
class GridHost extends LitElement {
  page = 0;
  /** The grid is disabled. */
  off = false;
  readonly grid = new GridKeyboardController(this, {
    size: () => ({ rows: 2, columns: 3 }),
    cell: ({ row, column }) =>
      this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-column="${column}"]`),
    page: (direction, at) => {
      const next = this.page + direction;
      if (next < 0 || next > 2) return undefined;
      this.page = next;
      return at;
    },
    inert: () => this.off,
  });

  override render() {
    return html`<div
      role="grid"
      data-page=${this.page}
      @keydown=${this.grid.onKeydown}
      @focusin=${this.grid.onFocusin}
    >
      ${[0, 1].map(
        (row) =>
          html`<div role="row">
            ${[0, 1, 2].map(
              (column) =>
                html`<span
                  role="gridcell"
                  data-row=${row}
                  data-column=${column}
                  aria-disabled=${row === 0 && column === 1 ? 'true' : 'false'}
                  tabindex=${this.grid.tabindex({ row, column })}
                  >${row}:${column}</span
                >`,
            )}
          </div>`,
      )}
    </div>`;
  }
}
customElements.define('grid-host', GridHost);

describe('GridKeyboardController', () => {
  /** The focused cell as `row:column`. */
  const focused = (host: GridHost) => host.shadowRoot!.activeElement?.textContent?.trim();
  const tabStops = (host: GridHost) =>
    [...host.shadowRoot!.querySelectorAll('[role="gridcell"]')]
      .filter((cell) => cell.getAttribute('tabindex') === '0')
      .map((cell) => cell.textContent?.trim());
  const press = async (host: GridHost, key: string) => {
    await sendKeys({ press: key });
    await host.updateComplete;
  };
  const pressWithControl = async (host: GridHost, key: string) => {
    await sendKeys({ down: 'Control' });
    await press(host, key);
    await sendKeys({ up: 'Control' });
  };

  it('moves one cell per arrow, clamped to the grid, with one Tab stop that follows focus', async () => {
    const host = await fixture<GridHost>(html`<grid-host></grid-host>`);
    expect(tabStops(host)).to.deep.equal(['0:0']);
    host.shadowRoot!.querySelector<HTMLElement>('[data-row="0"][data-column="0"]')!.focus();
    await press(host, 'ArrowRight');
    expect(focused(host), 'a disabled cell is reachable: it says why it cannot be chosen').to.equal('0:1');
    await press(host, 'ArrowDown');
    expect(focused(host)).to.equal('1:1');
    await press(host, 'ArrowDown');
    expect(focused(host), 'clamped at the last row').to.equal('1:1');
    await press(host, 'ArrowLeft');
    await press(host, 'ArrowLeft');
    expect(focused(host), 'clamped at the first column').to.equal('1:0');
    await press(host, 'ArrowUp');
    expect(focused(host)).to.equal('0:0');
    expect(tabStops(host)).to.deep.equal(['0:0']);
    host.shadowRoot!.querySelector<HTMLElement>('[data-row="1"][data-column="2"]')!.focus();
    await host.updateComplete;
    expect(tabStops(host), 'a click or Tab into a cell moves the Tab stop').to.deep.equal(['1:2']);
  });

  it('goes to the row’s ends with Home/End, and the grid’s with Ctrl', async () => {
    const host = await fixture<GridHost>(html`<grid-host></grid-host>`);
    host.grid.moveTo({ row: 1, column: 1 }, { focus: true });
    await host.updateComplete;
    await press(host, 'Home');
    expect(focused(host)).to.equal('1:0');
    await press(host, 'End');
    expect(focused(host)).to.equal('1:2');
    await pressWithControl(host, 'Home');
    expect(focused(host)).to.equal('0:0');
    await pressWithControl(host, 'End');
    expect(focused(host)).to.equal('1:2');
  });

  it('asks the host for another page with PageUp/PageDown, focus staying on the same cell', async () => {
    const host = await fixture<GridHost>(html`<grid-host></grid-host>`);
    host.grid.moveTo({ row: 1, column: 2 }, { focus: true });
    await host.updateComplete;
    await press(host, 'PageDown');
    await host.updateComplete;
    expect(host.page).to.equal(1);
    expect(focused(host)).to.equal('1:2');
    await press(host, 'PageUp');
    await press(host, 'PageUp');
    expect(host.page, 'no page before the first').to.equal(0);
    expect(focused(host)).to.equal('1:2');
  });

  it('takes no keys and offers no Tab stop while inert', async () => {
    const host = await fixture<GridHost>(html`<grid-host></grid-host>`);
    host.shadowRoot!.querySelector<HTMLElement>('[data-row="0"][data-column="0"]')!.focus();
    host.off = true;
    host.requestUpdate();
    await host.updateComplete;
    expect(tabStops(host)).to.deep.equal([]);
    await press(host, 'ArrowRight');
    expect(focused(host)).to.equal('0:0');
  });
});

describe('DraftController and DraftsController', () => {
  beforeEach(() => sessionStorage.clear());

  class DraftHost extends LitElement {
    draftKey = 'one';
    readonly draft = new DraftController(
      this,
      () => `fp-draft:${this.draftKey}`,
      z.object({ step: z.string() }),
    );
    readonly perChild = new DraftsController(
      this,
      (childId) => `fp-draft:${this.draftKey}:health:${childId}`,
      z.object({ step: z.string() }),
    );
  }
  customElements.define('draft-host', DraftHost);

  it('keeps a draft under the key the host computes when it is used', async () => {
    const host = await fixture<DraftHost>(html`<draft-host></draft-host>`);
    host.draft.save({ step: 'recap' });
    expect(JSON.parse(sessionStorage.getItem('fp-draft:one')!)).to.deep.equal({ step: 'recap' });
    host.draftKey = 'two';
    expect(host.draft.load(), 'another key, another draft').to.equal(undefined);
    host.draftKey = 'one';
    expect(host.draft.load()).to.deep.equal({ step: 'recap' });
    host.draft.clear();
    expect(sessionStorage.getItem('fp-draft:one')).to.equal(null);
  });

  it('keeps one draft per record', async () => {
    const host = await fixture<DraftHost>(html`<draft-host></draft-host>`);
    host.perChild.save('chi-1', { step: 'care' });
    expect(host.perChild.has('chi-1')).to.equal(true);
    expect(host.perChild.has('chi-2')).to.equal(false);
    expect(host.perChild.load('chi-1')).to.deep.equal({ step: 'care' });
    sessionStorage.setItem('fp-draft:one:health:chi-2', '{"step":3}');
    expect(host.perChild.has('chi-2'), 'a draft of another shape is none').to.equal(false);
    host.perChild.clear('chi-1');
    expect(host.perChild.load('chi-1')).to.equal(undefined);
  });
});

/** A screen downloaded on first use: fails the first time when asked to, like a dropped connection. */
let failNextLoad = false;
const screenMessages = defineMessages({
  fr: () => Promise.resolve({ default: { 'screen.title': 'Écran chargé' } }),
  nl: () => Promise.resolve({ default: { 'screen.title': 'Scherm geladen' } }),
  de: () => Promise.resolve({ default: { 'screen.title': 'Bildschirm geladen' } }),
  en: () => Promise.resolve({ default: { 'screen.title': 'Screen loaded' } }),
});
class LazyHostElement extends LitElement {
  static override properties = { locale: {} };
  locale: string | undefined;
  loads = 0;
  readonly i18n = new LocalizeController<'screen.title'>(this);
  readonly screen = new LazyController(this, this.i18n, () => {
    this.loads += 1;
    if (failNextLoad) {
      failNextLoad = false;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    return Promise.resolve({
      messages: [screenMessages],
      title: (i18n: LocalizeController<'screen.title'>) => i18n.t('screen.title'),
    });
  });
  override render() {
    return this.screen.render(3, (module) => html`<h2>${module.title(this.i18n)}</h2>`);
  }
}
customElements.define('lazy-host', LazyHostElement);

describe('LazyController', () => {
  it('shows a busy skeleton, then the part with its messages in the element language', async () => {
    const host = await fixture<LazyHostElement>(html`<lazy-host locale="nl"></lazy-host>`);
    expect(host.shadowRoot?.querySelector('[aria-busy="true"]')).not.to.equal(null);
    await expect(host).shadowDom.to.be.accessible();
    await waitUntil(() => host.shadowRoot?.querySelector('h2'));
    expect(host.shadowRoot?.querySelector('h2')?.textContent).to.equal('Scherm geladen');
    host.screen.prefetch();
    expect(host.loads, 'downloaded once').to.equal(1);
  });

  it('says the download failed with a retry that loads the part', async () => {
    failNextLoad = true;
    const host = await fixture<LazyHostElement>(html`<lazy-host></lazy-host>`);
    await waitUntil(() => host.shadowRoot?.querySelector('[role="alert"]'));
    const alert = host.shadowRoot?.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('Vérifiez votre connexion');
    await expect(host).shadowDom.to.be.accessible();
    alert?.querySelector('button')?.click();
    await waitUntil(() => host.shadowRoot?.querySelector('h2'));
    expect(host.shadowRoot?.querySelector('h2')?.textContent).to.equal('Écran chargé');
    expect(host.loads).to.equal(2);
  });
});

/** Two parts each bringing styles: the second adds its own to the first's. */
const firstStyles = css`
  .first {
    color: rgb(1, 2, 3);
  }
`;
const secondStyles = css`
  .second {
    color: rgb(4, 5, 6);
  }
`;
class StyledPartsHost extends LitElement {
  static override properties = { locale: {} };
  locale: string | undefined;
  readonly i18n = new LocalizeController(this);
  readonly first = new LazyController(this, this.i18n, () =>
    Promise.resolve({ styles: [firstStyles] as const }),
  );
  readonly second = new LazyController(this, this.i18n, () =>
    Promise.resolve({ styles: [secondStyles] as const }),
  );
  override render() {
    return html`${this.first.render(1, () => html`<p class="first">1</p>`)}
    ${this.second.render(1, () => html`<p class="second">2</p>`)}`;
  }
}
customElements.define('styled-parts-host', StyledPartsHost);

describe('LazyController styles', () => {
  it('keeps each part’s styles when another part brings its own', async () => {
    const host = await fixture<StyledPartsHost>(html`<styled-parts-host></styled-parts-host>`);
    await waitUntil(
      () => host.shadowRoot?.querySelector('.first') && host.shadowRoot.querySelector('.second'),
    );
    await host.updateComplete;
    const colour = (selector: string) => getComputedStyle(host.shadowRoot!.querySelector(selector)!).color;
    expect(colour('.first')).to.equal('rgb(1, 2, 3)');
    expect(colour('.second')).to.equal('rgb(4, 5, 6)');
  });
});

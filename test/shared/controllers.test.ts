import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AdapterError } from '../../src/adapter/index.js';
import { ActionController, FocusController } from '../../src/shared/controllers/index.js';

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

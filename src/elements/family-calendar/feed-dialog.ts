import { html, nothing } from 'lit';
import { AdapterError } from '../../adapter/index.js';
import { button, errorPanel, skeleton } from '../../shared/ui/index.js';
import { instant } from './cell-words.js';
import { dialogShell, dialogStyles } from './dialog-shell.js';
import type { DialogContext, FeedState } from './dialogs.js';
import { panelStyles } from './panel.styles.js';

export { feedMessages as messages } from './messages/feed/index.js';
export const styles = [panelStyles, dialogStyles];

// "S'abonner au calendrier": the family's private iCal URL of its confirmed bookings, to add to
// an agenda; created, changed (the old URL stops working) or removed. Loaded on first opening.

const slot = 'feed';

async function read(context: DialogContext, state: FeedState): Promise<void> {
  state.error = undefined;
  try {
    if (!context.adapter) throw new AdapterError({ type: 'network', code: 'network', retryable: false });
    state.feed = (await context.adapter.getCalendarFeed()).feed;
  } catch (error) {
    state.error = AdapterError.from(error);
  }
  context.update();
}

/** "Créer le lien", "Changer le lien" or "Supprimer le lien": sent once, the answer said in the dialog. */
async function change(context: DialogContext, state: FeedState, revoke: boolean): Promise<void> {
  const adapter = context.adapter;
  if (!adapter) return;
  const had = Boolean(state.feed);
  state.notice = undefined;
  state.revoking = revoke;
  const sent = await context.action.send(
    async (idempotencyKey) =>
      revoke
        ? (await adapter.revokeCalendarFeed({ idempotencyKey })).feed
        : adapter.renewCalendarFeed({ idempotencyKey }),
    { slot, payload: { revoke, url: state.feed?.url }, operation: revoke ? 'revoke-feed' : 'renew-feed' },
  );
  if (!sent) return;
  state.feed = sent.value;
  state.notice = revoke ? 'revoked' : had ? 'renewed' : 'created';
  // The button pressed may be gone (removed, created): focus goes to what happened.
  context.focus('feed-notice');
}

async function copy(context: DialogContext, state: FeedState, input: HTMLInputElement | null) {
  if (!state.feed) return;
  input?.select();
  try {
    await navigator.clipboard.writeText(state.feed.url);
    state.notice = 'copied';
  } catch {
    // Without the clipboard (a page not allowed it), the URL stays selected for Ctrl+C.
    state.notice = undefined;
  }
  context.update();
}

function content(context: DialogContext, state: FeedState) {
  const { i18n, action } = context;
  if (state.error) return errorPanel({ i18n, error: state.error, onRetry: () => void read(context, state) });
  if (state.feed === undefined) {
    if (!state.error) void readOnce(context, state);
    return skeleton({ lines: 3, label: i18n.t('ui.loading') });
  }
  const busy = action.busy(slot);
  const retry = () => void change(context, state, state.revoking ?? false);
  const feed = state.feed;
  const notice = state.notice
    ? html`<p class="callout" part="feed-notice" tabindex="-1" data-focus="feed-notice">
        ${i18n.t(`calendar.feed.notice.${state.notice}`)}
      </p>`
    : nothing;
  if (!feed)
    return html`<p>${i18n.t('calendar.feed.none')}</p>
      ${notice} ${action.renderError(i18n, retry, slot)}
      <div class="actions">
        ${button({
          label: i18n.t('calendar.feed.create'),
          busyLabel: i18n.t('calendar.feed.sending'),
          variant: 'primary',
          busy,
          onClick: () => void change(context, state, false),
        })}
      </div>`;
  const created = instant(i18n, feed.createdAt, context.timeZone);
  let input: HTMLInputElement | null = null;
  return html`<label for="feed-url">${i18n.t('calendar.feed.url')}</label>
    <p id="feed-hint" class="hint">${i18n.t('calendar.feed.created', created)}</p>
    <input
      id="feed-url"
      readonly
      aria-describedby="feed-hint"
      .value=${feed.url}
      @focus=${(event: Event) => {
        input = event.target as HTMLInputElement;
        input.select();
      }}
    />
    ${notice}
    <p class="hint">${i18n.t('calendar.feed.renew.hint')}</p>
    ${action.renderError(i18n, retry, slot)}
    <div class="actions">
      ${button({
        label: i18n.t('calendar.feed.copy'),
        variant: 'primary',
        onClick: (event) =>
          void copy(
            context,
            state,
            input ?? (event.currentTarget as HTMLElement).closest('dialog')!.querySelector('#feed-url'),
          ),
      })}
      ${button({
        label: i18n.t('calendar.feed.renew'),
        busyLabel: i18n.t('calendar.feed.sending'),
        busy,
        onClick: () => void change(context, state, false),
      })}
      ${button({
        label: i18n.t('calendar.feed.revoke'),
        busy,
        onClick: () => void change(context, state, true),
      })}
    </div>`;
}

const reading = new WeakSet<FeedState>();

/** Reads the feed once per opening (the dialog resets its state when opened). */
async function readOnce(context: DialogContext, state: FeedState) {
  if (reading.has(state)) return;
  reading.add(state);
  await read(context, state);
  reading.delete(state);
}

/** The dialog: the private URL with "Copier", "Changer le lien" and "Supprimer le lien", or "Créer le lien". */
export function feedDialog(context: DialogContext, state: FeedState) {
  return dialogShell(
    context,
    'feed',
    context.i18n.t('calendar.feed.title'),
    html`<p>${context.i18n.t('calendar.feed.intro')}</p>
      <div aria-live="polite">${content(context, state)}</div>`,
  );
}

import { html, nothing } from 'lit';
import { AdapterError } from '../../adapter/index.js';
import type { ChildRecord, FamilySnapshot, RequestReceipt } from '../../domain/index.js';
import type { LocalizeController } from '../../shared/i18n/localize.js';
import { button, errorPanel } from '../../shared/ui/index.js';
import { renderChildList, renderChildPage, type PagesView } from './child-pages.js';
import type { ChildKey } from './messages/index.js';
import { renderWayBack, type Screen } from './register-view.js';
import { pendingChange } from './screens.js';
import { renderSent } from './sent-view.js';

/** What the element's screens around its forms render ("Mes enfants", a child's page), and the ways between them. */
export interface ScreensView {
  i18n: LocalizeController<ChildKey>;
  pages: PagesView;
  /** The way back offered on a child's page (see `wayBack`). */
  back: 'list' | 'another' | undefined;
  heading(text: string): unknown;
  subheading(text: string): unknown;
  enter(screen: Screen, focus?: string): void;
  /** A child's page, with what the service now knows. */
  openChild(childId: string): void;
  openList(): void;
  registerAnother(): void;
}

/** "Mes enfants": each child with their health form's status (`notRegistered`: the parent is not known yet). */
export function renderChildren(view: ScreensView, family: FamilySnapshot, notRegistered: () => unknown) {
  return html`${view.heading(view.i18n.t('child.list.title'))}
  ${
    family.parent
      ? renderChildList(view.pages, family, {
          open: (childId) => view.enter({ name: 'child', childId }),
          fillHealth: (childId) => view.enter({ name: 'health', childId }, 'step-heading'),
          register: () => view.enter({ name: 'register' }, 'step-heading'),
        })
      : notRegistered()
  }`;
}

/** A child's page: status, health form, identity and school, requests. */
export function renderChildPageScreen(view: ScreensView, record: ChildRecord, family: FamilySnapshot) {
  return html`
    ${view.heading(`${record.identity.firstName} ${record.identity.lastName}`)}
    ${renderWayBack(view.i18n, view.back, view)}
    ${renderChildPage(view.pages, record, family, {
      fillHealth: () => view.enter({ name: 'health', childId: record.id }, 'step-heading'),
      requestChange: () => view.enter({ name: 'change', childId: record.id }, 'step-heading'),
    })}
  `;
}

/** One change request at a time: a form opened (from a saved screen or a link) while one is handled says so. */
export function renderPendingChange(view: ScreensView, record: ChildRecord, pending: RequestReceipt) {
  const name = record.identity.firstName;
  return html`<p class="callout" role="note" part="pending">
      ${view.i18n.t('child.page.pending', { name, number: pending.number })}
    </p>
    <div class="actions" part="actions">
      ${button({
        label: view.i18n.t('child.list.open', { name }),
        variant: 'primary',
        onClick: () => view.enter({ name: 'child', childId: record.id }),
      })}
    </div>`;
}

/** The child could not be read: not this family's (or gone), or a failure with "Réessayer". */
export function renderChildError(view: ScreensView, error: unknown, retry: () => void) {
  const adapterError = AdapterError.from(error);
  return html`${view.heading(view.i18n.t('child.list.title'))} ${renderWayBack(view.i18n, view.back, view)}
  ${
    adapterError.type === 'not-found'
      ? html`<p class="callout callout--error" role="alert">${view.i18n.t('child.error.notFound')}</p>`
      : errorPanel({ i18n: view.i18n, error: adapterError, onRetry: retry })
  }`;
}

/** What sits on a child's form's screen besides the form: the answer once sent, the registration just done above it. */
export interface ChildFormParts {
  /** The answer to the form, once sent. */
  sent: RequestReceipt | undefined;
  /** The confirmation of the registration that opened the form. */
  welcome: (() => unknown) | undefined;
  form(): unknown;
}

/** A child's health form or change request: the form, or the answer once sent, or the change request being handled. */
export function renderChildFormScreen(
  view: ScreensView,
  screen: 'health' | 'change',
  record: ChildRecord,
  family: FamilySnapshot,
  { sent, welcome, form }: ChildFormParts,
) {
  const name = record.identity.firstName;
  const title = view.i18n.t(screen === 'health' ? 'child.health.title' : 'child.change.title', { name });
  const pending = pendingChange(family, record.id);
  const body = sent
    ? renderSent(view, screen, sent, record)
    : pending
      ? renderPendingChange(view, record, pending)
      : form();
  return html`${view.heading(title)} ${welcome ? html`<div class="welcome">${welcome()}</div>` : nothing}
  ${body}`;
}

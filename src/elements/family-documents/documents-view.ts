import { html, nothing } from 'lit';
import type { FamilyDocument } from '../../domain/index.js';
import { localString, localText } from '../../shared/i18n/local-text.js';
import {
  childName,
  fileKind,
  fileSize,
  isPublishedCategory,
  ofCategory,
  publishedIn,
} from './documents-model.js';
import { downloadSlot, type DocumentsView } from './view.js';

/** "Télécharger (PDF, 48 Ko)", the document's title after it for assistive technologies; its failure beside it. */
function renderDownload(view: DocumentsView, document: FamilyDocument) {
  const { t, i18n, submission } = view;
  const slot = downloadSlot(document);
  const busy = submission.busy(slot);
  const { unit, size } = fileSize(document.file.sizeBytes, i18n.locale);
  const label = t('documents.download', {
    type: fileKind(document.file),
    size: t(`documents.size.${unit}`, { size }),
  });
  return html`<div class="document__download">
    <button
      type="button"
      class="button button--secondary"
      part="button button-secondary download"
      aria-disabled=${busy ? 'true' : nothing}
      @click=${() => !busy && view.download(document)}
    >
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t('ui.loading')}` : label}
      <span class="visually-hidden">– ${localText(i18n, document.title)}</span>
    </button>
    ${
      submission.error(slot)
        ? html`<p class="error-message" part="download-error">${t('documents.download.failed')}</p>`
        : nothing
    }
    ${submission.renderError(i18n, () => view.download(document), slot)}
  </div>`;
}

/** One document: its title, its category in words, its day, the child it is about, its download. */
function renderDocument(view: DocumentsView, document: FamilyDocument) {
  const { t, i18n } = view;
  const child = childName(view.children, document.childId);
  const day = i18n.date(document.issuedOn);
  return html`<li class="document" part="document">
    <p class="document__title" part="document-title">${localText(i18n, document.title)}</p>
    <p class="document__facts">
      <span class="badge document__category" part="category category--${document.category}"
        >${t(`documents.category.${document.category}`)}</span
      >
      <span
        >${t(document.from === 'service' ? 'documents.publishedOn' : 'documents.sentOn', { date: day })}</span
      >
      ${child ? html`<span part="child">${t('documents.child', { name: child })}</span>` : nothing}
    </p>
    ${renderDownload(view, document)}
  </li>`;
}

function renderList(view: DocumentsView, documents: readonly FamilyDocument[], part: string) {
  return html`<ul class="documents" part="documents ${part}">
    ${documents.map((document) => renderDocument(view, document))}
  </ul>`;
}

/** The category filter, when the service published in more than one. */
function renderFilter(view: DocumentsView, published: readonly FamilyDocument[]) {
  const categories = publishedIn(published);
  if (categories.length < 2) return nothing;
  return html`<div class="field filter" part="filter">
    <label class="label" for="documents-category">${view.t('documents.filter')}</label>
    <select
      id="documents-category"
      class="input select"
      part="input"
      @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        view.setCategory(isPublishedCategory(value) ? value : undefined);
      }}
    >
      <option value="" ?selected=${!view.category}>${view.t('documents.filter.all')}</option>
      ${categories.map(
        (category) =>
          html`<option value=${category} ?selected=${view.category === category}>
            ${view.t(`documents.category.${category}`)}
          </option>`,
      )}
    </select>
  </div>`;
}

/** "Documents du service": newest first, by category. */
export function renderPublished(view: DocumentsView, published: readonly FamilyDocument[]) {
  const { t } = view;
  const category =
    view.category && publishedIn(published).includes(view.category) ? view.category : undefined;
  const shown = ofCategory(published, category);
  return html`<section class="section" part="published" aria-labelledby="documents-published">
    <div id="documents-published">${view.heading(t('documents.published'))}</div>
    <p class="hint">${t('documents.published.intro')}</p>
    ${renderFilter(view, published)}
    ${
      published.length === 0
        ? html`<p class="empty" part="empty">${t('documents.empty.published')}</p>`
        : shown.length === 0
          ? html`<p class="empty" part="empty">${t('documents.empty.filter')}</p>`
          : renderList(view, shown, 'published-list')
    }
  </section>`;
}

/** The confirmation of the proof just sent, read at once. */
function renderSent(view: DocumentsView) {
  const sent = view.sent;
  if (!sent) return nothing;
  return html`<p
    class="callout callout--success"
    part="proof-sent"
    role="status"
    tabindex="-1"
    data-focus="proof-sent"
  >
    ${view.t('documents.sentNotice', { title: localString(view.i18n, sent.title) })}
  </p>`;
}

/** "Mes envois": the proofs sent, newest first, then the confirmation and "Envoyer un justificatif" (or its form). */
export function renderSentSection(view: DocumentsView, sent: readonly FamilyDocument[], form: unknown) {
  const { t } = view;
  return html`<section class="section" part="sent" aria-labelledby="documents-sent">
    <div id="documents-sent">${view.heading(t('documents.sent'))}</div>
    <p class="hint">${t('documents.sent.intro')}</p>
    ${renderSent(view)}
    ${
      sent.length === 0
        ? html`<p class="empty" part="empty">${t('documents.empty.sent')}</p>`
        : renderList(view, sent, 'sent-list')
    }
    ${
      view.proof
        ? form
        : html`<div class="actions" data-button="send-proof">
            <button
              type="button"
              class="button button--primary"
              part="button button-primary send-proof"
              @click=${() => view.startProof()}
            >
              ${t('documents.send')}
            </button>
          </div>`
    }
  </section>`;
}

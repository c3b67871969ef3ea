import { html, nothing } from 'lit';
import { attachmentRules } from '../../domain/attachment-rules.js';
import {
  button,
  errorMessage,
  errorSummary,
  labelText,
  selectField,
  textField,
} from '../../shared/ui/index.js';
import { proofCategories } from './documents-model.js';
import { proofSlot, type DocumentsView, type ProofState } from './view.js';

/** The child it is about: none (the whole family) or one of the family's children. */
function renderChild(view: DocumentsView, proof: ProofState) {
  if (view.children.length === 0) return nothing;
  const { i18n, t } = view;
  return html`<div class="field" part="field">
    <label class="label" part="label" for="proof-child">
      ${labelText(i18n, t('documents.proof.child'), { optional: true })}
    </label>
    <select
      id="proof-child"
      class="input select"
      part="input"
      name="child"
      @change=${(event: Event) => view.changeProof({ childId: (event.target as HTMLSelectElement).value })}
    >
      <option value="" ?selected=${!proof.childId}>${t('documents.proof.child.none')}</option>
      ${view.children.map(
        (child) =>
          html`<option value=${child.id} ?selected=${proof.childId === child.id}>
            ${child.firstName} ${child.lastName}
          </option>`,
      )}
    </select>
  </div>`;
}

/**
 * One file: the label, the hint, the refusals (read as they come), the input,
 * the file kept with "Retirer" (the shared picker's words and checks).
 */
function renderFile(view: DocumentsView, proof: ProofState, error: string | undefined) {
  const { i18n, t } = view;
  const id = 'proof-file';
  const [file] = proof.files;
  return html`<div class="field ${error ? 'field--error' : ''}" part="field">
    <label class="label" part="label" for=${id}
      >${labelText(i18n, t('documents.proof.file'), { required: true })}</label
    >
    <span id="${id}-hint" class="hint" part="hint">${t('documents.proof.file.hint')}</span>
    ${errorMessage(i18n, `${id}-error`, error)}
    <div id="${id}-notes" aria-live="polite">
      ${proof.fileNotes.map((note) => html`<p class="error-message" part="file-error">${note}</p>`)}
    </div>
    <input
      id=${id}
      type="file"
      part="file-input"
      accept=${attachmentRules.mediaTypes.join(',')}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="${id}-hint ${error ? `${id}-error ` : ''}${id}-notes"
      @change=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        view.pickFiles([...(input.files ?? [])]);
        input.value = '';
      }}
    />
    ${
      file
        ? html`<p class="chosen-file" part="chosen-file">
            <span>${t('documents.proof.file.chosen', { name: file.name })}</span>
            ${button({
              label: i18n.t('attachments.remove', { name: file.name }),
              onClick: () => view.changeProof({ files: [], fileNotes: [] }),
            })}
          </p>`
        : nothing
    }
  </div>`;
}

/** "Envoyer un justificatif": the problems first, the fields, the progress of the file, the failure with "Réessayer". */
export function renderProofForm(view: DocumentsView) {
  const { t, i18n, submission } = view;
  const proof = view.proof!;
  const issue = (field: string) => proof.issues.find((found) => found.fieldId === `proof-${field}`)?.message;
  const busy = submission.busy(proofSlot);
  return html`<section class="proof" part="proof-form" aria-labelledby="proof-title-heading">
    <div id="proof-title-heading">${view.heading(t('documents.proof.title'), 2)}</div>
    ${errorSummary({ i18n, issues: proof.issues, onFollow: (id: string) => view.follow(id) })}
    <p class="hint">${t('ui.requiredLegend')}</p>
    <form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        view.sendProof();
      }}
    >
      ${selectField({
        i18n,
        id: 'proof-category',
        name: 'category',
        label: t('documents.proof.category'),
        placeholder: t('documents.proof.category.choose'),
        options: proofCategories.map((category) => ({
          value: category,
          label: t(`documents.category.${category}`),
        })),
        value: proof.category,
        error: issue('category'),
        onChange: (value) =>
          view.changeProof({ category: proofCategories.find((category) => category === value) ?? '' }),
      })}
      ${textField({
        i18n,
        id: 'proof-title',
        name: 'title',
        label: t('documents.proof.name'),
        hint: t('documents.proof.name.hint'),
        value: proof.title,
        required: true,
        maxLength: 300,
        width: 'full',
        error: issue('title'),
        onInput: (value) => view.changeProof({ title: value }),
      })}
      ${renderChild(view, proof)} ${renderFile(view, proof, issue('file'))}
      ${
        view.uploading
          ? html`<div class="upload" part="upload">
              <label for="proof-progress">${t('documents.proof.uploading')}</label>
              <progress id="proof-progress" part="progress"></progress>
            </div>`
          : nothing
      }
      ${submission.renderError(i18n, () => view.sendProof(), proofSlot)}
      <div class="actions">
        ${button({
          label: t('documents.proof.submit'),
          type: 'submit',
          variant: 'primary',
          busy,
          busyLabel: t('ui.sending'),
        })}
        ${button({ label: t('documents.proof.cancel'), onClick: () => view.cancelProof() })}
      </div>
    </form>
  </section>`;
}

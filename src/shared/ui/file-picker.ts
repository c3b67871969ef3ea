import { html } from 'lit';
import type { FamilyPortalAdapter } from '../../adapter/adapter.js';
import { attachmentCheck, sniffedBytes, type AttachmentFault } from '../../domain/attachment-check.js';
import { attachmentRules } from '../../domain/attachment-rules.js';
import type { Attachment } from '../../domain/calendar.js';
import type { ActionController } from '../controllers/action.js';
import type { AttachmentKey } from '../i18n/attachments/index.js';
import type { Localizer } from '../i18n/localize.js';
import { button } from './button.js';

/*
 * An attachment field (a dispute's proofs, an absence's certificates): the
 * files picked, checked before anything is sent, each refusal said beside the
 * field, the kept ones listed with "Retirer", then each uploaded once. The
 * element registers `attachmentMessages` (src/shared/i18n/attachments).
 */

/** What an attachment field holds: kept while the form fails, so nothing picked is lost. */
export interface AttachmentPicks {
  files: File[];
  /** Why the last files picked were not added. */
  fileNotes: string[];
  /** Each file sent, not sent again on "Réessayer". */
  uploaded: Map<File, Attachment>;
}

/** Why a picked file is not added: its own fault, or one file too many. */
export type FileRefusal = AttachmentFault | 'attachment.count';

/** How a file is checked before it is added. */
export type FileCheck = (file: File) => AttachmentFault | undefined | Promise<AttachmentFault | undefined>;

/** By what the browser says of the file (its type and size): nothing is read. */
export const declaredCheck: FileCheck = (file) =>
  !(attachmentRules.mediaTypes as readonly string[]).includes(file.type)
    ? 'attachment.type'
    : file.size > attachmentRules.maxBytes
      ? 'attachment.too-large'
      : undefined;

/** By its first bytes, as the service checks it: a renamed program is not a PDF. */
export const contentCheck: FileCheck = async (file) => {
  const check = attachmentCheck({
    sizeBytes: file.size,
    declaredType: file.type,
    head: new Uint8Array(await file.slice(0, sniffedBytes).arrayBuffer()),
  });
  return 'fault' in check ? check.fault : undefined;
};

/**
 * The files `picked` added to those `kept`, in order, while the field has
 * room; each refusal said, by `typeNote` for a file of a wrong type (each
 * purpose words it its own way), by the shared words otherwise.
 */
export async function pickFiles(
  i18n: Localizer<AttachmentKey>,
  kept: readonly File[],
  picked: readonly File[],
  check: FileCheck,
  typeNote: (name: string) => string,
): Promise<Pick<AttachmentPicks, 'files' | 'fileNotes'>> {
  const faults = await Promise.all(picked.map(check));
  const notes: string[] = [];
  let files = [...kept];
  for (const [index, file] of picked.entries()) {
    const refusal: FileRefusal | undefined =
      faults[index] ?? (files.length >= attachmentRules.maxFiles ? 'attachment.count' : undefined);
    if (!refusal) files = [...files, file];
    else if (refusal === 'attachment.type') notes.push(typeNote(file.name));
    else if (refusal === 'attachment.count') {
      notes.push(i18n.t('attachments.count'));
      break;
    } else
      notes.push(
        i18n.t(refusal === 'attachment.empty' ? 'attachments.empty' : 'attachments.size', {
          name: file.name,
        }),
      );
  }
  return { files, fileNotes: notes };
}

/**
 * Uploads each file not sent yet, once (its key kept until it succeeds), in
 * the slot of the form's sending: the attachments' ids, or undefined when one
 * failed (the slot shows it with "Réessayer").
 */
export async function uploadFiles(
  adapter: Pick<FamilyPortalAdapter, 'uploadAttachment'>,
  action: ActionController,
  slot: string,
  picks: AttachmentPicks,
): Promise<string[] | undefined> {
  const ids: string[] = [];
  for (const file of picks.files) {
    let attachment = picks.uploaded.get(file);
    if (!attachment) {
      const sent = await action.send((idempotencyKey) => adapter.uploadAttachment(file, { idempotencyKey }), {
        slot,
        payload: { file: file.name, size: file.size, at: file.lastModified },
        operation: 'upload-attachment',
      });
      if (!sent) return undefined;
      attachment = sent.value;
      picks.uploaded.set(file, attachment);
    }
    ids.push(attachment.id);
  }
  return ids;
}

export interface FilePickerOptions {
  i18n: Localizer<AttachmentKey>;
  /** The input's id; `${id}-hint` and `${id}-notes` describe it. */
  id: string;
  label: string;
  files: readonly File[];
  notes: readonly string[];
  /** A class of the list of files beside `files`. */
  listClass?: string;
  /** Files picked in the browser's chooser (the input is emptied: the same file can be picked again). */
  onPick: (files: File[]) => void;
  onRemove: (file: File) => void;
}

/** Label, hint, the refusals (read as they come), the file input and the files kept, each with "Retirer". */
export function filePicker({
  i18n,
  id,
  label,
  files,
  notes,
  listClass,
  onPick,
  onRemove,
}: FilePickerOptions) {
  return html`<div class="field">
    <label class="label" for=${id}>${label}</label>
    <p id="${id}-hint" class="hint">${i18n.t('attachments.hint')}</p>
    <div id="${id}-notes" aria-live="polite">
      ${notes.map((note) => html`<p class="error-message" part="file-error">${note}</p>`)}
    </div>
    <input
      id=${id}
      type="file"
      multiple
      accept=${attachmentRules.mediaTypes.join(',')}
      aria-describedby="${id}-hint ${id}-notes"
      @change=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        onPick([...(input.files ?? [])]);
        input.value = '';
      }}
    />
    <ul class="files${listClass ? ` ${listClass}` : ''}">
      ${files.map(
        (file) =>
          html`<li>
            ${file.name}
            ${button({ label: i18n.t('attachments.remove', { name: file.name }), onClick: () => onRemove(file) })}
          </li>`,
      )}
    </ul>
  </div>`;
}

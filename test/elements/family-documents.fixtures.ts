import { AdapterError, type FamilyPortalAdapter } from '../../src/adapter/index.js';
import {
  AttachmentSchema,
  DocumentListSchema,
  FamilyDocumentSchema,
  FamilySnapshotSchema,
  ProofInputSchema,
  type Attachment,
  type FamilyDocument,
  type ProofInput,
} from '../../src/domain/index.js';

/*
 * An adapter double for <family-documents> until the memory adapter serves
 * the documents, faithful to the contract (src/domain/operations/messages.ts):
 * a Belgian family with two children, the commune's published documents and
 * one proof sent, every answer checked against the wire schemas; a proof needs
 * an attachment this family uploaded and one of its children (else not
 * found); any call may be made to fail, and reads may hang.
 */

export const children = [
  { id: 'chi-1', firstName: 'Nahel', lastName: 'Dupont' },
  { id: 'chi-2', firstName: 'Léa', lastName: 'Dupont' },
];

/** A document of the family, `changes` over the commune's rules. */
export function familyDocument(id: string, changes: Partial<FamilyDocument> = {}): FamilyDocument {
  return FamilyDocumentSchema.parse({
    id,
    from: 'service',
    category: 'rules',
    title: { fr: 'Règlement d’ordre intérieur', nl: 'Huishoudelijk reglement' },
    issuedOn: '2026-09-01',
    file: { id: `file-${id}`, name: `${id}.pdf`, mediaType: 'application/pdf', sizeBytes: 48_000 },
    ...changes,
  });
}

/** Published rules, menus, a statement about Nahel, information; and a medical certificate sent for Léa. */
export function documents(): FamilyDocument[] {
  return [
    familyDocument('doc-rules'),
    familyDocument('doc-menu-2026-11', {
      category: 'menu',
      title: { fr: 'Menus de la cantine – novembre 2026', en: 'School meal menus – 11/2026' },
      issuedOn: '2026-11-01',
      file: {
        id: 'file-menu',
        name: 'menus-2026-11.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 1_250_000,
      },
    }),
    familyDocument('doc-statement', {
      category: 'statement',
      title: 'Relevé des présences – octobre 2026',
      issuedOn: '2026-10-31',
      childId: 'chi-1',
    }),
    familyDocument('doc-info', {
      category: 'information',
      title: { fr: 'Fermeture pendant les congés d’automne', nl: 'Sluiting tijdens de herfstvakantie' },
      issuedOn: '2026-10-15',
    }),
    familyDocument('doc-proof-1', {
      from: 'family',
      category: 'medical-certificate',
      title: 'Certificat médical du 14 au 18 septembre',
      issuedOn: '2026-09-19',
      childId: 'chi-2',
      file: { id: 'att-old', name: 'certificat.jpg', mediaType: 'image/jpeg', sizeBytes: 320_000 },
    }),
  ];
}

/** A tiny valid PDF's bytes. */
export const pdfBytes = '%PDF-1.4\n%%EOF\n';

type Method = keyof FamilyPortalAdapter;

export class DocumentsDouble {
  documents = documents();
  calls: { method: string; args: unknown[]; key?: string }[] = [];
  /** Each call of these methods fails (once for each error queued). */
  failures = new Map<Method, AdapterError[]>();
  /** Calls hang until it resolves (loading, uploading). */
  hold: Promise<void> | undefined;
  /** The files this family uploaded, by attachment id. */
  readonly uploads = new Map<string, Attachment>();
  /** The day a proof is sent. */
  today = '2026-11-02';

  failOnce(method: Method, error = new AdapterError({ type: 'network', retryable: true })): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  private async enter(method: Method, args: unknown[], key?: string): Promise<void> {
    this.calls.push({ method, args, ...(key && { key }) });
    await this.hold;
    const error = this.failures.get(method)?.shift();
    if (error) throw error;
  }

  callsOf(method: Method) {
    return this.calls.filter((call) => call.method === method);
  }

  private newestFirst(): FamilyDocument[] {
    return [...this.documents].sort((a, b) =>
      a.issuedOn < b.issuedOn ? 1 : a.issuedOn > b.issuedOn ? -1 : 0,
    );
  }

  readonly adapter: Partial<FamilyPortalAdapter> = {
    getDocuments: async () => {
      await this.enter('getDocuments', []);
      return DocumentListSchema.parse({ documents: this.newestFirst() });
    },
    getDocumentFile: async (id: string) => {
      await this.enter('getDocumentFile', [id]);
      const document = this.documents.find((found) => found.id === id);
      if (!document) throw new AdapterError({ type: 'not-found', code: 'document.not-found' });
      return {
        name: document.file.name,
        mediaType: document.file.mediaType,
        blob: new Blob([pdfBytes], { type: document.file.mediaType }),
      };
    },
    uploadAttachment: async (file, { idempotencyKey }) => {
      await this.enter('uploadAttachment', [file], idempotencyKey);
      const attachment = AttachmentSchema.parse({
        id: `att-${this.callsOf('uploadAttachment').length}`,
        name: file.name,
        mediaType: file.type,
        sizeBytes: file.size,
      });
      this.uploads.set(attachment.id, attachment);
      return attachment;
    },
    sendProof: async (input: ProofInput, { idempotencyKey }) => {
      await this.enter('sendProof', [input], idempotencyKey);
      const proof = ProofInputSchema.parse(input);
      const file = this.uploads.get(proof.attachmentId);
      const childKnown = !proof.childId || children.some((child) => child.id === proof.childId);
      if (!file || !childKnown) throw new AdapterError({ type: 'not-found', code: 'document.not-found' });
      // Replayed with its key: the same document, not a second one.
      const replayed = this.documents.find((found) => found.id === `doc-sent-${idempotencyKey}`);
      if (replayed) return replayed;
      const document = familyDocument(`doc-sent-${idempotencyKey}`, {
        from: 'family',
        category: proof.category,
        title: proof.title,
        issuedOn: this.today,
        ...(proof.childId && { childId: proof.childId }),
        file,
      });
      this.documents = [...this.documents, document];
      return document;
    },
    getFamily: async () => {
      await this.enter('getFamily', []);
      return FamilySnapshotSchema.parse({
        account: { email: 'marc.dupont@example.be' },
        parent: null,
        coParents: [],
        children: children.map((child) => ({
          ...child,
          birthDate: '2019-03-02',
          identityComplete: true,
          healthForm: 'complete',
        })),
        requests: [],
      });
    },
  };
}

import * as z from 'zod/mini';
import { attachmentRules } from '../attachment-rules.js';
import { DocumentListSchema, FamilyDocumentSchema, ProofInputSchema, type ProofInput } from '../document.js';
import { DownloadedFileSchema } from '../invoice.js';
import {
  MessageServiceSchema,
  NewThreadInputSchema,
  ReplyInputSchema,
  ThreadListSchema,
  ThreadSchema,
  ThreadSummarySchema,
  type NewThreadInput,
  type ReplyInput,
} from '../message.js';
import { read, write } from './operation.js';

const noThread = 'No such thread in this family';

/** Messages with the commune's services: threads, answers, read state, attachments. */
export const messageOperations = {
  /** The services the family may write to, and their themes. */
  getMessageServices: read({
    feature: 'messages',
    path: '/message-services',
    summary: 'The services the family may write to, with their themes',
    call: () => ({}),
    answer: z.object({ services: z.array(MessageServiceSchema) }),
  }),
  /** The family's threads, most recent first, with the messages it has not read. */
  getThreads: read({
    feature: 'messages',
    path: '/threads',
    summary: 'The family’s threads with the services, most recent first, and its unread count',
    call: () => ({}),
    answer: ThreadListSchema,
  }),
  /** One thread and its messages, oldest first (reading it does not mark it read). */
  getThread: read({
    feature: 'messages',
    path: '/threads/{id}',
    summary: 'One thread of the family and its messages, oldest first',
    call: (threadId: string) => ({ params: { id: threadId } }),
    answer: ThreadSchema,
    notFound: noThread,
  }),
  /** "Envoyer un message": a new thread with a service. */
  startThread: write({
    feature: 'messages',
    path: '/threads',
    summary: 'Write to a service: a new thread with its first message and attachments',
    call: (input: NewThreadInput) => ({ body: input }),
    body: NewThreadInputSchema,
    answer: ThreadSchema,
    notFound: 'A service, a theme or an attachment not offered to this family',
  }),
  /** "Répondre": a message added to a thread. */
  replyToThread: write({
    feature: 'messages',
    path: '/threads/{id}/messages',
    summary: 'Answer in a thread: a message and its attachments',
    call: (threadId: string, input: ReplyInput) => ({ params: { id: threadId }, body: input }),
    body: ReplyInputSchema,
    answer: ThreadSchema,
    notFound: 'A thread or an attachment of another family, or none',
  }),
  /** The service's messages of a thread marked read (shown to the family: the unread counts drop). */
  markThreadRead: write({
    feature: 'messages',
    path: '/threads/{id}/read',
    summary: 'Mark the service’s messages of a thread read',
    call: (threadId: string) => ({ params: { id: threadId } }),
    answer: ThreadSummarySchema,
    notFound: noThread,
  }),
  /** A file joined to a message, with its own name and type (never shown as a page). */
  getAttachmentFile: read({
    feature: 'messages',
    path: '/attachments/{id}',
    summary: 'A file of one of the family’s messages (the family’s or the service’s), as a download',
    call: (attachmentId: string) => ({ params: { id: attachmentId } }),
    download: attachmentRules.mediaTypes,
    answer: DownloadedFileSchema,
    notFound: 'No such file in this family’s messages',
  }),
};

const noDocument = 'No such document for this family';

/** Documents: what the service publishes for the family, the proofs the family sends. */
export const documentOperations = {
  /** The family's documents, newest first. */
  getDocuments: read({
    feature: 'documents',
    path: '/documents',
    summary: 'The documents the service published for the family and the proofs it sent, newest first',
    call: () => ({}),
    answer: DocumentListSchema,
  }),
  /** A document's file, with its own name and type. */
  getDocumentFile: read({
    feature: 'documents',
    path: '/documents/{id}/file',
    summary: 'A document’s file, as a download',
    call: (documentId: string) => ({ params: { id: documentId } }),
    download: attachmentRules.mediaTypes,
    answer: DownloadedFileSchema,
    notFound: noDocument,
  }),
  /** "Envoyer un justificatif": a file sent first (uploadAttachment), kept among the family's documents. */
  sendProof: write({
    feature: 'documents',
    path: '/documents',
    summary: 'Send a proof (a medical or income certificate): the file sent first, its kind and title',
    call: (input: ProofInput) => ({ body: input }),
    body: ProofInputSchema,
    answer: FamilyDocumentSchema,
    notFound: 'A child or an attachment of another family, or none',
  }),
};

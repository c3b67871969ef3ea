import { attachmentRules } from './attachment-rules.js';

/**
 * What a thread or a message may hold, as plain data (no zod): checked by the
 * element as the parent types, by the backend again (message.ts's schemas).
 */
export const messageRules = {
  subjectMax: 150,
  bodyMax: 5000,
  maxAttachments: attachmentRules.maxFiles,
} as const;

/**
 * The media types and size an attachment may have (checked by the element, and
 * by the backend again). Plain data, without zod: elements read it at once.
 */
export const attachmentRules = {
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 5,
} as const;

export type AttachmentMediaType = (typeof attachmentRules.mediaTypes)[number];

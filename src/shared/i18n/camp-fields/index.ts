import { defineMessages, type MessageKeyOf } from '../localize.js';

/** The camp rules' field problems (`field.camp.*`), for the elements that word them. */
export const campFieldMessages = defineMessages({
  fr: () => import('./fr.js'),
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

export type CampFieldKey = MessageKeyOf<typeof campFieldMessages>;

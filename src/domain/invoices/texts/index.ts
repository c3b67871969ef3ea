import type { Locale } from '../../commune.js';
import de from './de.js';
import en from './en.js';
import fr from './fr.js';
import nl from './nl.js';
import type { InvoiceTexts } from './texts.js';

export type { InvoiceTexts } from './texts.js';

/** The invoices' documents' words, per language. */
export const invoiceTexts: Readonly<Record<Locale, InvoiceTexts>> = { fr, nl, de, en };

import { waitUntil } from '@open-wc/testing';
import type { FamilyCart } from '../../src/elements/family-cart/family-cart.js';
import { FormPage } from './form.page.js';

/** A page object for `<family-cart>`: its articles, total, breakdown and notices. */
export class FamilyCartPage<T extends FamilyCart = FamilyCart> extends FormPage<T> {
  /** Opens the first "Détail du prix" and waits for its tables (they download when first asked for). */
  async openBreakdown(): Promise<void> {
    this.root.querySelector('summary')!.click();
    await waitUntil(() => this.root.querySelector('[part~="breakdown"] table'), 'no breakdown shown');
    await this.settle();
  }

  /** The rows of the price breakdown: label and amount. */
  breakdownRows(): (string | undefined)[][] {
    return [...this.root.querySelectorAll('[part~="breakdown"] tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
  }

  /** The articles' headings ("Réservation de plaine(s) pour la demande n° 319"). */
  articles(): string[] {
    return [...this.root.querySelectorAll('[part~="article"]')].map(
      (article) =>
        article.querySelector(':scope > [role="heading"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
  }
}

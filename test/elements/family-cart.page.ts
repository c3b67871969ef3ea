import type { FamilyCart } from '../../src/elements/family-cart/family-cart.js';
import { FormPage } from './form.page.js';

/** A page object for `<family-cart>`: its articles, total, breakdown and notices. */
export class FamilyCartPage<T extends FamilyCart = FamilyCart> extends FormPage<T> {
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

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A cell of a grid: its row and its column, from 0. */
export interface GridCell {
  row: number;
  column: number;
}

export interface GridKeyboardOptions {
  /** How many rows and columns the grid has now (a week: 1 × 7; a month of units: units × days). */
  size(): { rows: number; columns: number };
  /** The focusable thing of a cell (its box, or the cell itself), once rendered. */
  cell(at: GridCell): HTMLElement | null | undefined;
  /** The cell an element of the grid belongs to (read from `data-row`/`data-column` by default). */
  cellOf?(element: HTMLElement): GridCell | undefined;
  /**
   * PageUp (-1) or PageDown (+1), from the cell `at`: the host shows another
   * page (week, month) and answers the cell to focus there, or undefined when
   * there is no such page. Focus follows once the host has rendered it.
   */
  page?(direction: -1 | 1, at: GridCell, event: KeyboardEvent): GridCell | undefined;
  /**
   * In a grid of one row, Up/Down move along it too (the row stacked in a
   * narrow layout reads as a column).
   */
  verticalInRow?: boolean;
  /** The grid takes no keys (disabled): the controller lets them through. */
  inert?(): boolean;
}

/** Reads a cell's position from `data-row` and `data-column` (a missing row is row 0). */
function dataCell(element: HTMLElement): GridCell | undefined {
  const column = element.dataset['column'];
  if (column === undefined) return undefined;
  return { row: Number(element.dataset['row'] ?? 0), column: Number(column) };
}

/**
 * The keyboard of a WAI-ARIA APG grid: one Tab stop (roving tabindex), arrows
 * move a cell, Home/End go to the row's first or last cell (with Ctrl, the
 * grid's), PageUp/PageDown ask the host for another page, Enter ticks a cell's
 * box as Space does. Disabled cells stay focusable (they say why they cannot
 * be chosen). Render each cell with `tabindex=${grid.tabindex(cell)}` and put
 * `onKeydown` and `onFocusin` on the grid.
 */
export class GridKeyboardController implements ReactiveController {
  /** The cell that holds the Tab stop. */
  active: GridCell = { row: 0, column: 0 };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GridKeyboardOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** 0 for the cell holding the Tab stop, -1 for the others (and for all when the grid is inert). */
  tabindex(at: GridCell): 0 | -1 {
    return at.row === this.active.row && at.column === this.active.column && !this.options.inert?.() ? 0 : -1;
  }

  /** Moves the Tab stop to `at` (clamped to the grid), and focus with it when `focus`. */
  moveTo(at: GridCell, { focus = false } = {}): void {
    const { rows, columns } = this.options.size();
    const clamp = (value: number, count: number) => Math.min(Math.max(value, 0), Math.max(count - 1, 0));
    this.active = { row: clamp(at.row, rows), column: clamp(at.column, columns) };
    this.host.requestUpdate();
    if (focus) this.options.cell(this.active)?.focus();
  }

  private cellOf(element: HTMLElement): GridCell | undefined {
    return (this.options.cellOf ?? dataCell)(element);
  }

  /** Focus entering a cell (a click, a Tab back into the grid) moves the Tab stop there. */
  readonly onFocusin = (event: FocusEvent): void => {
    const at = this.cellOf(event.target as HTMLElement);
    if (at) this.moveTo(at);
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (this.options.inert?.()) return;
    const target = event.target as HTMLElement;
    const from = this.cellOf(target) ?? this.active;
    const { rows, columns } = this.options.size();
    const vertical = this.options.verticalInRow && rows === 1;
    let next: GridCell | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = { ...from, column: from.column + 1 };
        break;
      case 'ArrowLeft':
        next = { ...from, column: from.column - 1 };
        break;
      case 'ArrowDown':
        next = vertical ? { ...from, column: from.column + 1 } : { ...from, row: from.row + 1 };
        break;
      case 'ArrowUp':
        next = vertical ? { ...from, column: from.column - 1 } : { ...from, row: from.row - 1 };
        break;
      case 'Home':
        next = event.ctrlKey ? { row: 0, column: 0 } : { ...from, column: 0 };
        break;
      case 'End':
        next = event.ctrlKey ? { row: rows - 1, column: columns - 1 } : { ...from, column: columns - 1 };
        break;
      case 'PageUp':
      case 'PageDown': {
        event.preventDefault();
        const there = this.options.page?.(event.key === 'PageDown' ? 1 : -1, from, event);
        if (!there) return;
        this.active = there;
        this.host.requestUpdate();
        void this.host.updateComplete.then(() => this.options.cell(there)?.focus());
        return;
      }
      case 'Enter':
        // A native box ticks with Space only; the grid ticks with Enter too.
        if (target instanceof HTMLInputElement) {
          event.preventDefault();
          target.click();
        }
        return;
      case ' ':
        // Space on a cell without a box would scroll the page.
        if (!(target instanceof HTMLInputElement)) event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveTo(next, { focus: true });
  };
}

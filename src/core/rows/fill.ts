import type { FieldCell } from "./types";

/**
 * Fill-down of the group columns when the sheet carries no merge information for them (a PDF
 * conversion, or Excel before ExcelApi 1.13): a blank group cell repeats the last group label
 * above it within the table. A new label in one group column clears the columns right of it,
 * so a new 政策分野 does not inherit the previous 事業名.
 */
export class HierarchyFill {
  private readonly last = new Map<number, FieldCell>();

  /** `cols`: the group columns filled this way, any order. */
  constructor(private readonly cols: readonly number[]) {}

  /** Records a row's own group cells (call for data rows and group-title rows, in order). */
  observe(own: (col: number) => FieldCell | null): void {
    const seen: FieldCell[] = [];
    let leftmost = Infinity;
    for (const col of this.cols) {
      const cell = own(col);
      if (!cell) continue;
      seen.push(cell);
      leftmost = Math.min(leftmost, cell.col);
    }
    if (seen.length === 0) return;
    for (const col of this.last.keys()) if (col > leftmost) this.last.delete(col);
    for (const cell of seen) this.last.set(cell.col, cell);
  }

  /** True when some group column is filled down (else `observe` has nothing to record). */
  get active(): boolean {
    return this.cols.length > 0;
  }

  /** The label filled into a blank group cell at (row, col), or null. */
  filled(row: number, col: number, address: string): FieldCell | null {
    const from = this.last.get(col);
    return from ? { ...from, address, row, col, fromMerge: true } : null;
  }

  /** A repeated header (a new PDF page) restarts the groups: the page states them again. */
  reset(): void {
    this.last.clear();
  }
}

import type { MergedArea } from "../grid/grid";

/**
 * Which merged area covers a cell, by binary search over the merges of that column. Merges are
 * indexed per column on first use, so a hostile merge (a whole sheet, 1,000 × 100,000 cells)
 * costs one entry per column asked about, never one per covered cell.
 */
export class MergeIndex {
  private readonly byColumn = new Map<number, MergedArea[]>();

  constructor(private readonly merges: readonly MergedArea[]) {}

  private column(col: number): MergedArea[] {
    return this.byColumn.get(col) ?? this.indexColumn(col);
  }

  /** The merges crossing a column, top to bottom: worked out when the column is first asked about. */
  private indexColumn(col: number): MergedArea[] {
    const list = this.merges.filter((m) => m.left <= col && col <= m.right).sort((a, b) => a.top - b.top);
    this.byColumn.set(col, list);
    return list;
  }

  /** The merged area covering (row, col), or null. Merged areas never overlap in Excel. */
  find(row: number, col: number): MergedArea | null {
    if (this.merges.length === 0) return null;
    const list = this.column(col);
    let lo = 0;
    let hi = list.length - 1;
    let hit = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].top <= row) {
        hit = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return hit >= 0 && list[hit].bottom >= row ? list[hit] : null;
  }

  /** True when the cell is covered by a merge but is not its top-left cell (its value lives there). */
  isCovered(row: number, col: number): boolean {
    const m = this.find(row, col);
    return m !== null && (m.top !== row || m.left !== col);
  }

  /** True when any merge of this column overlaps rows top..bottom. */
  hasMergeIn(col: number, top: number, bottom: number): boolean {
    if (this.merges.length === 0) return false;
    return this.column(col).some((m) => m.top <= bottom && m.bottom >= top && m.bottom > m.top);
  }
}

import ExcelJS from "exceljs";

/**
 * Loading a workbook, exceljs 4.4 applies each merged area of the file through mergeCells(),
 * which first compares it with every area applied before it: O(n²) in merges. A 100,000-row
 * 共生ビジョン workbook (tens of thousands of merged group cells) spent ~80 of its ~90 s there.
 * This replaces the loader's step with the same work minus that comparison: Excel never writes
 * overlapping merges, and on a damaged file that has them the later area wins for the cells it
 * covers instead of the whole load failing. Merges made through the public API keep the check.
 */

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface InternalCell {
  address: string;
  merge(master: InternalCell, ignoreStyle: boolean): void;
}
interface InternalWorksheet {
  _merges: Record<string, MergeRange>;
  getCell(row: number, col: number): InternalCell;
  _parseMergeCells(model: { mergeCells?: string[] }): void;
}

let installed = false;

export function installFastMergeLoading(): void {
  if (installed) return;
  installed = true;
  const probe = new ExcelJS.Workbook().addWorksheet("probe");
  probe.mergeCells("A1:B2");
  const proto = Object.getPrototypeOf(probe) as InternalWorksheet;
  // exceljs's own Range class (not exported): decodes "A1:B2" exactly as mergeCells() does.
  const RangeClass = (probe as unknown as InternalWorksheet)._merges.A1.constructor as new (ref: string) => MergeRange;
  const rangeOf = (ref: string) => new RangeClass(ref);

  proto._parseMergeCells = function parseMergeCells(this: InternalWorksheet, model) {
    for (const ref of model.mergeCells ?? []) {
      const area = rangeOf(ref);
      const master = this.getCell(area.top, area.left);
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          // styles are not merged on import: each cell keeps its own (as exceljs does)
          if (r > area.top || c > area.left) this.getCell(r, c).merge(master, true);
        }
      }
      this._merges[master.address] = area;
    }
  };
}

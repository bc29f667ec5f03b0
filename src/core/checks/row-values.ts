import type { FieldCell, IndicatorRow } from "../rows/types";
import type { ParsedValue, Quantity } from "../quantity/types";
import type { FiscalYear } from "../years/types";

/** Which value column a cell sits in. */
export type ValueField = "baseline" | "previousTarget" | "actual" | "target";

/** A value cell of a row with the year its column stands for. */
export interface ValueCell {
  field: ValueField;
  cell: FieldCell;
  value: ParsedValue;
  /** The column's year: baseline year, previous target year, the actual's year, the target year. */
  year: FiscalYear | null;
}

/**
 * The row's value cells in sheet order of meaning: baseline, previous target, actuals, target.
 * The realignment stage and five check families read them, each gathering a row's cells as it
 * judges the row: a few small objects let go with the row, where cells gathered once and shared
 * would all be held for the whole table.
 */
export function gatherValueCells(row: IndicatorRow): ValueCell[] {
  const out: ValueCell[] = [];
  const { cells, actuals } = row;
  if (cells.baseline) out.push(valueCell("baseline", cells.baseline, row.baseline, row.baselineYear));
  if (cells.previousTarget) {
    out.push(valueCell("previousTarget", cells.previousTarget, row.previousTarget, row.previousTargetYear));
  }
  for (let i = 0; i < actuals.length; i++) {
    const a = actuals[i];
    if (a.cell) out.push(valueCell("actual", a.cell, a.value, a.year));
  }
  if (cells.target) out.push(valueCell("target", cells.target, row.target, row.targetYear));
  return out;
}

function valueCell(field: ValueField, cell: FieldCell, value: ParsedValue, year: FiscalYear | null): ValueCell {
  return { field, cell, value, year };
}

/** The single quantity a value holds, or null (multi, none, all, blank, unparseable). */
export function quantityOf(v: ParsedValue): Quantity | null {
  return v.kind === "quantity" ? v.quantity : null;
}

/** Every quantity a value holds: one, or each part of a multi-metric cell. */
export function quantitiesOf(v: ParsedValue): Quantity[] {
  if (v.kind === "quantity") return [v.quantity];
  if (v.kind === "multi") return v.parts.map((p) => p.quantity);
  return [];
}

/** Text of a field's cell, "" when the table has no such column or the cell is blank. */
export function fieldText(row: IndicatorRow, field: keyof IndicatorRow["cells"]): string {
  return row.cells[field]?.text.trim() ?? "";
}

/** Address of a field's cell, falling back to the indicator cell, then the row's first cell. */
export function fieldAddress(row: IndicatorRow, field: keyof IndicatorRow["cells"]): string | null {
  return row.cells[field]?.address ?? row.cells.indicator?.address ?? null;
}

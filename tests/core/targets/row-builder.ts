import { parseQuantity } from "../../../src/core/quantity/parse";
import type { FieldName, LayoutId } from "../../../src/core/layout/types";
import type { FieldCell, IndicatorRow, Status } from "../../../src/core/rows/types";
import { fiscalYear, parseFiscalYear } from "../../../src/core/years/era";

/**
 * Builds an IndicatorRow laid out like the 共生ビジョン sheet (D baseline, E year, H–K R3–R6,
 * L status, M reason, N target, O basis, P source) from cell texts, as the row reader would.
 */

const COLS: Partial<Record<FieldName, string>> = {
  indicator: "C",
  baseline: "D",
  baselineYear: "E",
  status: "L",
  reason: "M",
  target: "N",
  basis: "O",
  source: "P",
};
const ACTUAL_COLS = ["H", "I", "J", "K"];
const ACTUAL_YEARS = [2021, 2022, 2023, 2024];

export interface RowSpec {
  indicator?: string;
  status?: Status | null;
  statusText?: string;
  baseline?: string;
  baselineYear?: string;
  /** R3…R6 cell texts; "" for blank. */
  actuals?: string[];
  target?: string;
  /** A target cell holding a number (unit in the number format). */
  targetNumber?: { value: number; numberFormat?: string };
  basis?: string;
  source?: string;
  reason?: string;
  layout?: LayoutId;
  targetYear?: string | null;
  row?: number;
  /** Leave these columns out of the layout (a table without them). */
  without?: FieldName[];
}

function cell(col: string, row: number, text: string, value?: number, numberFormat?: string): FieldCell {
  const c: FieldCell = {
    address: `${col}${row}`,
    row: row - 1,
    col: col.charCodeAt(0) - 65,
    text,
    value: value ?? (text === "" ? null : text),
  };
  if (numberFormat) c.numberFormat = numberFormat;
  return c;
}

export function buildRow(spec: RowSpec): IndicatorRow {
  const r = spec.row ?? 5;
  const texts: Partial<Record<FieldName, string>> = {
    indicator: spec.indicator ?? "指標",
    baseline: spec.baseline ?? "",
    baselineYear: spec.baselineYear ?? "",
    status: spec.statusText ?? spec.status ?? "継続",
    reason: spec.reason ?? "",
    target: spec.target ?? "",
    basis: spec.basis ?? "",
    source: spec.source ?? "",
  };
  const cells: Partial<Record<FieldName, FieldCell>> = {};
  for (const [field, col] of Object.entries(COLS) as [FieldName, string][]) {
    if (spec.without?.includes(field)) continue;
    cells[field] = cell(col, r, texts[field] ?? "");
  }
  if (spec.targetNumber)
    cells.target = cell(
      "N",
      r,
      String(spec.targetNumber.value),
      spec.targetNumber.value,
      spec.targetNumber.numberFormat,
    );
  const actualTexts = spec.actuals ?? [];
  const actuals = ACTUAL_COLS.map((col, i) => {
    const text = actualTexts[i] ?? "";
    return { year: fiscalYear(ACTUAL_YEARS[i]), cell: cell(col, r, text), value: parseQuantity(text) };
  });
  const targetCell = cells.target;
  const target = spec.targetNumber
    ? parseQuantity(String(spec.targetNumber.value), {
        rawNumber: spec.targetNumber.value,
        ...(spec.targetNumber.numberFormat ? { numberFormat: spec.targetNumber.numberFormat } : {}),
      })
    : parseQuantity(targetCell?.text ?? "");
  return {
    sheet: "KPI",
    row: r,
    table: 0,
    layout: spec.layout ?? "kyosei-vision",
    block: "continuing",
    cells,
    indicator: texts.indicator!,
    statusText: texts.status!,
    status: spec.status === undefined ? "継続" : spec.status,
    baseline: parseQuantity(texts.baseline!),
    baselineYear: texts.baselineYear ? parseFiscalYear(texts.baselineYear) : null,
    previousTarget: { kind: "blank" },
    previousTargetYear: null,
    actuals,
    target,
    targetYear: spec.targetYear === null ? null : parseFiscalYear(spec.targetYear ?? "R12"),
  };
}

export const R12 = { planTargetYear: fiscalYear(2030) };

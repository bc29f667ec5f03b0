import { columnLetters, getCell, type Cell, type Grid } from "../grid/grid";
import type { MergeIndex } from "../layout/merges";
import { isHierarchyField } from "../layout/row-kind";
import type { FieldName, TableLayout } from "../layout/types";
import { parseQuantity } from "../quantity/parse";
import type { ParsedValue, QuantityHints } from "../quantity/types";
import { splitProgression } from "../layout/progression";
import { ownText } from "../layout/row-kind";
import { rowRole, type RowRole } from "../layout/row-labels";
import { isNameLabel, NAME_SEARCH } from "../layout/detect";
import { compactHeader, matchHeader } from "../layout/headers";
import { bracketYear, findYears, firstYearIn } from "../years/era";
import type { FiscalYear } from "../years/types";
import type { HierarchyFill } from "./fill";
import { pickIndicator } from "./indicator";
import { normaliseStatus } from "./status";
import type { ActualValue, FieldCell, IndicatorRow } from "./types";

/** Everything a row needs from its table, built once per table. */
export interface TableContext {
  grid: Grid;
  layout: TableLayout;
  /** Index of the table on its sheet. */
  table: number;
  merges: MergeIndex;
  fill: HierarchyFill;
  /** Group columns filled down by `fill` (no merges there). */
  fillCols: ReadonlySet<number>;
  /** Year cell text → its reading, per table. */
  years: Map<string, FiscalYear | null>;
  /** The layout's columns as a list, computed once per table. */
  fields: readonly (readonly [FieldName, number])[];
  /** The table's repeated header rows (layout.repeatedHeaderRows), as a set made once per table. */
  repeated: ReadonlySet<number>;
  /** The last indicator named in the name column: the parent of the sub-indicators under it. */
  parentName?: string;
  /** The column of a basis read under its label (basisUnderLabel): the table's basis column. */
  basisUnderLabel?: number;
}

// Column letters computed once per column: building an address is on the per-cell hot path.
const LETTERS: string[] = [];
function address(row: number, col: number): string {
  return `${(LETTERS[col] ??= columnLetters(col))}${row + 1}`;
}

/**
 * A FieldCell at (row, col) showing `source`'s content: the cell itself, or the top-left cell of
 * the merged area covering it (`fromMerge`). Built as one literal: this runs for every cell of
 * every row, and a spread copy of the master per covered cell cost more than the rest of the row.
 */
function cellFrom(source: Cell, row: number, col: number, fromMerge: boolean): FieldCell {
  const cell: FieldCell = { address: address(row, col), row, col, text: source.text.trim(), value: source.value };
  if (source.numberFormat !== undefined) cell.numberFormat = source.numberFormat;
  if (source.formula !== undefined) cell.formula = source.formula;
  if (source.error !== undefined) cell.error = source.error;
  if (fromMerge) cell.fromMerge = true;
  return cell;
}

/** A field's cell for a row: own content, else the merge's master, else (group columns) filled down. */
export function fieldCell(ctx: TableContext, field: FieldName | null, row: number, col: number): FieldCell {
  const m = ctx.merges.find(row, col);
  if (m && (m.top !== row || m.left !== col)) return cellFrom(getCell(ctx.grid, m.top, m.left), row, col, true);
  const own = cellFrom(getCell(ctx.grid, row, col), row, col, false);
  if (own.text === "" && field && isHierarchyField(field) && ctx.fillCols.has(col)) {
    return ctx.fill.filled(row, col, own.address) ?? own;
  }
  return own;
}

/** A value cell read with what the cell itself tells (raw number, number format) and the 単位 column. */
export function parseCell(cell: FieldCell | undefined, unitColumn: string | undefined): ParsedValue {
  if (!cell) return { kind: "blank" };
  const hints: QuantityHints = {};
  if (typeof cell.value === "number") hints.rawNumber = cell.value;
  if (cell.numberFormat !== undefined) hints.numberFormat = cell.numberFormat;
  if (unitColumn) hints.unitColumn = unitColumn;
  return parseQuantity(cell.text, hints);
}

function yearOf(ctx: TableContext, cell: FieldCell | undefined, fallback: FiscalYear | undefined): FiscalYear | null {
  if (!cell || cell.text === "") return fallback ?? null;
  // A year column repeats a handful of texts (R1, R6) over thousands of rows: parse each once.
  let year = ctx.years.get(cell.text);
  if (year === undefined) {
    // 「2030年⏎(2000年比)」: the first year named is the column's.
    year = firstYearIn(cell.text);
    ctx.years.set(cell.text, year);
  }
  return year ?? fallback ?? null;
}

/** One data row → a typed IndicatorRow; the cells stay exactly where they are laid out. */
export function buildRow(ctx: TableContext, row: number): IndicatorRow {
  const { layout } = ctx;
  const cells: Partial<Record<FieldName, FieldCell>> = {};
  for (const [field, col] of ctx.fields) {
    // A card written downwards keeps each field on its own labelled row.
    cells[field] = fieldCell(ctx, field, layout.cardRows?.[field] ?? row, col);
  }
  const unitText = cells.unit?.text || undefined;

  const actuals: ActualValue[] = layout.actuals.map(({ col, year }) => {
    const cell = fieldCell(ctx, null, row, col);
    return { year, cell, value: parseCell(cell, unitText) };
  });

  const statusText = cells.status?.text ?? "";
  const built: IndicatorRow = {
    sheet: ctx.grid.name,
    row: row + 1,
    table: ctx.table,
    layout: layout.id,
    block: layout.block,
    cells,
    indicator: pickIndicator(cells),
    statusText,
    status: normaliseStatus(statusText, layout.block),
    baseline: parseCell(cells.baseline, unitText),
    // A year the value cell writes for itself (「60.2%(平成28年度)」「931g/人日⏎(H26)」) is that
    // value's year where the header states none; under a stated year, a different one in the cell
    // stays a YEAR_MISMATCH for the checks.
    baselineYear:
      yearOf(ctx, cells.baselineYear, undefined) ??
      (layout.baselineYear ? null : cellYear(cells.baseline)) ??
      layout.baselineYear ??
      null,
    previousTarget: parseCell(cells.previousTarget, unitText),
    previousTargetYear: yearOf(ctx, cells.previousTargetYear, undefined) ?? cellYear(cells.previousTarget),
    actuals,
    target: parseCell(cells.target, unitText),
    targetYear:
      yearOf(ctx, cells.targetYear, undefined) ??
      (statedTargetYear(layout) ? null : cellYear(cells.target)) ??
      layout.targetYear ??
      null,
  };
  if (unitText !== undefined) built.unitText = unitText;
  readProgression(built, unitText);
  return built;
}

/** True when the header or the plan period states the target year (not a label, the document, cells). */
export function statedTargetYear(layout: TableLayout): boolean {
  return layout.targetYearFrom === "header" || layout.targetYearFrom === "plan";
}

function cellYear(cell: FieldCell | undefined): FiscalYear | null {
  return cell && /[(（]/.test(cell.text) ? bracketYear(cell.text) : null;
}

/**
 * 「現状値 165,930 千人(25 年) ➡ 196,650 千人(31 年)」 in the target cell of a table without a
 * baseline column, or 「合計特殊出生率 H27年2.1→R2年2.4」 in the name cell of a row without values:
 * the baseline, the target and both years are read from the one cell.
 */
function readProgression(row: IndicatorRow, unitText: string | undefined): void {
  const target = row.cells.target;
  let path = target && target.text !== "" ? splitProgression(target.text) : null;
  if (path && target) {
    // The target is the part after the arrow (「100人→120人」 under 現状値→目標値 or 目標値): the
    // cell is shown and checked as that part; a baseline column of its own keeps its value.
    row.cells.target = { ...target, text: path.to };
    if (row.cells.baseline && row.baseline.kind !== "blank") {
      const to = dated(path.to);
      row.target = parseQuantity(to.value, unitText ? { unitColumn: unitText } : {});
      row.targetYear = to.year ?? row.targetYear;
      return;
    }
  }
  if (!path && row.target.kind === "blank" && row.baseline.kind === "blank" && row.cells.indicator) {
    const inName = splitProgression(row.cells.indicator.text);
    const start = inName ? VALUE_AT_END.exec(inName.from) : null;
    if (inName && start && start.index > 0) {
      row.indicator = inName.from.slice(0, start.index).trim();
      path = { from: start[0], to: inName.to };
    }
  }
  if (!path) return;
  const hints = unitText ? { unitColumn: unitText } : {};
  const from = dated(path.from);
  const to = dated(path.to);
  row.baseline = parseQuantity(from.value, hints);
  row.target = parseQuantity(to.value, hints);
  row.baselineYear = from.year ?? row.baselineYear;
  row.targetYear = to.year ?? row.targetYear;
}

/** The value (with a year written before it) at the end of a name: 「… H27年2.1」. */
const VALUE_AT_END = /(?:(?:令和|平成|[RH])\d{1,2}(?:年度|年)?|\d{4}(?:年度|年))?\s*[△▲-]?\d[\d,.]*[^\d\s]*$/;

/** One side of a path: its year, written before the value (H27年2.1) or in brackets after it. */
function dated(side: string): { value: string; year: FiscalYear | null } {
  const lead = findYears(side)[0];
  if (lead && lead.index === 0) return { value: side.slice(lead.length).trim(), year: lead.year };
  return { value: side, year: bracketYear(side) };
}

function hasValue(row: IndicatorRow): boolean {
  return (
    row.baseline.kind !== "blank" ||
    row.target.kind !== "blank" ||
    row.previousTarget.kind !== "blank" ||
    row.actuals.some((a) => a.value.kind !== "blank")
  );
}

/**
 * A card's name cell: the cell beside its 指標名 label (past the label's merge), else the cell
 * under it; searched upwards from the card's first row, not past the previous card.
 */
function nameAbove(ctx: TableContext, first: number, after: number): FieldCell | null {
  const { grid, merges } = ctx;
  for (let r = first - 1; r > after && r >= first - NAME_SEARCH; r--) {
    const cells = grid.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (!isNameLabel(ownText(grid, merges, r, c))) continue;
      const right = (merges.find(r, c)?.right ?? c) + 1;
      const beside = ownText(grid, merges, r, right);
      const [row, col] = beside !== "" && matchHeader(beside) === null ? [r, right] : [r + 1, c];
      return fieldCell(ctx, null, row, col);
    }
  }
  return null;
}

/**
 * One indicator from the rows of its block (buildRow's row, completed by the others): the target
 * from the 目標値/期待値 row, the actuals from the 実績値 row, years from a 時点 row, a lower
 * header word's value from the second row. Null for an empty slot (no name, no value).
 */
export function completeBlock(
  ctx: TableContext,
  built: IndicatorRow,
  rows: readonly number[],
  after: number,
): IndicatorRow | null {
  const { layout, grid, merges } = ctx;
  const first = rows[0];
  const labelCol = layout.rowLabelCol;
  const rowFor = (role: RowRole) =>
    labelCol === undefined ? undefined : rows.find((r) => rowRole(ownText(grid, merges, r, labelCol)) === role);
  const targetCol = layout.columns.target;
  const targetRow =
    rowFor("target") ??
    (labelCol === undefined && rows.length > 1 && targetCol !== undefined && layout.lowerRowCols?.includes(targetCol)
      ? rows[1]
      : undefined);
  if (targetRow !== undefined && targetRow !== first && targetCol !== undefined) {
    const cell = fieldCell(ctx, "target", targetRow, targetCol);
    built.cells.target = cell;
    built.target = parseCell(cell, built.unitText);
  }
  const actualRow = rowFor("actual");
  if (actualRow !== undefined && actualRow !== first) {
    built.actuals = layout.actuals.map(({ col, year }) => {
      const cell = fieldCell(ctx, null, actualRow, col);
      return { year, cell, value: parseCell(cell, built.unitText) };
    });
  }
  const yearRow = rowFor("year");
  if (yearRow !== undefined) {
    const yearAt = (col: number | undefined) =>
      col === undefined ? null : firstYearIn(fieldCell(ctx, null, yearRow, col).text);
    built.baselineYear = yearAt(layout.columns.baseline) ?? built.baselineYear;
    built.targetYear = yearAt(targetCol) ?? built.targetYear;
  }
  if (!built.cells.basis) findBasisOutsideColumns(ctx, built, rows[rows.length - 1]);
  if (layout.namesAbove) {
    const name = nameAbove(ctx, first, after);
    built.indicator = name?.text ?? "";
    if (name) built.cells.indicator = name;
    else delete built.cells.indicator;
  } else nameFromSubColumn(ctx, built, first);
  if (built.indicator === "" && !hasValue(built)) return null;
  return built;
}

/** A label saying how the target was set: 【設定の考え方】, (考え方), 設定根拠, 設定理由. */
const BASIS_LABEL = /^[【(（［[]?\s*(目標値?の?)?(設定|算定)?の?(考え方|根拠|理由)\s*[】)）］\]]?\s*[:：]?/;
/** A change written as a target's note: 15%減, 10%増, 20%削減, 基準年度比5%増. */
const CHANGE_NOTE = /^(\S{0,8}比)?[0-9.]+%(減|増|削減|増加|減少)$/;
/** Rows under an indicator's block where its labelled basis may stand. */
const BASIS_ROWS = 8;

/**
 * A table without a basis column may still say how a target was set: inside the name cell after
 * a label (「参加者数（考え方）毎年5人増」), as the target's note (「2,450⏎(15%減)」), or — for a
 * card or stacked rows — in a labelled row under the indicator's grid (【設定の考え方】 | …).
 * Found there, it is the row's basis cell.
 */
function findBasisOutsideColumns(ctx: TableContext, row: IndicatorRow, last: number): void {
  const name = row.cells.indicator;
  if (name) {
    const at = name.text.search(/[【(（]\s*(設定の)?(考え方|根拠|設定理由)\s*[】)）]/);
    if (at > 0) {
      const rule = name.text.slice(at).replace(BASIS_LABEL, "").trim();
      if (rule !== "") {
        row.cells.basis = { ...name, text: rule };
        row.indicator = name.text.slice(0, at).trim();
        return;
      }
    }
  }
  // 「2,450⏎(15%減)」: the target's own note is the rule it was set by.
  const note = row.target.kind === "quantity" ? row.target.quantity.note : undefined;
  if (note && CHANGE_NOTE.test(note) && row.cells.target) {
    row.cells.basis = { ...row.cells.target, text: note };
    return;
  }
  const { layout, grid, merges } = ctx;
  if (layout.rowLabelCol === undefined && !layout.namesAbove) return;
  for (let r = last + 1; r <= last + BASIS_ROWS && r < grid.cells.length; r++) {
    // The next indicator's grid starts under a repeated header: its labels are its own.
    if (ctx.repeated.has(r)) return;
    const cells = grid.cells[r] ?? [];
    for (let c = 0; c < Math.min(cells.length, 3); c++) {
      const label = ownText(grid, merges, r, c);
      if (label === "" || !BASIS_LABEL.test(label) || label.replace(BASIS_LABEL, "").trim() !== "") continue;
      const right = (merges.find(r, c)?.right ?? c) + 1;
      if (ownText(grid, merges, r, right) === "") continue;
      row.cells.basis = fieldCell(ctx, "basis", r, right);
      return;
    }
    const under = basisUnderLabel(ctx, r);
    if (under) {
      row.cells.basis = under;
      ctx.basisUnderLabel = under.col;
      return;
    }
  }
}

/**
 * A row of labels with their texts in the row under them (根拠となる計画等 | その他計画の名称 |
 * 計画指標の選定理由, then the texts): a small header of its own, the basis being the text under
 * the label saying how the indicator and its target were chosen. Not 評価理由 or 変更理由, and not
 * 根拠となる計画 (the plan it comes from). Null when that label's text is blank.
 */
function basisUnderLabel(ctx: TableContext, r: number): FieldCell | null {
  const { grid, merges } = ctx;
  const cells = grid.cells[r] ?? [];
  let labels = 0;
  let at = -1;
  for (let c = 0; c < cells.length; c++) {
    const text = ownText(grid, merges, r, c);
    if (text === "") continue;
    // Labels are short words, never values.
    const word = compactHeader(text);
    if (word.length > LABEL_LENGTH || /[0-9]/.test(word)) return null;
    labels++;
    if (at < 0 && BASIS_LABEL_END.test(word)) at = c;
  }
  if (at < 0 || labels < 2 || ownText(grid, merges, r + 1, at) === "") return null;
  return fieldCell(ctx, "basis", r + 1, at);
}

const LABEL_LENGTH = 24;
/** A label over the basis: …の設定根拠, …の考え方, 指標の選定理由 (not 評価理由, 変更理由). */
const BASIS_LABEL_END = /^(?!.*(変更|削除|評価|追加)).{0,24}(根拠|考え方|(選定|設定|算定)の?理由)$/;

/**
 * A sub-indicator row (「産業・業務部門」 under 「東京の温室効果ガス排出量」) names itself in a
 * column under the indicator's merged header; its name is given with its parent's.
 */
function nameFromSubColumn(ctx: TableContext, row: IndicatorRow, r: number): void {
  const own = ctx.layout.columns.indicator;
  if (own !== undefined && ownText(ctx.grid, ctx.merges, r, own) !== "") {
    ctx.parentName = row.indicator;
    return;
  }
  for (const col of ctx.layout.nameCols ?? []) {
    const sub = ownText(ctx.grid, ctx.merges, r, col);
    if (sub === "") continue;
    row.indicator = ctx.parentName ? `${ctx.parentName} / ${sub}` : sub;
    return;
  }
}

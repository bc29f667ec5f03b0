import { compareUnits } from "../quantity/units";
import { findMatchingPart } from "../quantity/parse";
import type { Quantity, QuantityPart, Unit } from "../quantity/types";
import { raise } from "../report/finding";
import type { Finding } from "../report/schema";
import type { IndicatorRow } from "../rows/types";
import type { RowCheck } from "./types";
import { quantityOf, type ValueCell } from "./row-values";

interface Counted {
  vc: ValueCell;
  q: Quantity;
}

/**
 * Units compared in base units: 億円 and 千円 are the same money, 件 and 人 are not (UNIT_MISMATCH);
 * the same counter with another period marker, 件 beside 件/年, is a style slip (UNIT_STYLE).
 * The row's unit is the one most of its cells agree with; bare numbers carry no unit and are
 * skipped (the unit may live in a number format or a 単位 column). Multi-metric cells are
 * compared part by part (partUnits): 乗合タクシー 1日平均 in 件 some years and 人 in others is a
 * UNIT_MISMATCH of that part, whatever the series check says about the cell's breakdown.
 */
export const checkUnits: RowCheck = (row, values) => [
  ...(writesOneUnit(values) ? [] : rowUnits(row, values)),
  ...partUnits(row, values),
];

/** The counted unit of a value cell (a counter, not a bare number), else null. */
function countedUnit(vc: ValueCell): Unit | null {
  const unit = quantityOf(vc.value)?.unit;
  return unit && unit.counter !== "" ? unit : null;
}

/** The usual row: every cell with a counter writes the same unit. */
function writesOneUnit(values: readonly ValueCell[]): boolean {
  let written: string | null = null;
  for (const vc of values) {
    const unit = countedUnit(vc);
    if (!unit) continue;
    if (written === null) written = unit.written;
    else if (unit.written !== written) return false;
  }
  return true;
}

/** The unit findings of a row whose cells write more than one unit. */
function rowUnits(row: IndicatorRow, values: readonly ValueCell[]): Finding[] {
  const out: Finding[] = [];
  const cells: Counted[] = [];
  for (const vc of values) {
    if (countedUnit(vc)) cells.push({ vc, q: quantityOf(vc.value)! });
  }

  const ref = reference(cells);
  const compatible: Counted[] = [];
  for (const c of cells) {
    if (compareUnits(c.q.unit, ref.q.unit) === "different") {
      out.push(unitFinding("UNIT_MISMATCH", row.row, c, ref));
    } else {
      compatible.push(c);
    }
  }

  // The row's period: the most common marker among compatible cells; on a tie, the row "has" a
  // period when any cell writes one (a missing /年 is the slip, not an extra one).
  const counts = new Map<string, number>();
  for (const c of compatible) {
    const p = c.q.unit?.period ?? "";
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  if (counts.size < 2) return out;
  let rowPeriod = "";
  let best = -1;
  for (const [p, n] of counts) {
    if (n > best || (n === best && rowPeriod === "")) {
      rowPeriod = p;
      best = n;
    }
  }
  const example = compatible.find((c) => (c.q.unit?.period ?? "") === rowPeriod)!;
  for (const c of compatible) {
    if ((c.q.unit?.period ?? "") === rowPeriod) continue;
    out.push(unitFinding("UNIT_STYLE", row.row, c, example));
  }
  return out;
}

/** The cell whose unit agrees (same or style) with the most others; the earliest wins ties. */
function reference(cells: Counted[]): Counted {
  let ref = cells[0];
  let refAgree = -1;
  for (const c of cells) {
    let agree = 0;
    for (const o of cells) if (compareUnits(c.q.unit, o.q.unit) !== "different") agree++;
    if (agree > refAgree) {
      ref = c;
      refAgree = agree;
    }
  }
  return ref;
}

/** Unlabelled parts (「88.9件 37.7%」) are numbered 1, 2 … by the parser. */
const POSITIONAL = /^\d+$/;

/**
 * The parts of each multi-metric cell, an unlabelled cell taking the labels of a labelled cell
 * with as many parts (88.9件 37.7% beside 1日平均: 30.3件 乗合率: 35.9%).
 */
function namedParts(cells: { vc: ValueCell; parts: QuantityPart[] }[]): QuantityPart[][] {
  return cells.map(({ parts }) => {
    if (!parts.every((p) => POSITIONAL.test(p.label))) return parts;
    const like = cells.find((o) => o.parts.length === parts.length && !o.parts.some((p) => POSITIONAL.test(p.label)));
    return like ? parts.map((p, i) => ({ label: like.parts[i].label, quantity: p.quantity })) : parts;
  });
}

/**
 * UNIT_MISMATCH part by part: for each metric of the row's multi-metric cells (the labels of the
 * cell with the most parts, the latest on a tie), its counted units across the years compared as
 * rowUnits compares single values. A part is found by its label, else by its place in a cell
 * with as many parts.
 */
function partUnits(row: IndicatorRow, values: readonly ValueCell[]): Finding[] {
  const cells: { vc: ValueCell; parts: QuantityPart[] }[] = [];
  for (const vc of values) if (vc.value.kind === "multi") cells.push({ vc, parts: vc.value.parts });
  if (cells.length < 2) return [];
  const named = namedParts(cells);
  let labels = named[0];
  for (const parts of named) if (parts.length >= labels.length) labels = parts;
  const out: Finding[] = [];
  labels.forEach(({ label }, i) => {
    const counted: Counted[] = [];
    cells.forEach(({ vc }, k) => {
      const parts = named[k];
      const part = findMatchingPart(label, parts) ?? (parts.length === labels.length ? parts[i] : null);
      if (part?.quantity.unit && part.quantity.unit.counter !== "") counted.push({ vc, q: part.quantity });
    });
    if (counted.length < 2) return;
    const ref = reference(counted);
    for (const c of counted) {
      if (compareUnits(c.q.unit, ref.q.unit) !== "different") continue;
      const found = c.q.unit?.written ?? "";
      const expected = ref.q.unit?.written ?? "";
      const text = c.vc.cell.text;
      out.push(
        raise(
          "UNIT_MISMATCH",
          "part",
          { row: row.row, cell: c.vc.cell.address, found: text, expected },
          { text, part: label, found, expected },
        ),
      );
    }
  });
  return out;
}

/** A cell whose unit differs from the one the row uses (`like`): found vs expected unit. */
function unitFinding(code: "UNIT_MISMATCH" | "UNIT_STYLE", row: number, c: Counted, like: Counted): Finding {
  const expected = like.q.unit?.written ?? "";
  return raise(
    code,
    "default",
    { row, cell: c.vc.cell.address, found: c.vc.cell.text, expected },
    { found: c.q.unit?.written ?? "", expected, text: c.vc.cell.text },
  );
}

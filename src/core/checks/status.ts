import { raise } from "../report/finding";
import type { Finding } from "../report/schema";
import type { FieldName } from "../layout/types";
import type { IndicatorRow, KpiTable } from "../rows/types";
import type { Check } from "./types";
import { fieldAddress, fieldText } from "./row-values";

/** Field names in Japanese and English, for the messages. */
const FIELD_LABEL: Partial<Record<FieldName, { ja: string; en: string }>> = {
  indicator: { ja: "指標", en: "indicator" },
  status: { ja: "指標変更の可否（継続/変更/削除/新規）", en: "status (継続/変更/削除/新規)" },
  baseline: { ja: "計画策定時の値（現状値）", en: "baseline value" },
  basis: { ja: "指標値の設定（算出）根拠", en: "basis of the target" },
};

/**
 * Schema and status rules: what each status (継続/変更/削除/新規) requires of the row.
 * A column the table does not have is never required (the 総合戦略 sheet has no reason or
 * basis column).
 */
export const checkStatus: Check = ({ table, targets }) =>
  table.rows.flatMap((row) => statusFindings(row, table, targets.get(row.row)?.basisCell));

function has(table: KpiTable, field: FieldName): boolean {
  return table.layout.columns[field] !== undefined;
}

/** REQUIRED_MISSING for a blank field. */
function required(row: IndicatorRow, field: FieldName): Finding {
  const label = FIELD_LABEL[field] ?? { ja: field, en: field };
  return raise("REQUIRED_MISSING", "default", at(row, field), { field: label, status: row.statusText || "—" });
}

function at(row: IndicatorRow, field: FieldName): { row: number; cell: string | null } {
  return { row: row.row, cell: fieldAddress(row, field) };
}

function statusFindings(row: IndicatorRow, table: KpiTable, basisCell: string | undefined): Finding[] {
  const out: Finding[] = [];
  if (has(table, "indicator") && row.indicator.trim() === "") out.push(required(row, "indicator"));

  // Status: the new block implies 新規, so readTables fills it; a blank status elsewhere is missing.
  if (has(table, "status") || row.block === "continuing") {
    if (row.status === null && row.statusText !== "") {
      out.push(
        raise(
          "STATUS_INVALID",
          "default",
          { ...at(row, "status"), found: row.statusText, expected: "継続 / 変更 / 削除 / 新規" },
          { found: row.statusText },
        ),
      );
    } else if (row.status === null && has(table, "status")) {
      out.push(required(row, "status"));
    }
  }
  const status = row.status;
  if (status === null) return out;

  // A reason: 変更/削除 in (2)変更・削除理由, 新規 in (5)追加理由 (or the reason column when the
  // table has no separate one).
  const reasonField: FieldName | null =
    status === "新規"
      ? has(table, "additionReason")
        ? "additionReason"
        : has(table, "reason")
          ? "reason"
          : null
      : status !== "継続" && has(table, "reason")
        ? "reason"
        : null;
  if (reasonField && fieldText(row, reasonField) === "") {
    out.push(
      status === "新規"
        ? raise("REASON_MISSING", "new", at(row, reasonField), {})
        : raise("REASON_MISSING", "default", at(row, reasonField), { status }),
    );
  }

  if (!has(table, "target")) return out;
  const targetText = fieldText(row, "target");
  if (status === "削除") {
    if (targetText !== "") {
      out.push(
        raise(
          "DELETED_HAS_TARGET",
          "default",
          { ...at(row, "target"), found: targetText, expected: "" },
          { found: targetText },
        ),
      );
    }
    return out;
  }
  if (targetText === "") {
    out.push(raise("TARGET_MISSING", "default", at(row, "target"), { status }));
  }
  // The basis may sit in the source or reason column of a shifted row; the basis engine says where.
  if (has(table, "basis") && fieldText(row, "basis") === "" && !basisCell) out.push(required(row, "basis"));
  return out;
}

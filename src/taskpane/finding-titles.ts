import type { FindingCode } from "../core/report/schema";
import type { Lang } from "./i18n";

/**
 * The short name a staff member reads for each kind of finding; the code itself stays in the
 * JSON report and in a tooltip. The one place the pane turns a code into words: when the core's
 * catalogue of findings carries titles, this table gives way to it.
 */
const TITLES: Record<FindingCode, Record<Lang, string>> = {
  LAYOUT_NOT_FOUND: { ja: "KPI表が見つからない", en: "No KPI table found" },
  REQUIRED_MISSING: { ja: "必須項目の空欄", en: "Required field empty" },
  STATUS_INVALID: { ja: "変更の可否の書き方", en: "Unknown status" },
  REASON_MISSING: { ja: "理由の記入漏れ", en: "Reason missing" },
  DELETED_HAS_TARGET: { ja: "削除する指標に目標値", en: "Deleted indicator has a target" },
  TARGET_MISSING: { ja: "目標値の空欄", en: "Target missing" },
  VALUE_UNPARSEABLE: { ja: "読み取れない値", en: "Unreadable value" },
  UNIT_MISMATCH: { ja: "単位の不一致", en: "Units differ" },
  UNIT_STYLE: { ja: "単位の書き方", en: "Unit written differently" },
  VALUE_MAGNITUDE: { ja: "桁の違い", en: "Order of magnitude" },
  YEAR_MISMATCH: { ja: "年度の不一致", en: "Years differ" },
  BASELINE_MISMATCH: { ja: "現状値と実績値の食い違い", en: "Baseline differs from actual" },
  COLUMN_SHIFT: { ja: "列のずれ", en: "Shifted columns" },
  SERIES_BREAK: { ja: "実績値の途切れ", en: "Break in the actual values" },
  BASIS_UNPARSED: { ja: "根拠から計算できない", en: "Basis cannot be computed" },
  BASIS_DATA_MISSING: { ja: "根拠に必要な値がない", en: "Values for the basis missing" },
  BASIS_MISMATCH: { ja: "根拠と目標値の不一致", en: "Target differs from its basis" },
  BASIS_AMBIGUOUS: { ja: "根拠の読み方が複数ある", en: "Basis can be read two ways" },
  BASIS_UNIT_MISMATCH: { ja: "根拠の単位の不一致", en: "Basis unit differs" },
  TARGET_DIRECTION: { ja: "目標の向き", en: "Target direction" },
  DUPLICATE_INDICATOR: { ja: "指標名の重複", en: "Duplicate indicator" },
};

export function findingTitle(code: FindingCode, lang: Lang): string {
  return TITLES[code][lang];
}

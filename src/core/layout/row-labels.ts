import { normalize, withoutSpaces } from "../text/normalize";

/**
 * Row labels: the words a sheet writes down a column when one indicator takes several rows
 * (目標値 / 実績値 / 達成率 under 区分; 期待値 / 実績値 / 達成率評価(※); a card's 数値 / 時点).
 * They say what the row's values are, so they are neither names nor a status.
 */
export type RowRole = "target" | "actual" | "rate" | "value" | "year";

const ROLES: readonly [RowRole, RegExp][] = [
  ["target", /^(年度)?(目標|目標値|計画|計画値|期待値|見込|見込み|見込値|予定|予定値)$/],
  ["actual", /^(実績|実績値|実績見込|実績見込み|現況値)$/],
  ["rate", /^(達成率|達成度|進捗率|達成率評価|評価|差|差異)$/],
  ["value", /^(数値|値)$/],
  ["year", /^(時点|年度|時期|基準日|年次)$/],
];

/** What a row label says, or null when the text is not one (a name, a value, a sentence). */
export function rowRole(text: string): RowRole | null {
  if (text.length > 16) return null;
  // Footnote marks and their brackets: 達成率評価(※), 実績値※1.
  const core = withoutSpaces(normalize(text))
    .replace(/[(（]?※\d*[)）]?/g, "")
    .replace(/^[(（](.*)[)）]$/, "$1");
  for (const [role, re] of ROLES) if (re.test(core)) return role;
  return null;
}

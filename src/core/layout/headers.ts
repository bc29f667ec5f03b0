import { memoizeText } from "../text/memo";
import { normalize, withoutSpaces } from "../text/normalize";
import { eraOmitted, parseFiscalYear } from "../years/era";
import type { FiscalYear } from "../years/types";
import type { FieldName } from "./types";

/**
 * Header words → fields (guide §1c). A header cell is normalised (NFKC, no spaces or line
 * breaks, upper case), its leading numbering "(3)" and a year inside it ("R12", "(R11)") are
 * taken off, and what is left — the core word — is matched against the list below.
 */

/** What one header cell says. */
export type HeaderMatch =
  | {
      kind: "field";
      field: FieldName;
      year?: FiscalYear;
      bareYear?: boolean;
      thisYear?: boolean;
      /** 現状値(R2)→目標値(R7): the column holds the path; its baseline's year, if the header says. */
      pathFrom?: { year?: FiscalYear };
    }
  /** A yearly actual column: R3年度, 2021年度, R3年度実績. */
  | { kind: "actual"; year: FiscalYear }
  /** 今年度実績値 (0), 前年度実績 (1): an actual of the document's year, or so many years before it. */
  | { kind: "relative-actual"; yearsBack: number }
  /** A group label over other columns (KPI実績値推移): a header word, but no field of its own. */
  | { kind: "group" }
  /**
   * A column the reader knows and keeps out of the check: 指標の定義, 説明, 達成率, 評価, 備考, 掲載頁,
   * 確認方法… Known, so the header around it is still recognised and it is no "unknown column".
   */
  | { kind: "other" };

/** Longer cells are prose (a title, a basis), never a header word… */
const MAX_HEADER_LENGTH = 20;
/** …except a cell broken over lines: 「基準年度⏎(平成21年度)⏎排出量⏎(トンCO2)」 is one header. */
const MAX_MULTILINE_HEADER_LENGTH = 40;

/** A year token inside a header or a title: R12, H30, 令和8年度, 令和元年度, 2019年度. */
export const YEAR_TOKEN = /(?:令和|平成|(?<![A-Z])[RH])(?:元|\d{1,2})(?:年度|年)?|(?<!\d)\d{4}(?:年度|年)/;
/**
 * A year written without its era (24年度, 32年度目標値): plans of the 平成 years often left it out.
 * Not 10年後 / 5年間 (spans of time), nor a number inside a longer one.
 */
const ERA_OMITTED_TOKEN = /(?<![\d.,])(\d{1,2})(年度|年)(?!後|間|以上|以内|未満|ぶり|連続|目$)/;

/**
 * Order matters: the more specific words first. 「(1)KPI指標変更の可否」 is the status,
 * 「指標値の設定(算出)根拠」 the basis and 「指標値引用元」 the source, although all three
 * contain 指標; 「基本目標」 is a goal, not a target.
 */
const FIELD_WORDS: readonly [FieldName | "group" | "other", RegExp][] = [
  // 指標No. / 指標番号 number the rows; they never hold the name.
  ["no", /^(NO\.?|番号|#|№)$|(NO\.?|番号|№)$/],
  ["reason", /(変更|削除).*理由/],
  ["additionReason", /追加理由/],
  // Columns that define, place or grade the indicator: known, never a value or the basis.
  [
    "other",
    /定義|説明|算出方法|把握方法|確認方法|確認時期|掲載|^頁|備考|達成率|達成度|^評価|進捗|コメント|所見|分類|方向/,
  ],
  ["status", /可否|新規\/?継続|継続\/?新規|^(状況|区分|ステータス|継続・?新規|新規・?継続)$/],
  ["source", /引用元|出典|出所|データ元/],
  // How the target was set: 根拠, 考え方, 設定理由 (not 変更理由, which is the reason above).
  ["basis", /根拠|考え方|設定の?理由/],
  ["targetYear", /(目標|達成)(年度|年|時期)$|^年次$/],
  ["baselineYear", /^(基準|現状|策定|計画策定)?(年度|年|時点)$/],
  ["unit", /^単位$/],
  ["group", /実績値?(の)?推移|^実績値?$/],
  ["baseline", /現状値|基準値|計画策定時|策定時|設定時|^現状$|現況値?|当初値|直近の?実績|^基準/],
  ["goal", /基本目標/],
  // 数値目標項目, 施策項目, 成果指標名: the name column, although 目標 is in some of them.
  ["indicator", /項目名?$|指標名?$/],
  ["target", /目標値|指標値|目標数値|数値目標|目標$|目標量$|^数値$|期待値/],
  ["policyArea", /政策分野|^分野$/],
  ["project", /事業名|事業の?内容|^事業$/],
  ["department", /担当部署|担当課|所管課|担当部局|^担当$/],
  ["viewpoint", /基本的視点|^視点$/],
  ["leadingProject", /リーディング・?プロジェクト/],
  ["measure", /具体的な?施策|^施策(名)?$/],
  ["indicator", /指標名|項目名|^指標|指標$|KPI|^項目$/],
];

const WESTERN_WITH_ERA = /(\d{4})\((?:令和|平成|[RH])(?:元|\d{1,2})\)(年度|年)?/;
/** The rest of a date after its year: R5.3, 2020年3月, 令和3年度末, 平成20年末見込, …3月31日現在. */
const DATE_RESIDUE = /^(?:末|見込み?|現在|時点|\.\d{1,2}|\d{1,2}月(?:\d{1,2}日)?)+/;

/** 今年度実績値, 本年度の実績, 前年度実績, 昨年度末実績見込: the year is the document's, or the one before. */
const RELATIVE_ACTUAL = /^(今|本|当該?|前|昨)年度末?の?実績(値|見込み?)?$/;

const TITLE_WORDS = /一覧|について|調書|シート|工程表|計画$|^第\d|\d{3,}/;

/** Header text in one canonical form: NFKC, no whitespace, upper-case Latin. */
export function compactHeader(text: string): string {
  return withoutSpaces(normalize(text)).toUpperCase();
}

/** The first year written in a header ((3)R12指標値 → R12, 現状値(R5) → R5), with where it was. */
export function headerYear(compact: string): { year: FiscalYear; index: number; length: number } | null {
  const m = YEAR_TOKEN.exec(compact);
  if (!m) return null;
  const year = parseFiscalYear(m[0]);
  return year ? { year, index: m.index, length: m[0].length } : null;
}

/**
 * A year whose era is left out (目標値⏎29年度): 平成 from 20 on, else 令和. A 令和 plan that drops
 * its era writes a small number (7年度); 平成 plans dropping theirs wrote 20年度 … 32年度.
 */
export function eraOmittedYear(compact: string): { year: FiscalYear; index: number; length: number } | null {
  const m = ERA_OMITTED_TOKEN.exec(compact);
  if (!m) return null;
  const year = eraOmitted(Number(m[1]), m[2]);
  return year ? { year, index: m.index, length: m[0].length } : null;
}

/** Cheap test before the real match: could this raw cell text be a header word at all? */
// Deliberately without 年 and 名 alone: every 件/年 and 15名 value cell would pass.
const HEADER_HINT =
  /指標|項目|値|年度|基準|目標年|達成年|単位|根拠|理由|引用|出典|出所|可否|継続|新規|分野|事業|担当|部署|視点|施策|目標|KPI|ＫＰＩ|No|NO|№|番号|策定|考え方|状況|区分|実績|プロジェクト|#|現状|現況|当初|数値|年次|設定|定義|説明|達成|評価|備考|掲載|頁|確認|分類|令和|平成|^\s*[RHＲＨ]\s*[0-9０-９]|^\s*[0-9０-９]{4}\s*[年(（]/;

export function mayBeHeader(raw: string): boolean {
  return raw.length !== 0 && raw.length <= MAX_MULTILINE_HEADER_LENGTH * 2 && hasHeaderHint(raw);
}

/** Memoised: the header screen runs on every cell of every row, and rows repeat 継続, R6, units. */
const hasHeaderHint = memoizeText(
  // 「指 標 名」: words spaced out to fill a wide cell.
  (raw) => HEADER_HINT.test(raw) || (/\s/.test(raw) && HEADER_HINT.test(raw.replace(/\s+/g, ""))),
);

/** Reads one header cell; null when it is not a header word. */
export function matchHeader(raw: string): HeaderMatch | null {
  return mayBeHeader(raw) ? matchHeaderWord(raw) : null;
}

/**
 * Memoised (texts of at most 40 characters: mayBeHeader): every row with two year cells is read
 * cell by cell as a possible repeated header, and its R5年度, 目標値 … recur on every such row.
 */
const matchHeaderWord = memoizeText((raw: string): HeaderMatch | null => pathHeader(raw) ?? wordHeader(raw));

/** The arrows a header or a cell writes between a current value and its target. */
export const PATH_ARROW = /[➡→⇒⇨➔➜►▶]/;

/**
 * 「現状値→目標値」「現状値(R2) ⇒ 目標(R7)」: a column holding the path from the current value to
 * the target (「100→120」). It is the target column, whose cells give their target part (and the
 * baseline part); the header's left year is the baseline's.
 */
function pathHeader(raw: string): HeaderMatch | null {
  const arrow = PATH_ARROW.exec(raw);
  if (!arrow) return null;
  const from = wordHeader(raw.slice(0, arrow.index));
  const to = wordHeader(raw.slice(arrow.index + arrow[0].length));
  if (from?.kind !== "field" || from.field !== "baseline" || to?.kind !== "field" || to.field !== "target") return null;
  return { ...to, pathFrom: from.year ? { year: from.year } : {} };
}

function wordHeader(raw: string): HeaderMatch | null {
  // 2023(R5)年: the Western year, its era in brackets.
  const full = compactHeader(raw).replace(WESTERN_WITH_ERA, "$1$2");
  const max = raw.includes("\n") ? MAX_MULTILINE_HEADER_LENGTH : MAX_HEADER_LENGTH;
  // 「基準年度(平成21年度)(2009年度)排出量(トンCO2)」: the words outside the brackets, the year from anywhere.
  const compact = full.length > MAX_HEADER_LENGTH ? full.replace(/\([^()]*\)/g, "") : full;
  if (compact.length === 0 || compact.length > max) return null;
  const own = headerYear(compact) ?? eraOmittedYear(compact);
  const found = own ?? (compact === full ? null : headerYear(full));
  let core = own
    ? compact.slice(0, own.index) + compact.slice(own.index + own.length).replace(DATE_RESIDUE, "")
    : compact;
  // Numbering such as "(3)" or "3." in front, and the brackets a year left empty.
  core = core.replace(/^(\(\d+\)|\d+[.)])/, "").replace(/\(\)/g, "");

  if (found && /^(年度|年)?(実績値?)?$/.test(core)) return { kind: "actual", year: found.year };
  const relative = found ? null : RELATIVE_ACTUAL.exec(core);
  if (relative) return { kind: "relative-actual", yearsBack: /^(前|昨)/.test(relative[1]) ? 1 : 0 };
  // A title (数値目標一覧, 第1次総合計画…, KPIについて) or a count (主指標 46 副指標150) is no column word.
  if (TITLE_WORDS.test(core)) return null;
  for (const [field, re] of FIELD_WORDS) {
    if (!re.test(core)) continue;
    if (field === "group" || field === "other") return { kind: field };
    const match: HeaderMatch = { kind: "field", field };
    if (found) match.year = found.year;
    // 今年度目標値: the year of the document (its title or sheet name), resolved by the table.
    else if (/今年度|本年度|当該年度/.test(core)) match.thisYear = true;
    if (field === "baselineYear" && /^(年度|年)$/.test(core)) match.bareYear = true;
    return match;
  }
  return null;
}

import type { SampleSheet } from "../samples/data/types";
import { kyoseiVision } from "../samples/data/kyosei-vision";
import { souseiStrategy } from "../samples/data/sousei-strategy";
import { consistentSheet } from "../tests/fixtures/consistent-sheet";
import { cellAddress, gridFromRows, parseAddress, type Grid, type MergedArea } from "../src/core/grid/grid";

/**
 * Synthetic KPI sheets of any size for the benchmark, built from the seed row shapes:
 * - 共生ビジョン: the data rows of samples/data/kyosei-vision.ts (with their merged-down cells
 *   and their four shifted rows) and of tests/fixtures/consistent-sheet.ts (every basis rule
 *   kind), in a continuing block and a 「■新規指標」 block;
 * - 総合戦略: the data rows of samples/data/sousei-strategy.ts, page by page with their merges;
 * - generic: the row shapes below under `No. | 指標名 | 単位 | 現状値 | 基準年度 | 目標値 | 目標年度 | 目標値の設定根拠`.
 * Source blocks are repeated in order (no randomness, so every run checks the same sheet) and
 * every indicator name gets a running number, else DUPLICATE_INDICATOR would fire on every
 * copy. Damaged source rows are copied as they are.
 */

export type BenchLayout = "kyosei-vision" | "sousei-strategy" | "generic";
export const BENCH_LAYOUTS: BenchLayout[] = ["kyosei-vision", "sousei-strategy", "generic"];

type Row = (string | null)[];

/** A run of data rows copied as a unit, with the merges inside it (0-based, relative to the block). */
interface Block {
  rows: Row[];
  merges: MergedArea[];
  /** Per row: true when the source row carries damage (shifted cells, wrong unit, contradicting year note). */
  damaged: boolean[];
  /** The first row of the header the block sits under. */
  header: Row;
}

export interface SyntheticSheet {
  name: string;
  layout: BenchLayout;
  rows: Row[];
  merges: MergedArea[];
  /** Indicator rows in the sheet (title and header rows excluded). */
  dataRows: number;
  /** Of those, rows copied from a damaged source row. */
  damagedRows: number;
}

function mergeOf(ref: string): MergedArea {
  const [a, b] = ref.split(":").map((x) => parseAddress(x)!);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function nonEmpty(row: Row | undefined): number {
  return row ? row.filter((c) => c !== null && c !== "").length : 0;
}

/**
 * The data blocks of a sample sheet: the rows under each two-row header, up to the first row
 * that is not an indicator row (blank, a title line of one or two cells, or the next header).
 */
function blocksOf(sheet: SampleSheet, isDamaged: (row: Row, sheetRow: number) => boolean): Block[] {
  const merges = sheet.merges.map(mergeOf);
  const blocks: Block[] = [];
  const headerBottoms = sheet.headerRows.filter((r) => sheet.headerRows.includes(r - 1));
  for (const bottom of headerBottoms) {
    const first = bottom; // 0-based index of the first row under a 1-based header bottom
    let end = first;
    while (end < sheet.rows.length && nonEmpty(sheet.rows[end]) >= 3 && !sheet.headerRows.includes(end + 1)) end++;
    if (end === first) continue;
    blocks.push({
      rows: sheet.rows.slice(first, end),
      merges: merges
        .filter((m) => m.top >= first && m.top < end)
        .map((m) => ({ ...m, top: m.top - first, bottom: m.bottom - first })),
      damaged: sheet.rows.slice(first, end).map((r, i) => isDamaged(r, first + i + 1)),
      header: sheet.rows[bottom - 2],
    });
  }
  return blocks;
}

/** The rows and merges of a sample above its first data row (title and header). */
function headOf(sheet: SampleSheet, upTo: number): { rows: Row[]; merges: MergedArea[] } {
  return {
    rows: sheet.rows.slice(0, upTo),
    merges: sheet.merges.map(mergeOf).filter((m) => m.bottom < upTo),
  };
}

// The seed's damaged rows: 14, 15, 24, 29 (samples/data/kyosei-vision.ts) and 30, shifted as 24 is.
const KYOSEI_SHIFTED = new Set([14, 15, 24, 29, 30]);
const kyoseiSheet = kyoseiVision.sheets[0];
const kyoseiBlocks = blocksOf(kyoseiSheet, (_r, n) => KYOSEI_SHIFTED.has(n));
const consistentBlocks = blocksOf(consistentSheet, () => false);
/** The 新規指標 block's header has (5)追加理由 where the continuing block has (1)KPI指標変更の可否. */
const isNewBlock = (b: Block) => b.header.includes("(5)追加理由");
const KYOSEI_CONTINUING = [...kyoseiBlocks, ...consistentBlocks].filter((b) => !isNewBlock(b));
const KYOSEI_NEW = [...kyoseiBlocks, ...consistentBlocks].filter(isNewBlock);
/** Title lines and the two header rows of each block, as the city's sheet has them. */
const KYOSEI_HEAD = headOf(kyoseiSheet, 6);
const KYOSEI_NEW_HEAD = (() => {
  const top = kyoseiSheet.rows.findIndex((r) => r[0] === "■新規指標");
  const rows = kyoseiSheet.rows.slice(top, top + 4);
  const merges = kyoseiSheet.merges
    .map(mergeOf)
    .filter((m) => m.top >= top && m.bottom < top + 4)
    .map((m) => ({ ...m, top: m.top - top, bottom: m.bottom - top }));
  return { rows, merges };
})();

// 総合戦略: value notes naming another year than the column's (0人（R6） under 現状値（R5）).
const YEAR_NOTE = /[（(][^）)]*(R\d|令和)/;
const souseiSheet = souseiStrategy.sheets[0];
const SOUSEI_BLOCKS = blocksOf(souseiSheet, (r) => YEAR_NOTE.test(r[8] ?? "") || YEAR_NOTE.test(r[9] ?? ""));
const SOUSEI_HEAD = headOf(souseiSheet, 4);

const GENERIC_HEADER: Row = ["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"];
/** Generic rows without the No. column; the last three are damaged as the seeds are. */
const GENERIC_SHAPES: { row: Row; damaged: boolean }[] = [
  {
    row: ["図書館利用者数", "人/年", "120,000", "2023年度", "126,000", "2029年度", "現状から5%の増加を目指す。"],
    damaged: false,
  },
  {
    row: ["市民活動団体数", "団体", "48", "R5年度", "54", "R11年度", "R5の現状から年2%の増加を目指す。"],
    damaged: false,
  },
  {
    row: ["観光入込客数", "万人/年", "120", "R5年度", "180", "R11年度", "R5の現状から1.5倍の増加を目指す。"],
    damaged: false,
  },
  { row: ["空き家改修件数", "件/年", "15", "R5年度", "21", "R11年度", "毎年1件の増加を目指す。"], damaged: false },
  { row: ["防災訓練参加者数", "人", "3,200", "R5年度", "3,200", "R11年度", "現状維持を目指す。"], damaged: false },
  { row: ["新規就農者数", "人/年", "8", "R5年度", "10", "R11年度", "過去の実績から10人/年とする。"], damaged: false },
  {
    row: ["健康診断受診率", "%", "52.0", "令和5年度", "55.2", "令和11年度", "R5の現状から年1%の増加を目指す。"],
    damaged: false,
  },
  { row: ["森林整備面積", "ha", "1,000", "R5年度", "1,100", "R11年度", "現状から10%の増加を目指す。"], damaged: false },
  { row: ["企業誘致件数", "件", "2", "R5年度", "14", "R11年度", "年間2件の増加を目指す。"], damaged: false },
  { row: ["市税納付率", "%", "97.5", "R5年度", "98.0", "R11年度", "過去の実績から98.0%とする。"], damaged: false },
  {
    row: ["公共施設の延床面積", "㎡", "520,000", "R5年度", "494,000", "R11年度", "R5の現状から5%の削減を目指す。"],
    damaged: false,
  },
  {
    row: ["ごみ排出量", "t/年", "18,500", "R5年度", "17,020", "R11年度", "R5の現状から約8%の削減を目指す。"],
    damaged: false,
  },
  {
    row: ["子育て相談件数", "件", "1,250人", "R5年度", "1,375件", "R11年度", "現状から10%の増加を目指す。"],
    damaged: true,
  },
  {
    row: ["資源回収量", "t/年", "2,400（R4）", "R5年度", "2,640", "R11年度", "現状から10%の増加を目指す。"],
    damaged: true,
  },
  { row: ["公民館講座開催数", "回/年", "R5年度", "36", "42", "R11年度", "年間1回の増加を目指す。"], damaged: true },
];
const GENERIC_HEAD: Row[] = [["第2次総合計画 成果指標一覧"], [], GENERIC_HEADER];
const GENERIC_BLOCK: Block = {
  rows: GENERIC_SHAPES.map((s) => [null, ...s.row]),
  merges: [],
  damaged: GENERIC_SHAPES.map((s) => s.damaged),
  header: GENERIC_HEADER,
};

/** A cell holding words, not a value: a number with a short unit (4,200人) is a value; 「1歳～11歳に占める…」 is a name. */
function isWords(v: string | null | undefined): boolean {
  return v !== null && v !== undefined && v !== "" && !/^[\d,.]+\D{0,4}$/.test(v);
}

/** Which cell carries the indicator name: the layout's indicator column, or A where a shifted row put it there. */
function nameCell(row: Row, indicatorCol: number): number | null {
  if (isWords(row[indicatorCol])) return indicatorCol;
  return isWords(row[0]) ? 0 : null;
}

/**
 * Appends `count` data rows at `top`, cycling through `blocks`, each indicator named with its
 * running number; a block cut short at the end keeps only the part of its merges above the cut.
 */
function fill(
  out: SyntheticSheet,
  blocks: Block[],
  count: number,
  indicatorCol: number,
  numbered: (row: Row, n: number) => Row = (r) => r,
): void {
  let done = 0;
  for (let b = 0; done < count; b = (b + 1) % blocks.length) {
    const block = blocks[b];
    const take = Math.min(block.rows.length, count - done);
    const top = out.rows.length;
    for (let i = 0; i < take; i++) {
      const n = out.dataRows + 1;
      const row = numbered([...block.rows[i]], n);
      const at = nameCell(row, indicatorCol);
      if (at !== null) row[at] = `${row[at]}［${n}］`;
      // A shifted row's name stands one column right of where the name belongs (D14 → C14 when
      // realigned): it is the name the report shows, so it is numbered too.
      const next = at === null ? undefined : row[at + 1];
      if (at !== null && block.damaged[i] && isWords(next) && !/\d/.test(next!)) row[at + 1] = `${next}［${n}］`;
      out.rows.push(row);
      out.dataRows++;
      if (block.damaged[i]) out.damagedRows++;
    }
    for (const m of block.merges) {
      if (m.top >= take) continue;
      const bottom = Math.min(m.bottom, take - 1);
      if (bottom === m.top && m.left === m.right) continue;
      out.merges.push({ top: top + m.top, left: m.left, bottom: top + bottom, right: m.right });
    }
    done += take;
  }
}

function appendHead(out: SyntheticSheet, head: { rows: Row[]; merges: MergedArea[] }): void {
  const top = out.rows.length;
  out.rows.push(...head.rows.map((r) => [...r]));
  out.merges.push(...head.merges.map((m) => ({ ...m, top: m.top + top, bottom: m.bottom + top })));
}

/** Share of a 共生ビジョン sheet's rows that go to the 新規指標 block. */
const NEW_BLOCK_SHARE = 0.1;

/** A sheet of `rows` indicator rows in the given layout. */
export function syntheticSheet(layout: BenchLayout, rows: number): SyntheticSheet {
  const names: Record<BenchLayout, string> = {
    "kyosei-vision": "共生ビジョンKPI",
    "sousei-strategy": "総合戦略KPI",
    generic: "成果指標",
  };
  const out: SyntheticSheet = { name: names[layout], layout, rows: [], merges: [], dataRows: 0, damagedRows: 0 };
  if (layout === "kyosei-vision") {
    const added = rows >= 2 ? Math.max(1, Math.round(rows * NEW_BLOCK_SHARE)) : 0;
    appendHead(out, KYOSEI_HEAD);
    fill(out, KYOSEI_CONTINUING, rows - added, 2);
    if (added > 0) {
      out.rows.push([]);
      appendHead(out, KYOSEI_NEW_HEAD);
      fill(out, KYOSEI_NEW, added, 2);
    }
  } else if (layout === "sousei-strategy") {
    appendHead(out, SOUSEI_HEAD);
    fill(out, SOUSEI_BLOCKS, rows, 7);
  } else {
    appendHead(out, { rows: GENERIC_HEAD, merges: [] });
    fill(out, [GENERIC_BLOCK], rows, 1, (r, n) => [String(n), ...r.slice(1)]);
  }
  return out;
}

/** The sheet as the engine receives it. */
export function sheetGrid(sheet: SyntheticSheet): Grid {
  return gridFromRows(sheet.name, sheet.rows, sheet.merges);
}

/** A1 reference of a merge, for writers that take one (exceljs). */
export function mergeRef(m: MergedArea): string {
  return `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`;
}

import type { SkipReason, SkippedCell } from "../port/workbook-port";
import type { Lang } from "./i18n";

/**
 * What the user is told about what the workbook port did: cells the add-in left alone (one line per
 * cell, in plain words, with the value before 適用 to put back by hand), hidden sheets not checked,
 * and 「確定」.
 */

type Action = "apply" | "revert" | "marks";

const SHOWN = 10;

function ja(s: SkippedCell, action: Action): string {
  const cell = `「${s.sheet}」の${s.address}`;
  const original = s.original !== undefined ? `（適用前の値：${String(s.original)}）` : "";
  const reasons: Record<SkipReason, string> = {
    changed: {
      apply: `${cell}は再計算の後に変更されていたため、書き込みませんでした。`,
      revert: `${cell}は適用の後に変更されていたため、そのままにしました${original}。`,
      marks: `${cell}の塗りつぶしは印を付けた後に変更されていたため、そのままにしました。`,
    }[action],
    moved: `${cell}の行は行の挿入・削除で動いていたため、そのままにしました${original}。`,
    "sheet-missing": `シート「${s.sheet}」が見つからないため、${s.address}はそのままです${original}。`,
    protected: `シート「${s.sheet}」は保護されているため、${s.address}は変更していません。`,
    group: `${cell}は同じ行の別のセルが変更されていたため、行ごとそのままにしました。`,
    replied: `${cell}のコメントには返信があるため、削除していません。`,
    edited: `${cell}のメモは編集されているため、残しました。`,
  };
  return reasons[s.reason];
}

function en(s: SkippedCell, action: Action): string {
  const cell = `${s.sheet}!${s.address}`;
  const original = s.original !== undefined ? ` (before 適用: ${String(s.original)})` : "";
  const reasons: Record<SkipReason, string> = {
    changed: {
      apply: `${cell} was changed after the recalculation — not written.`,
      revert: `${cell} was changed after 適用 — left as it is${original}.`,
      marks: `The fill of ${cell} was changed after marking — left as it is.`,
    }[action],
    moved: `The row of ${cell} moved (a row was inserted or deleted) — left as it is${original}.`,
    "sheet-missing": `Sheet ${s.sheet} is gone — ${s.address} left as it is${original}.`,
    protected: `Sheet ${s.sheet} is protected — ${s.address} not changed.`,
    group: `${cell} left with the rest of its row (another cell of the row was changed).`,
    replied: `The comment on ${cell} has replies — not deleted.`,
    edited: `The note on ${cell} was edited — kept.`,
  };
  return reasons[s.reason];
}

/** The lines for the notice; empty when nothing was left alone. */
export function skippedLines(skipped: SkippedCell[], action: Action, lang: Lang): string[] {
  const line = lang === "en" ? en : ja;
  const lines = skipped.slice(0, SHOWN).map((s) => line(s, action));
  const more = skipped.length - SHOWN;
  if (more > 0) lines.push(lang === "en" ? `…and ${more} more.` : `ほか${more}件。`);
  return lines;
}

/** The hidden sheets the check left out, said in the summary. */
export function hiddenLine(hidden: string[], lang: Lang): string | null {
  if (hidden.length === 0) return null;
  const names = hidden.map((n) => (lang === "en" ? n : `「${n}」`)).join(lang === "en" ? ", " : "");
  return lang === "en" ? `Hidden sheets not checked: ${names}.` : `非表示のシート${names}は点検していません。`;
}

/** 「確定」: its button, and what it did. */
export function finalizeLabel(lang: Lang): string {
  return lang === "en" ? "Finalize (remove marks and undo record)" : "確定（印と元に戻す記録を消す）";
}

export function finalizedLine(dropped: boolean, lang: Lang): string {
  if (lang === "en")
    return dropped ? "Marks and the undo record removed: ready to submit." : "Marks removed; no undo record was left.";
  return dropped ? "印と元に戻す記録を消しました。提出できます。" : "印を消しました（元に戻す記録はありません）。";
}

/** 列のずれを直す: its button, the preview's heading, one line per moved cell, and what it did. */
export function realignLabel(rows: number, lang: Lang): string {
  return lang === "en" ? `Fix shifted columns (${rows} rows)` : `列のずれを直す（${rows}行）`;
}

export function realignPreviewLabel(cells: number, lang: Lang): string {
  return lang === "en" ? `Cells that move (${cells})` : `移動するセル（${cells}個）`;
}

export function moveLine(row: number, from: string, to: string, text: string, lang: Lang): string {
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  return lang === "en" ? `Row ${row}: ${from} → ${to} “${shown}”` : `${row}行目：${from} → ${to}「${shown}」`;
}

export function realignedLine(written: number, lang: Lang): string {
  return lang === "en"
    ? `Moved ${written} cells. 元に戻す takes it back.`
    : `${written}個のセルを正しい列に移しました。「元に戻す」で戻せます。`;
}

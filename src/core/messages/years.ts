import { code, message } from "./define";

/** The years family: YEAR_MISMATCH variants and BASELINE_MISMATCH. Years are labels (R6, H30). */
export const yearsCodes = {
  YEAR_MISMATCH: code({
    severity: "error",
    title: { ja: "年度の不一致", en: "Year mismatch" },
    variants: {
      note: message<{ text: string; found: string; expected: string }>()(
        "「{text}」には{found}年度の値と注記されていますが、この欄は{expected}年度の値を記入する欄です。{expected}年度の値を記入するか、見出しの年度を直してください。",
        '"{text}" is noted as an FY {found} value, but this column holds FY {expected} values. Enter the FY {expected} value or correct the column\'s year.',
      ),
      target: message<{ found: string; expected: string }>()(
        "この行の目標年度は{found}年度ですが、計画の目標年度は{expected}年度です。目標年度を確認してください。",
        "This row's target year is FY {found}, but the plan's target year is FY {expected}. Check the target year.",
      ),
      plan: message<{ found: string; expected: string; periodCell: string }>()(
        "見出しの目標年度（{found}年度）が、{periodCell}に書かれた計画期間の最終年度（{expected}年度）と一致しません。どちらが正しいか確認してください。",
        "The header's target year (FY {found}) differs from the last year of the plan period written in {periodCell} (FY {expected}). Check which is right.",
      ),
      fiscal: message<{ found: string }>("info")(
        "「{found}」は「年度」（4月～翌年3月）で書かれていますが、この表の他の欄は「年」（1月～12月）です。集計の期間が違わないか確認してください。",
        '"{found}" is a fiscal year (年度, April–March), while the table\'s other years are calendar years (年, January–December). Check that the figures cover the same period.',
      ),
      calendar: message<{ found: string }>("info")(
        "「{found}」は「年」（1月～12月）で書かれていますが、この表の他の欄は「年度」（4月～翌年3月）です。集計の期間が違わないか確認してください。",
        '"{found}" is a calendar year (年, January–December), while the table\'s other years are fiscal years (年度, April–March). Check that the figures cover the same period.',
      ),
    },
  }),
  BASELINE_MISMATCH: code({
    severity: "warning",
    title: { ja: "現状値と実績値の不一致", en: "Baseline differs from the actual" },
    variants: {
      default: message<{ found: string; expected: string; year: string; actualCell: string }>()(
        "計画策定時の現状値「{found}」が、同じ{year}年度の実績値「{expected}」（{actualCell}）と一致しません。どちらの値が正しいか確認してください。",
        'The baseline "{found}" differs from the FY {year} actual "{expected}" ({actualCell}). Check which value is right.',
      ),
      blank: message<{ expected: string; year: string }>()(
        "計画策定時の現状値は{year}年度の「{expected}」ですが、{year}年度の実績値の欄が空欄です。実績値を記入してください。",
        'The baseline is the FY {year} value "{expected}", but the FY {year} actual is blank. Enter the actual.',
      ),
    },
  }),
};

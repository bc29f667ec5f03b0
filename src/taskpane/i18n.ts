import type { Severity, TargetStatus } from "../core/report/schema";
import { SEVERITY_WORDS } from "../core/messages";
import type { Lang } from "../core/messages/lang";

export { isLang, LANGS, type Lang } from "../core/messages/lang";

/** Every word the task pane shows, Japanese first with its English twin. */

const ja = {
  appTitle: "KPIシートチェッカー",
  english: "English",
  validate: "検証",
  recalc: "目標値を再計算",
  tabFindings: "検証結果",
  tabRecalc: "目標値",
  tabMapping: "列の対応",
  working: "処理中…",
  openInExcel: "Excelで開いてください",
  openInExcelBody:
    "このアドインはExcelの作業ウィンドウで動きます。Excelのリボン「ホーム」→「KPIチェック」から開いてください。",
  officeJsMissing: "Excelとつなぐ部品（Office.js）を読み込めませんでした",
  officeJsMissingBody:
    "このアドインはMicrosoftのサーバー（appsforoffice.microsoft.com）からOffice.jsを読み込んで動きます。庁内ネットワークでこの通信が止められている可能性があります。情報システム担当に https://appsforoffice.microsoft.com/ への接続の許可を依頼してください。",
  failed: "処理できませんでした",
  intro: "「検証」を押すと、ブックのKPI表を読み取り、行ごとに点検します。",
  errors: "エラー",
  warnings: "警告",
  infos: "情報",
  rows: "指標行",
  ready: "提出可",
  needsFix: "要修正",
  noTable: "KPI表が見つかりません。「列の対応」で列を指定できます。",
  noFindings: "指摘はありません。",
  filterByCode: "指摘の種類で絞り込み",
  allCodes: "すべての種類",
  sheetLevel: "シート全体",
  selectCell: "セルを選択",
  markCells: "セルに印を付ける",
  clearMarks: "印を消す",
  resultSheet: "検証結果シートを出力",
  marked: "{n}個のセルに印を付けました。",
  cleared: "印を消しました。",
  resultWritten: "「検証結果」シートを出力しました（{n}行）。",
  colIndicator: "指標",
  colCurrent: "現在の目標値",
  colComputed: "算出値",
  colExplanation: "算出の説明",
  colStatus: "状態",
  colChart: "推移",
  empty: "（空欄）",
  notComputable: "算出できません",
  apply: "適用",
  revert: "元に戻す",
  applied: "{n}個のセルに書き込みました。",
  reverted: "{n}個のセルを元に戻しました。",
  nothingTicked: "書き込む行を選んでください。",
  noPreview: "算出できる目標値がありません。",
  tickRow: "{indicator} を書き込む",
  chartLabel: "{indicator} の実績値と目標値までの推移",
  mappingUnsure: "列の認識に自信がありません（確度 {confidence}）。列の対応を確認してください。",
  mappingSure: "認識した列の対応（確度 {confidence}）",
  sheet: "シート",
  headerRows: "見出しの行（上端～下端）",
  mappingField: "項目",
  mappingColumn: "列",
  mappingNone: "（なし）",
  mappingSave: "この対応で保存して再検証",
  mappingSaved: "列の対応をブックに保存しました。",
  mappingManual: "手動で指定した対応を使用中",
} as const;

export type MessageKey = keyof typeof ja;
type Messages = Record<MessageKey, string>;

const en: Messages = {
  appTitle: "KPI Sheet Checker",
  english: "English",
  validate: "Validate",
  recalc: "Recalculate targets",
  tabFindings: "Findings",
  tabRecalc: "Targets",
  tabMapping: "Columns",
  working: "Working…",
  openInExcel: "Please open this in Excel",
  openInExcelBody: "This add-in runs in Excel's task pane. Open it from the ribbon: Home → KPI Check.",
  officeJsMissing: "Office.js, the part that connects the pane to Excel, could not be loaded",
  officeJsMissingBody:
    "This add-in loads Office.js from Microsoft (appsforoffice.microsoft.com). Your network may block it: ask your IT department to allow https://appsforoffice.microsoft.com/.",
  failed: "Could not complete",
  intro: "Press Validate to read the workbook's KPI tables and check every row.",
  errors: "Errors",
  warnings: "Warnings",
  infos: "Info",
  rows: "Indicator rows",
  ready: "Ready to submit",
  needsFix: "Needs fixing",
  noTable: "No KPI table found. You can set the columns under Columns.",
  noFindings: "No findings.",
  filterByCode: "Filter by kind of finding",
  allCodes: "All kinds",
  sheetLevel: "Whole sheet",
  selectCell: "Select cell",
  markCells: "Mark cells",
  clearMarks: "Clear marks",
  resultSheet: "Write findings sheet",
  marked: "Marked {n} cells.",
  cleared: "Marks cleared.",
  resultWritten: "Wrote the 検証結果 sheet ({n} lines).",
  colIndicator: "Indicator",
  colCurrent: "Current target",
  colComputed: "Computed",
  colExplanation: "Explanation",
  colStatus: "Status",
  colChart: "Trend",
  empty: "(empty)",
  notComputable: "Not computable",
  apply: "Apply",
  revert: "Undo",
  applied: "Wrote {n} cells.",
  reverted: "Restored {n} cells.",
  nothingTicked: "Tick the rows to write.",
  noPreview: "No target could be computed.",
  tickRow: "Write {indicator}",
  chartLabel: "{indicator}: actual values and the path to the target",
  mappingUnsure: "Column recognition is unsure (confidence {confidence}). Please check the columns.",
  mappingSure: "Recognised columns (confidence {confidence})",
  sheet: "Sheet",
  headerRows: "Header rows (top to bottom)",
  mappingField: "Field",
  mappingColumn: "Column",
  mappingNone: "(none)",
  mappingSave: "Save this mapping and re-check",
  mappingSaved: "Column mapping saved in the workbook.",
  mappingManual: "Using the mapping set by hand",
};

const TARGET_STATUS: Record<Lang, Record<TargetStatus, string>> = {
  ja: { match: "一致", mismatch: "不一致", computed: "算出", unverifiable: "検証不可", "not-applicable": "対象外" },
  en: {
    match: "Matches",
    mismatch: "Mismatch",
    computed: "Computed",
    unverifiable: "Unverifiable",
    "not-applicable": "Not applicable",
  },
};

/** Field names of the column map, as a planning officer calls them. */
const FIELD: Record<Lang, Record<string, string>> = {
  ja: {
    no: "No.",
    viewpoint: "基本的視点",
    goal: "基本目標",
    leadingProject: "リーディング・プロジェクト",
    measure: "具体的な施策",
    policyArea: "政策分野",
    project: "事業名",
    department: "担当部署",
    indicator: "指標",
    unit: "単位",
    baseline: "現状値",
    baselineYear: "基準年度",
    previousTarget: "前計画の目標値",
    previousTargetYear: "達成年度",
    status: "変更の可否",
    reason: "変更・削除理由",
    additionReason: "追加理由",
    target: "目標値",
    targetYear: "目標年度",
    basis: "設定根拠",
    source: "引用元",
  },
  en: {
    no: "No.",
    viewpoint: "Viewpoint",
    goal: "Basic goal",
    leadingProject: "Leading project",
    measure: "Measure",
    policyArea: "Policy area",
    project: "Project",
    department: "Department",
    indicator: "Indicator",
    unit: "Unit",
    baseline: "Baseline",
    baselineYear: "Baseline year",
    previousTarget: "Previous target",
    previousTargetYear: "Previous target year",
    status: "Status",
    reason: "Reason for change",
    additionReason: "Reason for addition",
    target: "Target",
    targetYear: "Target year",
    basis: "Basis",
    source: "Source",
  },
};

export interface Texts {
  lang: Lang;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  severity(s: Severity): string;
  targetStatus(s: TargetStatus): string;
  field(name: string): string;
}

export function texts(lang: Lang): Texts {
  const table: Messages = lang === "en" ? en : ja;
  return {
    lang,
    t: (key, params = {}) =>
      table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)),
    severity: (s) => SEVERITY_WORDS[s][lang],
    targetStatus: (s) => TARGET_STATUS[lang][s],
    field: (name) => FIELD[lang][name] ?? name,
  };
}

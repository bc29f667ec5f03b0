import type { Doubt, FieldName, LayoutId } from "../layout/types";
import { code, message } from "./define";
import type { Bilingual } from "./lang";

/** The layout family's finding. Owner: src/core/layout. */
export const layoutCodes = {
  LAYOUT_NOT_FOUND: code({
    severity: "error",
    title: { ja: "KPI表が見つからない", en: "No KPI table found" },
    variants: {
      default: message<{ sheet: string }>()(
        "シート「{sheet}」からKPI表を読み取れませんでした。指標名・現状値・目標値などの見出しが並ぶ行が見つかりません。見出しの書き方を確認するか、「列の対応」で列を指定してください。",
        'No KPI table could be read on sheet "{sheet}": no header row with indicator, baseline and target columns was found. Check the headers, or map the columns by hand (列の対応).',
      ),
    },
  }),
  COLUMN_UNREAD: code({
    severity: "warning",
    title: { ja: "読み取れない列", en: "Column not read" },
    variants: {
      default: message<{ header: string }>()(
        "見出し「{header}」の列には値がありますが、どの項目の列か読み取れないため、チェックしていません。「列の対応」でこの列の項目を指定してください。",
        'Column "{header}" holds values, but its header was not understood, so it is not checked. Say what the column holds in the column mapping (列の対応).',
      ),
    },
  }),
  TARGET_YEAR_MISSING: code({
    severity: "info",
    title: { ja: "目標年度がない", en: "No target year" },
    variants: {
      default: message()(
        "この表には目標年度がどこにも書かれていません（見出し・タイトル・各行）。目標値の計算には目標年度が要ります。「列の対応」で目標年度を入力してください。",
        "This table states no target year anywhere (headers, title or rows); computing targets needs one. Enter the target year in the column mapping (列の対応).",
      ),
    },
  }),
};

/** Names of the recognised layouts, for the report and the task pane. */
export const layoutNames: Record<LayoutId, Bilingual> = {
  "kyosei-vision": { ja: "定住自立圏共生ビジョンKPI表", en: "Regional co-existence vision KPI table" },
  "sousei-strategy": { ja: "地方創生総合戦略KPI表", en: "Regional revitalisation strategy KPI table" },
  generic: { ja: "KPI表（見出しから認識）", en: "KPI table (recognised from its headers)" },
  custom: { ja: "KPI表（手動で列を指定）", en: "KPI table (columns mapped by hand)" },
};

/** Column names for the column mapping (the words a planning officer would write as headers). */
export const fieldLabels: Record<FieldName, Bilingual> = {
  no: { ja: "No.", en: "No." },
  viewpoint: { ja: "基本的視点", en: "Basic viewpoint" },
  goal: { ja: "基本目標", en: "Basic goal" },
  leadingProject: { ja: "リーディング・プロジェクト", en: "Leading project" },
  measure: { ja: "具体的な施策", en: "Measure" },
  policyArea: { ja: "政策分野", en: "Policy area" },
  project: { ja: "事業名", en: "Project" },
  department: { ja: "担当部署名", en: "Department" },
  indicator: { ja: "指標名", en: "Indicator" },
  unit: { ja: "単位", en: "Unit" },
  baseline: { ja: "現状値", en: "Baseline" },
  baselineYear: { ja: "基準年度", en: "Baseline year" },
  previousTarget: { ja: "前期の目標値", en: "Previous target" },
  previousTargetYear: { ja: "前期の達成年度", en: "Previous target year" },
  status: { ja: "新規/継続・変更の可否", en: "Status" },
  reason: { ja: "変更・削除理由", en: "Reason for change or deletion" },
  additionReason: { ja: "追加理由", en: "Reason for addition" },
  target: { ja: "目標値（指標値）", en: "Target" },
  targetYear: { ja: "目標年度", en: "Target year" },
  basis: { ja: "設定（算出）根拠", en: "Basis of the target" },
  source: { ja: "引用元", en: "Source" },
};

/** Why a table was recognised with less than full confidence, for the column mapping to say. */
export const doubtLabels: Record<Doubt, Bilingual> = {
  "no-baseline": { ja: "現状値（基準値）の列が見つかりません", en: "No baseline column found" },
  "no-target-year": { ja: "目標年度がどこにも書かれていません", en: "No target year stated anywhere" },
  "competing-columns": {
    ja: "同じ項目に当たる列が複数あり、一つを選びました",
    en: "Several columns could be the same field; one was chosen",
  },
  "unread-column": {
    ja: "見出しを読み取れない値の列があります",
    en: "A column of values has a header that was not understood",
  },
  "names-outside-grid": {
    ja: "指標名が表の外（「指標名」の行）から読み取られました",
    en: "Indicator names were read from a 指標名 row outside the grid",
  },
  "inferred-without-header": {
    ja: "見出し行がなく、列を内容から推定しました",
    en: "No header row: the columns were inferred from the cells",
  },
  "indicator-guessed": {
    ja: "指標名の列を示す見出しがなく、値の列の左の列を指標名としました",
    en: "No header names the indicator column: the column left of the values was taken",
  },
  "card-layout": {
    ja: "表ではなく1指標ごとのカード様式として、見出しの行（指標名・基準値・目標値）から読み取りました",
    en: "Read as one card per indicator, from its labelled rows (指標名 / 基準値 / 目標値), not as a table",
  },
};

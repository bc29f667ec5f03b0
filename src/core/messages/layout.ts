import type { Doubt, FieldName, LayoutId } from "../layout/types";
import type { Catalog, MessageTemplate } from "./types";

/** Messages of the layout family. Owner: src/core/layout. */
export const layoutMessages: Catalog = {
  LAYOUT_NOT_FOUND: {
    ja: "シート「{sheet}」にKPI表が見つかりません（指標・現状値・目標値などの見出し行を探しました）。",
    en: 'No KPI table found on sheet "{sheet}" (looked for a header row with indicator, baseline and target columns).',
  },
  COLUMN_UNREAD: {
    ja: "見出し「{header}」（{cell}）の列には値がありますが、どの項目の列か読み取れないためチェックしていません。列の対応付けで指定してください。",
    en: 'Column "{header}" ({cell}) holds values, but its header was not understood, so it is not checked. Map it in the column mapping.',
  },
  TARGET_YEAR_MISSING: {
    ja: "この表には目標年度がどこにも書かれていません（見出し・タイトル・各行）。列の対応付けで目標年度を指定してください。",
    en: "This table states no target year anywhere (headers, title or rows). Enter the target year in the column mapping.",
  },
};

/** Names of the recognised layouts, for the report and the task pane. */
export const layoutNames: Record<LayoutId, MessageTemplate> = {
  "kyosei-vision": { ja: "定住自立圏共生ビジョンKPI表", en: "Regional co-existence vision KPI table" },
  "sousei-strategy": { ja: "地方創生総合戦略KPI表", en: "Regional revitalisation strategy KPI table" },
  generic: { ja: "KPI表（見出しから認識）", en: "KPI table (recognised from its headers)" },
  custom: { ja: "KPI表（手動で列を指定）", en: "KPI table (columns mapped by hand)" },
};

/** Column names for the column mapping (the words a planning officer would write as headers). */
export const fieldLabels: Record<FieldName, MessageTemplate> = {
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
export const doubtLabels: Record<Doubt, MessageTemplate> = {
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
};

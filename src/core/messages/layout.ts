import type { FieldName, LayoutId } from "../layout/types";
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

import type { ColumnMap } from "./columns";
import type { LayoutId } from "./types";

/**
 * Which known layout a column map is (guide §1a/§1b), else generic.
 * 共生ビジョン: 政策分野 and 事業名 group columns, yearly actuals, and a status or 追加理由 column.
 * 総合戦略: its hierarchy (基本的視点 / 基本目標 / リーディング・プロジェクト / 具体的な施策).
 */
export function classifyLayout(map: ColumnMap): Exclude<LayoutId, "custom"> {
  const c = map.columns;
  if (
    c.policyArea !== undefined &&
    c.project !== undefined &&
    map.actuals.length > 0 &&
    (c.status !== undefined || c.additionReason !== undefined)
  ) {
    return "kyosei-vision";
  }
  if (c.viewpoint !== undefined || c.goal !== undefined || c.leadingProject !== undefined || c.measure !== undefined) {
    return "sousei-strategy";
  }
  return "generic";
}

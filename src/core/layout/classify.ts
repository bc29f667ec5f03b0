import type { ColumnMap } from "./columns";
import type { LayoutId } from "./types";

/**
 * Which known layout a column map is (guide §1a/§1b), else generic.
 * 共生ビジョン: 政策分野 and 事業名 group columns, yearly actuals, and a status or 追加理由 column.
 * 総合戦略: its hierarchy (two of 基本的視点 / 基本目標 / リーディング・プロジェクト / 具体的な施策)
 * and no basis column.
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
  // Its hierarchy, not one word of it: a 基本目標 column beside a 設定の考え方 column is another
  // plan's table, whose basis must still be read (総合戦略's targets are not recomputed).
  const hierarchy = [c.viewpoint, c.goal, c.leadingProject, c.measure].filter((x) => x !== undefined).length;
  if (hierarchy >= 2 && c.basis === undefined) return "sousei-strategy";
  return "generic";
}

import { performance } from "perf_hooks";
import { checkGrid } from "../src/core/engine";
import { gridFromRows, type Grid } from "../src/core/grid/grid";

/**
 * A real-size sheet the engine has never seen: 200 indicator rows under the generic header,
 * every row a different indicator with its own numbers, unit, years and basis wording, so no
 * text repeats within a sheet or across the sheets of one run (`seed` shifts every number).
 * The per-text caches then help no more than they do on a user's sheet.
 */
const AREAS = ["市内", "中心市街地", "中山間地域", "沿岸部", "全地区", "北部", "南部", "駅周辺"];
const SUBJECTS = [
  "図書館",
  "公民館講座",
  "特定健診",
  "子育て相談",
  "観光案内所",
  "空き家バンク",
  "地域公共交通",
  "スポーツ教室",
  "防災訓練",
  "ふるさと納税",
  "企業誘致",
  "資源回収",
  "介護予防教室",
  "農産物直売所",
  "移住相談",
];
const MEASURES = ["の利用者数", "の参加者数", "の実施件数", "の登録数", "の受診率", "の満足度", "の延べ回数"];
const UNITS = ["人", "件", "回", "%", "団体", "施設", "千円", "世帯", "箇所", "t"];
const ERAS = ["令和", "R", "平成"];

function basis(i: number, n: number, unit: string, year: number, base: number, area: string): string {
  const step = (i % 9) + 1;
  const pct = ((i * 7) % 23) + 2;
  switch (i % 8) {
    case 0:
      return `現状値から毎年${step * n}${unit}ずつ増加させることを目標とする。`;
    case 1:
      return `過去${(i % 4) + 2}年間の伸び率（年${pct}%）を踏まえ、${year + 6}年度までに${base + n * 3}${unit}とする。`;
    case 2:
      return `国の目標（${pct}%削減）に準じて、${area}の値を設定した。`;
    case 3:
      return `${area}の現状水準（${base}${unit}）を維持することを目指す。`;
    case 4:
      return `${year}年度実績の${pct}%増を目指す（第${(i % 5) + 2}次計画）。`;
    case 5:
      return `年間${step + n}${unit}の増加を見込み設定した。`;
    case 6:
      return `総合計画の目標値${base + step * 11}${unit}と整合させた（${n}件の事業を含む）。`;
    default:
      return `現状値に毎年度${pct + n}${unit}を加えた値を目標値とした。`;
  }
}

export function distinctSheet(rows: number, seed: number): Grid {
  const header = ["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"];
  const data = Array.from({ length: rows }, (_, k) => {
    const i = k + seed * rows;
    const unit = UNITS[i % UNITS.length];
    const area = AREAS[i % AREAS.length];
    const base = 100 + ((i * 37) % 900) + i;
    const n = (i % 13) + 1;
    const year = 2019 + (i % 6);
    const era = ERAS[i % ERAS.length];
    const yearText = era === "R" ? `R${year - 2018}年度` : era === "令和" ? `令和${year - 2018}年度` : `${year}年度`;
    const name = `${area}${SUBJECTS[i % SUBJECTS.length]}${MEASURES[i % MEASURES.length]}（${i + 1}）`;
    return [
      String(k + 1),
      name,
      unit,
      `${base.toLocaleString("en-US")}`,
      yearText,
      `${base + n * 6}`,
      `${year + 6}年度`,
      basis(i, n, unit, year, base, area),
    ];
  });
  return gridFromRows(`指標${seed}`, [header, ...data], []);
}

export interface Sheet200Result {
  /** Median ms of checkGrid on a 200-row sheet of all-new texts. */
  ms: number;
  runsMs: number[];
}

/** One warm-up sheet (JIT), then `runs` sheets each with texts never seen before. */
export function measureSheet200(runs = 9): Sheet200Result {
  checkGrid(distinctSheet(200, 0));
  const runsMs = Array.from({ length: runs }, (_, r) => {
    const grid = distinctSheet(200, r + 1);
    const t = performance.now();
    checkGrid(grid);
    return Number((performance.now() - t).toFixed(1));
  });
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { ms: sorted[Math.floor(runs / 2)], runsMs };
}

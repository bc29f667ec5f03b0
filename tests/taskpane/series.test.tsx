/** @jest-environment jsdom */
import { render } from "@testing-library/react";
import type { ParsedValue } from "../../src/core/quantity/types";
import type { RowTarget } from "../../src/core/report/schema";
import type { IndicatorRow } from "../../src/core/rows/types";
import { trendOf } from "../../src/taskpane/model/series";
import { TrendChart } from "../../src/taskpane/components/TrendChart";

const q = (value: number): ParsedValue => ({
  kind: "quantity",
  quantity: { text: String(value), value, baseValue: value, unit: null, decimals: 0 },
});
const fy = (n: number) => ({ fy: 2018 + n, label: `R${n}` });
const cell = { address: "H5", row: 4, col: 7, text: "", value: null };

function row(over: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    sheet: "KPI",
    row: 5,
    table: 0,
    layout: "kyosei-vision",
    block: "continuing",
    cells: {},
    indicator: "観光入込客数",
    statusText: "継続",
    status: "継続",
    baseline: q(15000),
    baselineYear: fy(1),
    previousTarget: { kind: "blank" },
    previousTargetYear: null,
    actuals: [
      { year: fy(4), cell, value: q(17000) },
      { year: fy(3), cell, value: q(16000) },
      { year: fy(5), cell, value: { kind: "none", text: "実績なし" } },
      { year: fy(6), cell, value: q(17842) },
    ],
    target: { kind: "blank" },
    targetYear: fy(12),
    ...over,
  };
}

function target(over: Partial<RowTarget> = {}): RowTarget {
  return {
    status: "mismatch",
    stated: { text: "19,500人/年", value: 19500 },
    computed: { value: 18939.6, display: "18,940人/年" },
    rule: "compound-growth",
    explanation: "",
    parts: [],
    ...over,
  };
}

describe("trendOf", () => {
  test("numeric actuals in year order, the baseline year added, 実績なし left out, targets at the target year", () => {
    const t = trendOf(row(), target())!;
    expect(t.actuals.map((p) => [p.label, p.value])).toEqual([
      ["R1", 15000],
      ["R3", 16000],
      ["R4", 17000],
      ["R6", 17842],
    ]);
    expect(t.computed).toEqual({ fy: 2030, label: "R12", value: 18939.6 });
    expect(t.stated).toEqual({ fy: 2030, label: "R12", value: 19500 });
  });

  test("a baseline whose year already has an actual is not drawn twice", () => {
    const t = trendOf(row({ baseline: q(99999), baselineYear: fy(6) }), target())!;
    expect(t.actuals.filter((p) => p.label === "R6")).toEqual([{ fy: 2024, label: "R6", value: 17842 }]);
  });

  test("no target year: no target points", () => {
    const t = trendOf(row({ targetYear: null }), target())!;
    expect(t.computed).toBeNull();
    expect(t.stated).toBeNull();
    expect(t.actuals).toHaveLength(4);
  });

  test("nothing numeric and nothing computed: nothing to draw", () => {
    const empty = row({ actuals: [], baseline: { kind: "blank" } });
    expect(trendOf(empty, target({ computed: null, stated: null }))).toBeNull();
    expect(trendOf(empty, target({ stated: null }))).not.toBeNull();
  });
});

describe("TrendChart", () => {
  test("draws the actuals line, the dashed path to the computed target and the stated ring", () => {
    const t = trendOf(row(), target())!;
    const { container } = render(<TrendChart series={t} label="推移" />);
    const svg = container.querySelector("svg")!;
    expect(svg.getAttribute("aria-label")).toBe("推移");
    const points = svg.querySelector('[data-part="actuals"]')!.getAttribute("points")!.split(" ");
    expect(points).toHaveLength(4);
    // R1 at the left edge, the highest value (the stated 19,500) at the top.
    expect(points[0]).toBe("4,28");
    expect(svg.querySelector('[data-part="stated"]')!.getAttribute("cy")).toBe("4");
    const path = svg.querySelector('[data-part="path"]')!;
    expect(path.getAttribute("stroke-dasharray")).toBe("3 2");
    expect(path.getAttribute("x2")).toBe("92");
    expect(svg.querySelector("title")!.textContent).toBe("R1 15000, R3 16000, R4 17000, R6 17842, → R12 18939.6");
  });

  test("without a computed target there is no path, only the actuals", () => {
    const t = trendOf(row(), target({ computed: null, stated: null }))!;
    const { container } = render(<TrendChart series={t} label="推移" />);
    expect(container.querySelector('[data-part="path"]')).toBeNull();
    expect(container.querySelector('[data-part="computed"]')).toBeNull();
    expect(container.querySelectorAll("circle")).toHaveLength(4);
  });

  test("a single point sits in the middle instead of dividing by zero", () => {
    const t = trendOf(
      row({ actuals: [], baselineYear: null }),
      target({ computed: null, stated: { text: "5", value: 5 } }),
    )!;
    const { container } = render(<TrendChart series={t} label="推移" />);
    const ring = container.querySelector('[data-part="stated"]')!;
    expect([ring.getAttribute("cx"), ring.getAttribute("cy")]).toEqual(["48", "16"]);
  });
});

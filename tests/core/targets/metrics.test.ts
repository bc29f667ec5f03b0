import { basePoint, metricsOf, ruleData } from "../../../src/core/targets/metrics";
import { fiscalYear } from "../../../src/core/years/era";
import { buildRow } from "./row-builder";

describe("ruleData", () => {
  it("gives every value in the units of the base's quantity, with the most decimals written", () => {
    const row = buildRow({ actuals: ["1.2億円", "1,500万円", "", "2.25億円"], target: "3億円" });
    const [metric] = metricsOf(row);
    const data = ruleData(metric, basePoint(metric, undefined), fiscalYear(2030));
    expect(data.rowScale).toBe(1e8);
    expect(data.series.map((s) => [s.year.fy, s.value])).toEqual([
      [2021, 1.2],
      [2022, 0.15],
      [2024, 2.25],
    ]);
    expect(data.base).toEqual({ year: data.series[2].year, value: 2.25 });
    expect(data.decimals).toBe(2);
    expect(data.percentIndicator).toBe(false);
  });
});

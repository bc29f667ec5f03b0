/**
 * A target written as the path from the current value (現状値→目標値 headers, 「100人→120人」
 * cells): the target is the part after the arrow, never the current value before it.
 */
import { matchHeader } from "../../../src/core/layout/headers";
import { checkGrid } from "../../../src/core/engine";
import { readTables } from "../../../src/core/rows/read";
import type { IndicatorRow } from "../../../src/core/rows/types";
import { sheet } from "./fixtures/grid-helpers";

const value = (p: IndicatorRow["target"]) => (p.kind === "quantity" ? p.quantity.value : null);
const read = (rows: string[][]) => {
  const [t] = readTables(sheet("S", rows));
  return {
    columns: t.layout.columns,
    rows: t.rows.map((r) => [
      value(r.baseline),
      value(r.target),
      r.baselineYear?.label ?? null,
      r.targetYear?.label ?? null,
    ]),
  };
};

describe("a 現状値→目標値 column", () => {
  it("is the target column, its header's left year the baseline's", () => {
    expect(matchHeader("現状値(R2)→目標値(R7)")).toMatchObject({ kind: "field", field: "target", pathFrom: {} });
    expect(
      read([
        ["指標名", "現状値(R2)→目標値(R7)", "担当課"],
        ["参加者数", "100→120", "市民課"],
        ["相談件数", "50⇒60", "福祉課"],
      ]),
    ).toEqual({
      columns: { indicator: 0, target: 1, department: 2 },
      rows: [
        [100, 120, "R2", "R7"],
        [50, 60, "R2", "R7"],
      ],
    });
  });

  it("near miss: an arrow between other words is no path header (R5→R6 増減)", () => {
    expect(matchHeader("R5→R6増減")).toBeNull();
    expect(matchHeader("目標値→実績値")).not.toHaveProperty("pathFrom");
  });
});

describe("a 「100人→120人」 cell under a plain target header", () => {
  it("with a baseline column: the baseline stays the column's, the target is the part after the arrow", () => {
    expect(
      read([
        ["指標名", "現状値(R2)", "目標値(R7)"],
        ["参加者数", "100人", "100人→120人"],
      ]).rows,
    ).toEqual([[100, 120, "R2", "R7"]]);
  });

  it("the report shows and checks the target part, not the whole path", () => {
    const report = checkGrid(
      sheet("S", [
        ["指標名", "現状値(R2)", "目標値(R7)"],
        ["参加者数", "100人", "100人→120人"],
      ]),
    );
    expect(report.rows[0].target.stated).toEqual({ text: "120人", value: 120 });
    expect(report.findings.filter((f) => f.code === "VALUE_UNPARSEABLE")).toEqual([]);
  });

  it("near miss: an arrow without values on both sides is left as written (増加→維持)", () => {
    const [t] = readTables(
      sheet("S", [
        ["指標名", "現状値(R2)", "目標値(R7)"],
        ["参加者数", "100人", "増加→維持"],
      ]),
    );
    expect(t.rows[0].cells.target?.text).toBe("増加→維持");
  });
});

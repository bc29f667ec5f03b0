import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("average-plus-percent", () => {
  const sheet = data({
    series: [
      ["R1", 186],
      ["R3", 102],
      ["R4", 97],
      ["R5", 113],
      ["R6", 163],
    ],
  });

  it("reads R2年度からR6年度の平均値+10% and computes on the years the sheet has", () => {
    const r = rule("R2年度からR6年度の平均値+10%で算出");
    expect(r).toMatchObject({ kind: "average-plus-percent", percent: 10, direction: 1 });
    const ev = ok(run("R2年度からR6年度の平均値+10%で算出", sheet));
    expect(ev.value).toBeCloseTo(130.625, 9);
    expect(ev.missing.map((y) => y.label)).toEqual(["R2"]);
    expect(ev.used?.map((y) => y.label)).toEqual(["R3", "R4", "R5", "R6"]);
    expect(ev.formula).toContain("(102 + 97 + 113 + 163) ÷ 4 = 118.75");
  });

  it("reads 過去3か年平均を維持 as the mean of the last three years", () => {
    const r = rule("過去3か年平均を維持する");
    expect(r).toMatchObject({ kind: "average-plus-percent", range: { last: 3 }, percent: 0 });
    expect(ok(run("過去3か年平均を維持する", sheet)).value).toBeCloseTo((97 + 113 + 163) / 3, 9);
  });

  it("reads a past span however it is named: 直近3か年の平均, 過去4年間の平均値から10%増加", () => {
    expect(rule("直近3か年の平均を維持する")).toMatchObject({ kind: "average-plus-percent", range: { last: 3 } });
    expect(rule("過去4年間の平均値から10%増加")).toMatchObject({
      kind: "average-plus-percent",
      range: { last: 4 },
      percent: 10,
      direction: 1,
    });
    expect(ok(run("直近2か年平均", sheet)).value).toBeCloseTo((113 + 163) / 2, 9);
  });

  it("near miss: a span still to come is no past mean (今後3か年の平均)", () => {
    expect(parseBasis("今後3か年の平均で10%増加")).not.toMatchObject({ kind: "average-plus-percent" });
  });

  it("reads a decrease from the mean: H30～R2の平均から5%削減", () => {
    const r = rule("H30～R2の平均から5%削減");
    expect(r).toMatchObject({ kind: "average-plus-percent", percent: 5, direction: -1 });
    const ev = ok(
      run(
        "H30～R2の平均から5%削減",
        data({
          series: [
            ["H30", 100],
            ["R1", 110],
            ["R2", 120],
          ],
        }),
      ),
    );
    expect(ev.value).toBeCloseTo(104.5, 9);
  });

  it("is not computable when none of the years is on the sheet", () => {
    const ev = run("H20年度からH22年度の平均値+10%", sheet);
    expect(ev).toMatchObject({ ok: false, reason: "no-data" });
  });

  it("leaves 平均から増加 (no amount) to the direction-only reason", () => {
    expect(parseBasis("R2～R6の平均から増加を目指す")).toEqual({ kind: "unparsed", reason: "direction-only" });
  });
});

import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

const TEXT = "R4～R6の増の平均0.8ポイントについて、毎年増を目指す。 8.4⇒9.2⇒10.0⇒10.8⇒11.6⇒12.4";

describe("mean-yearly-change", () => {
  const sheet = data({
    series: [
      ["R3", 12.0],
      ["R4", 6.0],
      ["R5", 6.4],
      ["R6", 7.6],
    ],
    percent: true,
    decimals: 1,
  });

  it("takes the mean yearly change from the data and adds it n times; the path agrees", () => {
    const r = rule(TEXT);
    expect(r).toMatchObject({ kind: "mean-yearly-change", direction: 1, stated: { value: 0.8 } });
    expect(r.path).toEqual({ values: [8.4, 9.2, 10.0, 10.8, 11.6, 12.4], decimals: 1 });
    const ev = ok(run(TEXT, sheet));
    expect(ev.value).toBeCloseTo(12.4, 9);
    expect(ev.pathCheck?.consistent).toBe(true);
    expect(ev.notes).toEqual([]);
  });

  it("flags a path that departs from the rule", () => {
    const ev = ok(run("R4～R6の増の平均0.8ポイント 8.4⇒9.2⇒10.1⇒10.8⇒11.6⇒12.4", sheet));
    expect(ev.pathCheck?.consistent).toBe(false);
    expect(ev.pathCheck?.note.ja).toContain("10.1");
  });

  it("writes the path note with each written value and the first departing one against the rule's", () => {
    const bad = ok(run("R4～R6の増の平均0.8ポイント 8.4⇒9.2⇒10.1⇒10.8⇒11.6⇒12.4", sheet));
    expect(bad.pathCheck?.note).toEqual({
      ja: "根拠の経路8.4⇒9.2⇒10.1⇒10.8⇒11.6⇒12.4の3番目（10.1）が計算（10.0）と異なります",
      en: "value 3 of the path 8.4⇒9.2⇒10.1⇒10.8⇒11.6⇒12.4 (10.1) differs from the rule (10.0)",
    });
    const good = ok(run(TEXT, sheet));
    expect(good.pathCheck?.note.ja).toBe("根拠の経路8.4⇒9.2⇒10.0⇒10.8⇒11.6⇒12.4は計算と一致");
  });

  it("notes a stated mean that differs from the data, and offers it as another reading", () => {
    const ev = ok(run("R4～R6の増の平均1.0ポイント", sheet));
    expect(ev.value).toBeCloseTo(12.4, 9);
    expect(ev.notes).toHaveLength(1);
    expect(ev.alternatives.find((a) => a.kind === "stated-mean")?.value).toBeCloseTo(13.6, 9);
  });

  it("falls back to the stated mean when a range end is missing, and says so", () => {
    const ev = ok(run("R2～R6の増の平均0.5ポイント", sheet));
    expect(ev.value).toBeCloseTo(10.6, 9);
    expect(ev.missing.map((y) => y.label)).toEqual(["R2"]);
  });

  it("reads a decrease: R3～R6の減の平均", () => {
    const ev = ok(
      run(
        "R3～R6の減の平均を続ける",
        data({
          series: [
            ["R3", 100],
            ["R6", 91],
          ],
        }),
      ),
    );
    expect(ev.value).toBeCloseTo(73, 9);
  });

  it("reads the mean change glued or spelled out: R3～R6の平均増加数, R4～R6の減少の平均2人", () => {
    const two = data({
      series: [
        ["R3", 100],
        ["R6", 109],
      ],
    });
    expect(ok(run("R3～R6の平均増加数を毎年続ける", two)).value).toBeCloseTo(127, 9);
    expect(rule("R4～R6の減少の平均2人を続ける")).toMatchObject({
      kind: "mean-yearly-change",
      direction: -1,
      stated: { value: 2, counter: "人" },
    });
  });

  it("near miss: 平均から増加 is a direction from the mean, not a mean change", () => {
    expect(parseBasis("R3～R6の平均から増加させる")).not.toMatchObject({ kind: "mean-yearly-change" });
  });
});

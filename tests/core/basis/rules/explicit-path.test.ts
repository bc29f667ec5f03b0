import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("explicit-path", () => {
  it("takes the last value of a written path", () => {
    expect(rule("8.4⇒9.2⇒10.0⇒10.8⇒11.6⇒12.4")).toMatchObject({ kind: "explicit-path" });
    expect(ok(run("8.4→9.2→10.0→10.8→11.6→12.4", data({ series: [["R6", 7.6]], decimals: 1 }))).value).toBe(12.4);
  });

  it("notes a path whose length is not one value per year", () => {
    const ev = ok(run("8⇒9⇒10", data({ series: [["R6", 7]] })));
    expect(ev.notes).toHaveLength(1);
  });

  it("reads paths of percents or counts, with either arrow", () => {
    expect(ok(run("30%⇒32%⇒35%", data({ series: [["R6", 28]], percent: true }))).value).toBe(35);
    expect(ok(run("100人→120人→140人→160人", data({ series: [["R6", 90]] }))).value).toBe(160);
    // Beside another rule, a path is checked against it.
    expect(rule("年1%の増加(100⇒101⇒102.0)")).toMatchObject({
      kind: "compound-growth",
      path: { values: [100, 101, 102], decimals: 1 },
    });
  });

  it("near miss: words between the arrow and a value break the path", () => {
    expect(parseBasis("8⇒9⇒R8に10")).not.toMatchObject({ kind: "explicit-path" });
  });

  it("needs three values: 8⇒9 is not a path", () => {
    expect(parseBasis("8⇒9")).toEqual({ kind: "unparsed", reason: "no-rule" });
  });
});

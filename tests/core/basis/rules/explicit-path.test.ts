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

  it("needs three values: 8⇒9 is not a path", () => {
    expect(parseBasis("8⇒9")).toEqual({ kind: "unparsed", reason: "no-rule" });
  });
});

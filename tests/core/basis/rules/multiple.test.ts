import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("multiple", () => {
  it("reads 1.5倍の増加 as base × 1.5", () => {
    expect(rule("R6の現状から1.5倍の増加を目指す。")).toMatchObject({ kind: "multiple", factor: 1.5 });
    expect(ok(run("R6の現状から1.5倍の増加", data({ series: [["R6", 7691]] }))).value).toBeCloseTo(11536.5, 9);
  });

  it("reads 倍増 as ×2 and 半減 as ×0.5", () => {
    expect(rule("利用者の倍増を目指す")).toMatchObject({ kind: "multiple", factor: 2 });
    expect(rule("待機児童の半減を目指す")).toMatchObject({ kind: "multiple", factor: 0.5 });
  });

  it("keeps a count written next to the factor as the author's own result: 約2倍(600人)", () => {
    const r = rule("約2倍(600人)を目指す");
    expect(r).toMatchObject({ kind: "multiple", factor: 2, approx: true, textValue: { value: 600, counter: "人" } });
    const ev = ok(run("約2倍(600人)を目指す", data({ series: [["R6", 310]] })));
    expect(ev.value).toBe(620);
    expect(ev.alternatives).toEqual([expect.objectContaining({ kind: "text-value", value: 600 })]);
  });

  it("reads 約747人(1.2倍)増加 with the count before the factor", () => {
    expect(rule("約747人(1.2倍)増加")).toMatchObject({ kind: "multiple", factor: 1.2, textValue: { value: 747 } });
  });

  it("uses the written count when the sheet has no base", () => {
    const ev = ok(run("約2倍(600人)", data({ series: [], base: null })));
    expect(ev.value).toBe(600);
  });

  it("does not read 倍 inside another word as a factor", () => {
    expect(parseBasis("倍率の高い事業を継続")).toEqual({ kind: "unparsed", reason: "no-rule" });
  });
});

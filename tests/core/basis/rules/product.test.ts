import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("product", () => {
  it("reads 平均従業員数8人×誘致企業2社/年 as 16", () => {
    const r = rule("平均従業員数8人×誘致企業2社/年");
    expect(r).toMatchObject({
      kind: "product",
      factors: [
        { value: 8, counter: "人" },
        { value: 2, counter: "社" },
      ],
    });
    const ev = ok(run("平均従業員数8人×誘致企業2社/年", data({ series: [["R6", 10]] })));
    expect(ev.value).toBe(16);
    expect(ev.formula).toBe("8 × 2 = 16");
  });

  it("reads other products: 3校×2回, 1校あたり30人×年4回, three factors", () => {
    expect(ok(run("3校×2回", data({ series: [["R6", 5]] }))).value).toBe(6);
    expect(rule("1校あたり30人×年4回")).toMatchObject({ kind: "product", factors: [{ value: 30 }, { value: 4 }] });
    expect(ok(run("5人×2回×3地区", data({ series: [["R6", 5]] }))).value).toBe(30);
  });

  it("near miss: a percent times a number, or one number and ×, is no product", () => {
    expect(parseBasis("8%×2")).not.toMatchObject({ kind: "product" });
    expect(parseBasis("8人×")).not.toMatchObject({ kind: "product" });
  });

  it("is not a product when × has no number before it (実績×伸び率)", () => {
    expect(parseBasis("R6年度実績×伸び率(1.2)")).toMatchObject({ kind: "growth-multiplier" });
  });
});

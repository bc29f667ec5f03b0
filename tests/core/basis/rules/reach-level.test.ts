import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("reach-level", () => {
  it("reads 50%をめざす and 23万人を目指す (scale word converted to the row's unit)", () => {
    expect(rule("受診率50%をめざす")).toMatchObject({ kind: "reach-level", value: { value: 50, counter: "%" } });
    expect(ok(run("23万人を目指す", data({ series: [["R6", 210000]] }))).value).toBe(230000);
    expect(ok(run("23万人を目指す", data({ series: [["R6", 21]], rowScale: 1e4 }))).value).toBe(23);
  });

  it("reads 96%以上を維持 with its bound", () => {
    expect(rule("96%以上を維持する")).toMatchObject({ kind: "reach-level", bound: "以上", value: { value: 96 } });
  });

  it("reads R12年度までに300人 with its year, and 毎年度80%", () => {
    expect(rule("R12年度までに300人")).toMatchObject({
      kind: "reach-level",
      value: { value: 300 },
      year: { label: "R12" },
    });
    expect(rule("毎年度80%")).toMatchObject({ kind: "reach-level", value: { value: 80 } });
  });

  it("does not read 50%の増加を目指す as a level", () => {
    expect(parseBasis("50%の増加を目指す")).toMatchObject({ kind: "one-off-change" });
  });
});

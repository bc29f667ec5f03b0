import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("share-of", () => {
  it("reads 施設入所者(1,299人)のうち7%以上 as a bound on 1,299 × 7%", () => {
    const r = rule("施設入所者(1,299人)のうち7%以上の地域移行");
    expect(r).toMatchObject({ kind: "share-of", percent: 7, bound: "以上", whole: { value: 1299 } });
    expect(ok(run("施設入所者(1,299人)のうち7%以上", data({ series: [["R6", 80]] }))).value).toBeCloseTo(90.93, 9);
  });

  it("needs the whole and the share together", () => {
    expect(parseBasis("入所者のうち7%")).not.toMatchObject({ kind: "share-of" });
  });
});

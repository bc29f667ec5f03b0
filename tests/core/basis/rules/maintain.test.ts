import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("maintain", () => {
  it.each(["現状維持", "現状の水準を維持する", "増加させず横ばいとする", "±0"])("reads %s as the base", (text) => {
    expect(rule(text).kind).toBe("maintain");
    expect(
      ok(
        run(
          text,
          data({
            series: [
              ["R5", 10],
              ["R6", 12],
            ],
          }),
        ),
      ).value,
    ).toBe(12);
  });

  it("is not maintain when a level is named before 維持 (96%を維持)", () => {
    expect(parseBasis("96%を維持")).toMatchObject({ kind: "reach-level" });
  });
});

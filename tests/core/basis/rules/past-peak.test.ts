import { data, ok, rule, run } from "../data";

describe("past-peak", () => {
  it("reads 過去最高の定着率(2020年度:85%) with its Western year", () => {
    const r = rule("過去最高の定着率(2020年度:85%)を目指す");
    expect(r).toMatchObject({ kind: "past-peak", lowest: false, value: { value: 85 }, year: { label: "R2" } });
    expect(ok(run("過去最高の定着率(2020年度:85%)を目指す", data({ series: [["R6", 80]], percent: true }))).value).toBe(
      85,
    );
  });

  it("reads a count or a year written after the value: 過去最多の1,200人(R1)", () => {
    expect(rule("過去最多の1,200人(R1)を目指す")).toMatchObject({ kind: "past-peak", value: { value: 1200 } });
    expect(rule("過去最低値(H30年度 3.2%)を下回る")).toMatchObject({
      kind: "past-peak",
      lowest: true,
      value: { value: 3.2 },
      year: { label: "H30" },
    });
  });

  it("near miss: a value past the sentence's end is not the peak's", () => {
    expect(rule("過去最高を目指す。参考:R6は80%")).toMatchObject({ kind: "past-peak" });
    expect(rule("過去最高を目指す。参考:R6は80%")).not.toHaveProperty("value");
  });

  it("without a number, takes the best value on the sheet and says which years were searched", () => {
    const ev = ok(
      run(
        "過去最高を目指す",
        data({
          series: [
            ["R3", 40],
            ["R4", 55],
            ["R5", 50],
            ["R6", 45],
          ],
        }),
      ),
    );
    expect(ev.value).toBe(55);
    expect(ev.summary.ja).toContain("R3～R6");
  });

  it("reads 過去最低 as the lowest", () => {
    const ev = ok(
      run(
        "過去最低を下回る",
        data({
          series: [
            ["R3", 40],
            ["R4", 35],
            ["R6", 45],
          ],
        }),
      ),
    );
    expect(ev.value).toBe(35);
  });
});

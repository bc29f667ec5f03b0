import { checkGrid } from "../../../src/core/engine";
import { check, checkRows, CLEAN, codes, kyoseiGrid } from "./builder";

describe("VALUE_UNPARSEABLE", () => {
  it("flags a value cell that is not a value", () => {
    const f = checkRows([{ ...CLEAN, actuals: ["18,768人/年", "増加傾向", "17,814人/年", "17,842人/年"] }]);
    expect(codes(f)).toEqual([["VALUE_UNPARSEABLE", "I5"]]);
    expect(f[0].severity).toBe("error");
    expect(f[0].found).toBe("増加傾向");
  });

  it("accepts 実績なし, a blank and 全園 as legal values", () => {
    const f = checkRows([
      { ...CLEAN, baseline: "実績なし", actuals: [null, "17,929人/年", "17,814人/年", "17,842人/年"] },
    ]);
    expect(codes(f, "VALUE_UNPARSEABLE")).toEqual([]);
  });

  it("a formula error says so, with the error, instead of asking for a number and unit", () => {
    const grid = kyoseiGrid([{ ...CLEAN, actuals: ["18,768人/年", "#VALUE!", "17,814人/年", "17,842人/年"] }]);
    // As the readers keep an Excel error: the error text, no value.
    grid.cells[4]![8] = { value: null, text: "#VALUE!", error: "#VALUE!", formula: "H5/0" };
    const f = check(grid).filter((x) => x.code === "VALUE_UNPARSEABLE");
    expect(f.map((x) => [x.cell, x.messageKey, x.severity])).toEqual([
      ["I5", "VALUE_UNPARSEABLE.formula-error", "error"],
    ]);
    expect(f[0].message).toBe(
      "このセルの数式がエラー（#VALUE!）になっているため、値を読み取れません。数式の参照先を確認して直してください。",
    );
    // Near miss: the same text typed into the cell is a text that is not a value.
    const typed = checkRows([{ ...CLEAN, actuals: ["18,768人/年", "#VALUE!", "17,814人/年", "17,842人/年"] }]);
    expect(typed.find((x) => x.code === "VALUE_UNPARSEABLE")?.messageKey).toBe("VALUE_UNPARSEABLE");
  });

  it("a target cell holding the rule (empty basis) is the rule, not an unreadable value", () => {
    const unreadable = (target: string) => {
      const report = checkGrid(kyoseiGrid([{ ...CLEAN, basis: "", target }]));
      const cells = report.findings.filter((f) => f.code === "VALUE_UNPARSEABLE").map((f) => f.cell);
      return { cells, target: report.rows[0].target };
    };
    for (const [text, value] of [
      ["R6から5%削減", 16949.9],
      ["R6比10%減少", 16057.8],
      ["R6の現状から2割増", 21410.4],
    ] as const) {
      const { cells, target } = unreadable(text);
      expect([text, cells, target.status, target.basisCell, target.computed?.value]).toEqual([
        text,
        [],
        "computed",
        "N5",
        value,
      ]);
    }
    // Near miss: words that are no rule stay an unreadable target.
    expect(unreadable("未定（検討中）").cells).toEqual(["N5"]);
  });
});

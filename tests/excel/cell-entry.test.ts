import { entryFor, wouldReinterpret } from "../../src/excel/cell-entry";
import type { ValueSnapshot } from "../../src/excel/snapshot-store";

const saved = (
  formula: ValueSnapshot["formula"],
  value: ValueSnapshot["value"],
  numberFormat = "General",
): ValueSnapshot => ({
  sheet: "KPI",
  address: "A1",
  formula,
  value,
  numberFormat,
});

describe("entryFor", () => {
  it("writes a formula back as the formula", () => {
    expect(entryFor(saved("=B1*2", 4))).toBe("=B1*2");
  });

  it("writes text that only looks like a formula with the text prefix", () => {
    expect(entryFor(saved("=text", "=text"))).toBe("'=text");
  });

  it("prefixes text Excel would read as a number, a date, a boolean or an error", () => {
    expect(["001", "2024/4/1", "TRUE", "#N/A", "12.5%"].map((t) => entryFor(saved(t, t)))).toEqual([
      "'001",
      "'2024/4/1",
      "'TRUE",
      "'#N/A",
      "'12.5%",
    ]);
  });

  it("leaves ordinary text, numbers and text-formatted cells as they are", () => {
    expect(entryFor(saved("17,842人/年", "17,842人/年"))).toBe("17,842人/年");
    expect(entryFor(saved(17842, 17842))).toBe(17842);
    expect(entryFor(saved("001", "001", "@"))).toBe("001");
    expect(entryFor(saved("", ""))).toBe("");
  });

  it("knows which texts are re-read", () => {
    expect(wouldReinterpret("R6")).toBe(false);
    expect(wouldReinterpret("1,000")).toBe(true);
    expect(wouldReinterpret("実績なし")).toBe(false);
  });
});

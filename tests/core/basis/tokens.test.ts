import { tokenize, type NumToken, type Token } from "../../../src/core/basis/tokens";
import { normalize } from "../../../src/core/text/normalize";

const nums = (text: string) => tokenize(normalize(text)).tokens.filter((t): t is NumToken => t.t === "num");
const kinds = (tokens: Token[]) => tokens.map((t) => (t.t === "kw" ? `kw:${t.k}` : t.t));

describe("tokenize", () => {
  it("reads a number with its unit, scale, yearly marker, approximation and bound", () => {
    const [a] = nums("毎年約1万人程度以上");
    expect(a).toMatchObject({
      value: 1,
      scale: 1e4,
      counter: "人",
      perYear: true,
      approx: true,
      bound: "以上",
      kind: "count",
    });
  });

  it("reads %, 割, ポイント, 倍 and a step span", () => {
    expect(nums("年1%").map((n) => [n.kind, n.value, n.perYear])).toEqual([["percent", 1, true]]);
    expect(nums("2割").map((n) => [n.kind, n.value])).toEqual([["percent", 20]]);
    expect(nums("0.8ポイント")[0]).toMatchObject({ kind: "points", value: 0.8, decimals: 1 });
    expect(nums("1.5倍")[0]).toMatchObject({ kind: "times", value: 1.5 });
    expect(nums("2か年")[0]).toMatchObject({ kind: "span", value: 2 });
  });

  it("reads full-width digits and thousands separators like ASCII", () => {
    expect(nums("１，２９９人")[0]).toMatchObject({ value: 1299, counter: "人" });
    expect(nums("1,299人")[0]).toMatchObject({ value: 1299, counter: "人" });
  });

  it("marks numbers inside parentheses as data", () => {
    expect(nums("伸び率（1.136）")[0]).toMatchObject({ value: 1.136, paren: true });
    expect(nums("伸び率1.136")[0]).toMatchObject({ paren: false });
  });

  it("keeps years out of numbers and marks the base year", () => {
    const scan = tokenize(normalize("R6の現状から年1%の増加"));
    expect(kinds(scan.tokens)).toEqual(["year", "num", "kw:inc"]);
    const year = scan.tokens[0];
    expect(year.t === "year" && year.isBase).toBe(true);
    const notBase = tokenize(normalize("令和7年度の市内全域")).tokens[0];
    expect(notBase.t === "year" && notBase.isBase).toBe(false);
  });

  it("joins two years into a range: R2年度からR6年度, R4～R6, H18~H23", () => {
    for (const text of ["R2年度からR6年度の平均", "R4～R6の増", "H18~H23までの"]) {
      expect(tokenize(normalize(text)).tokens[0].t).toBe("range");
    }
  });

  it("takes rounding words out before reading numbers", () => {
    const scan = tokenize(normalize("R6年度実績×伸び率(1.136)(千円未満切捨て)"));
    expect(scan.rounding).toMatchObject({ mode: "floor", step: 1000, counter: "円" });
    expect(scan.tokens.filter((t) => t.t === "num")).toHaveLength(1);
  });

  it("reads ±0 as maintain, not as a number", () => {
    expect(kinds(tokenize(normalize("±0")).tokens)).toEqual(["kw:maintain"]);
  });
});

import type { RowTarget } from "../../../src/core/report/schema";
import { check, checkRows, CLEAN, codes, kyoseiGrid } from "./builder";

describe("status and required fields", () => {
  it("a clean 継続 row has no finding", () => {
    expect(checkRows([CLEAN])).toEqual([]);
  });

  it("STATUS_INVALID: a status outside 継続/変更/削除/新規", () => {
    const f = checkRows([{ ...CLEAN, status: "継続予定" }]);
    expect(codes(f)).toEqual([["STATUS_INVALID", "L5"]]);
    expect(f[0].severity).toBe("error");
    expect(f[0].found).toBe("継続予定");
    expect(f[0].message).toContain("継続予定");
    expect(f[0].messageEn).toContain("継続予定");
  });

  it("REQUIRED_MISSING: a blank status", () => {
    expect(codes(checkRows([{ ...CLEAN, status: undefined }]))).toEqual([["REQUIRED_MISSING", "L5"]]);
  });

  it("REQUIRED_MISSING: a blank basis on a 継続 row; not when the basis engine found it elsewhere", () => {
    const row = { ...CLEAN, basis: undefined, source: "R6の現状から年1%の増加を目指す。" };
    expect(codes(checkRows([row]))).toEqual([["REQUIRED_MISSING", "O5"]]);
    const verdict: RowTarget = {
      status: "match",
      stated: { text: "19,000人/年", value: 19000 },
      computed: { value: 18939.6, display: "19,000人/年" },
      rule: "compound-growth",
      explanation: "17,842 × 1.01⁶ = 18,939.6",
      parts: [],
      basisCell: "P5",
    };
    expect(codes(check(kyoseiGrid([row]), new Map([[5, verdict]])))).toEqual([]);
  });

  it("REASON_MISSING: 変更 and 削除 need a reason; 継続 does not", () => {
    expect(codes(checkRows([{ ...CLEAN, status: "変更" }]))).toEqual([["REASON_MISSING", "M5"]]);
    expect(codes(checkRows([{ ...CLEAN, status: "変更", reason: "指標の表記を改めるため" }]))).toEqual([]);
    expect(codes(checkRows([{ ...CLEAN, status: "削除", target: undefined, basis: undefined }]))).toEqual([
      ["REASON_MISSING", "M5"],
    ]);
    expect(
      codes(checkRows([{ ...CLEAN, status: "削除", reason: "事業終了のため", target: undefined, basis: undefined }])),
    ).toEqual([]);
  });

  it("DELETED_HAS_TARGET: 削除 with an R12 value; the same row without it is clean", () => {
    const f = checkRows([{ ...CLEAN, status: "削除", reason: "事業終了のため" }]);
    expect(codes(f)).toEqual([["DELETED_HAS_TARGET", "N5"]]);
    expect(f[0].found).toBe("19,000人/年");
    expect(codes(checkRows([{ ...CLEAN, status: "削除", reason: "事業終了のため", target: undefined }]))).toEqual([]);
  });

  it("TARGET_MISSING: 継続 without a target", () => {
    expect(codes(checkRows([{ ...CLEAN, target: undefined }]))).toEqual([["TARGET_MISSING", "N5"]]);
  });

  it("REQUIRED_MISSING: no indicator name anywhere in the row", () => {
    const f = checkRows([{ ...CLEAN, indicator: "", policyArea: undefined, project: undefined }]);
    expect(codes(f, "REQUIRED_MISSING")).toEqual([["REQUIRED_MISSING", "C5"]]);
  });
});

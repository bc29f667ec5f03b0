import { checkRows, CLEAN, codes } from "./builder";

describe("units", () => {
  it("UNIT_MISMATCH: 件 among 人 is another counter", () => {
    const f = checkRows([{ ...CLEAN, actuals: ["18,768人/年", "17,929件/年", "17,814人/年", "17,842人/年"] }]);
    expect(codes(f)).toEqual([["UNIT_MISMATCH", "I5"]]);
    expect(f[0].severity).toBe("error");
    expect(f[0].expected).toBe("人/年");
  });

  it("億円 and 千円 are the same money: no unit finding", () => {
    const money = {
      ...CLEAN,
      indicator: "観光消費額",
      baseline: "26億円/年",
      previousTarget: "2,800,000千円/年",
      actuals: ["25億円/年", "26億円/年", "2,618,714千円/年", "27億円/年"],
      target: "30億円/年",
      basis: "観光実施計画の目標値",
    };
    expect(codes(checkRows([money]))).toEqual([]);
  });

  it("医療機関 is 機関", () => {
    const row = {
      ...CLEAN,
      indicator: "オンライン診療実施医療機関数",
      baseline: "6機関",
      previousTarget: "40機関",
      actuals: ["8機関", "10医療機関", "10機関", "12機関"],
      target: "24機関",
      basis: "年間2医療機関の増加を目指す。",
    };
    expect(codes(checkRows([row]))).toEqual([]);
  });

  it("UNIT_STYLE: 件 where the row writes 件/年; the same row with 件/年 is clean", () => {
    const row = {
      ...CLEAN,
      indicator: "空き家バンク成約件数",
      baseline: "64件/年",
      previousTarget: "90件/年",
      actuals: ["78件", "101件/年", "84件/年", "100件/年"],
      target: "130件/年",
      basis: "R6の現状から30%の増加を目指す。",
    };
    const f = checkRows([row]);
    expect(codes(f)).toEqual([["UNIT_STYLE", "H5"]]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].found).toBe("78件");
    expect(codes(checkRows([{ ...row, actuals: ["78件/年", "101件/年", "84件/年", "100件/年"] }]))).toEqual([]);
  });
});

describe("VALUE_MAGNITUDE", () => {
  it("flags a value 10³ off its neighbours", () => {
    const f = checkRows([{ ...CLEAN, actuals: ["18,768人/年", "17,929人/年", "17,814,000人/年", "17,842人/年"] }]);
    expect(codes(f)).toEqual([["VALUE_MAGNITUDE", "J5"]]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].messageKey).toBe("VALUE_MAGNITUDE.high");
    expect(f[0].params.times).toBe(1000);
    expect(f[0].message).toContain("約1,000倍");
  });

  it("flags a value 10⁴ too small (円 written as 万円)", () => {
    const f = checkRows([{ ...CLEAN, actuals: ["18,768人/年", "17,929人/年", "1.78人/年", "17,842人/年"] }]);
    expect(codes(f, "VALUE_MAGNITUDE")).toEqual([["VALUE_MAGNITUDE", "J5"]]);
    expect(f.find((x) => x.code === "VALUE_MAGNITUDE")?.messageKey).toBe("VALUE_MAGNITUDE.low");
  });

  it("a steep but real growth (×36) and zeros are not slips", () => {
    const row = {
      ...CLEAN,
      indicator: "対話の場の開催回数",
      baseline: "0回/年",
      previousTarget: "10回/年",
      actuals: ["0回/年", "1回/年", "12回/年", "36回/年"],
      target: "36回/年",
      basis: "現状維持",
    };
    expect(codes(checkRows([row]), "VALUE_MAGNITUDE")).toEqual([]);
  });

  it("values of another counter far apart are not compared: the 人 values are close (the 件 is a unit finding)", () => {
    const f = checkRows([{ ...CLEAN, actuals: ["18,768人/年", "17,929人/年", "17,814人/年", "5件/年"] }]);
    expect(codes(f, "VALUE_MAGNITUDE")).toEqual([]);
    expect(codes(f, "UNIT_MISMATCH")).toEqual([["UNIT_MISMATCH", "K5"]]);
  });

  it("a slip among values of the row's counter is found beside a value of another counter", () => {
    const f = checkRows([{ ...CLEAN, actuals: ["18,768人/年", "17,929人/年", "17,814,000人/年", "5件/年"] }]);
    expect(codes(f, "VALUE_MAGNITUDE")).toEqual([["VALUE_MAGNITUDE", "J5"]]);
  });
});

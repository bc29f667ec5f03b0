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

  describe("multi-metric cells, part by part", () => {
    const multi = {
      ...CLEAN,
      indicator: "デマンドバス利用状況",
      baseline: "便数: 40便 利用: 12件",
      previousTarget: "便数: 45便 利用: 20件",
      actuals: ["42便 14件", "便数: 44便 利用: 15件", "便数: 44便 利用: 18人", "便数: 46便 利用: 19人"],
      target: "便数: 50便 利用: 20人",
      basis: "R6の現状から年1%の増加を目指す。",
    };

    it("a part counted in 件 some years and 人 in others is a UNIT_MISMATCH of that part", () => {
      const f = checkRows([multi]).filter((x) => x.code === "UNIT_MISMATCH");
      // 件 in the baseline, previous target and R3–R4 (an unlabelled cell pairs by its places) outvote 人.
      expect(f.map((x) => [x.cell, x.messageKey, x.params.part])).toEqual([
        ["J5", "UNIT_MISMATCH.part", "利用"],
        ["K5", "UNIT_MISMATCH.part", "利用"],
        ["N5", "UNIT_MISMATCH.part", "利用"],
      ]);
      expect(f[0].message).toContain("「利用」の単位「人」が、他の年度の「利用」の単位「件」と違います");
    });

    it("near misses: the same counter in every year, or two parts in two counters, are clean", () => {
      const same = {
        ...multi,
        actuals: ["42便 14件", "便数: 44便 利用: 15件", "便数: 44便 利用: 18件", "便数: 46便 利用: 19件"],
        target: "便数: 50便 利用: 20件",
      };
      expect(codes(checkRows([same]), "UNIT_MISMATCH")).toEqual([]);
      // 便 and 件 differ, but they are different parts: nothing to compare.
      expect(codes(checkRows([same])).filter(([c]) => c.startsWith("UNIT"))).toEqual([]);
    });
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

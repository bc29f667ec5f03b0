import { canonicalCounter, compareUnits, isPercent, parseUnitText } from "../../../src/core/quantity/units";
import type { Unit } from "../../../src/core/quantity/types";

const u = (written: string): Unit => {
  const unit = parseUnitText(written);
  if (!unit) throw new Error(`not a unit: ${written}`);
  return unit;
};

describe("parseUnitText", () => {
  it("splits scale word, counter and period", () => {
    expect(u("億円/年")).toEqual({ counter: "円", scale: 1e8, period: "年", written: "億円/年" });
    expect(u("千円")).toEqual({ counter: "円", scale: 1e3, written: "千円" });
    expect(u("百万円")).toMatchObject({ counter: "円", scale: 1e6 });
    expect(u("万件/月")).toMatchObject({ counter: "件", scale: 1e4, period: "月" });
    expect(u("人/年度")).toMatchObject({ counter: "人", scale: 1, period: "年" });
    expect(u("人/日")).toMatchObject({ period: "日" });
    expect(u("人")).toEqual({ counter: "人", scale: 1, written: "人" });
  });

  it("canonicalises counters that are written several ways", () => {
    expect(u("医療機関").counter).toBe("機関");
    expect(u("機関").counter).toBe("機関");
    expect(u("箇所").counter).toBe("か所");
    expect(u("ヶ所").counter).toBe("か所");
    expect(u("t-CO2/年").counter).toBe("t-CO2");
    expect(u("tCO2").counter).toBe("t-CO2");
    expect(u("kg-CO2").counter).toBe("kg-CO2");
    expect(u("m3").counter).toBe("m3");
    expect(u("名").counter).toBe("人");
    expect(u("ヶ月").counter).toBe("か月");
    expect(u("カ月").counter).toBe("か月");
    expect(canonicalCounter("人")).toBe("人");
  });

  it("rejects prose, changes and years", () => {
    expect(parseUnitText("")).toBeNull();
    expect(parseUnitText("人の増加")).toBeNull();
    expect(parseUnitText("人増")).toBeNull();
    expect(parseUnitText("%減")).toBeNull();
    expect(parseUnitText("年度")).toBeNull();
    expect(parseUnitText("令和")).toBeNull();
    expect(parseUnitText("人(R6)")).toBeNull();
    expect(parseUnitText("12人")).toBeNull();
    expect(parseUnitText("とても長い説明の文")).toBeNull();
    expect(parseUnitText("施設数等を集計した値")).toBeNull();
    expect(parseUnitText("市町村平均")).toBeNull();
    expect(parseUnitText("人・件")).toBeNull();
  });

  it("accepts short kanji/katakana counters and Latin units it does not list", () => {
    expect(u("台").counter).toBe("台");
    expect(u("市町村").counter).toBe("市町村");
    expect(u("ボランティア").counter).toBe("ボランティア");
    expect(u("km").counter).toBe("km");
    expect(u("kWh").counter).toBe("kWh");
  });
});

describe("compareUnits", () => {
  it("same: same counter after scale normalisation, same period", () => {
    expect(compareUnits(u("億円"), u("千円"))).toBe("same");
    expect(compareUnits(u("億円/年"), u("千円/年"))).toBe("same");
    expect(compareUnits(u("医療機関"), u("機関"))).toBe("same");
    expect(compareUnits(u("万件/月"), u("件/月"))).toBe("same");
    expect(compareUnits(u("人/年"), u("人/年"))).toBe("same");
    expect(compareUnits(null, null)).toBe("same");
  });

  it("style: same counter, different period marker", () => {
    expect(compareUnits(u("件"), u("件/年"))).toBe("style");
    expect(compareUnits(u("人/年"), u("人/月"))).toBe("style");
    expect(compareUnits(u("%/年"), u("%"))).toBe("style");
  });

  it("style: one side without any unit", () => {
    expect(compareUnits(null, u("%"))).toBe("style");
    expect(compareUnits(u("人"), null)).toBe("style");
  });

  it("different: another counter", () => {
    expect(compareUnits(u("人"), u("件"))).toBe("different");
    expect(compareUnits(u("人/年"), u("件/年"))).toBe("different");
    expect(compareUnits(u("%"), u("人"))).toBe("different");
    expect(compareUnits(u("t-CO2"), u("t"))).toBe("different");
    expect(compareUnits(u("円"), u("万人"))).toBe("different");
  });
});

describe("isPercent", () => {
  it("is true only for %", () => {
    expect(isPercent(u("%"))).toBe(true);
    expect(isPercent(u("%/年"))).toBe(true);
    expect(isPercent(u("パーセント"))).toBe(true);
    expect(isPercent(u("人"))).toBe(false);
    expect(isPercent(null)).toBe(false);
  });
});

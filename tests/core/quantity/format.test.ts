import fc from "fast-check";
import { formatLike, formatNumber, groupThousands } from "../../../src/core/quantity/format";
import { parseQuantity } from "../../../src/core/quantity/parse";
import type { Quantity } from "../../../src/core/quantity/types";

const like = (text: string): Quantity => {
  const r = parseQuantity(text);
  if (r.kind !== "quantity") throw new Error(text);
  return r.quantity;
};

describe("formatNumber", () => {
  it("groups thousands and rounds half up", () => {
    expect(formatNumber(18939.6, 0)).toBe("18,940");
    expect(formatNumber(18939.6, 1)).toBe("18,939.6");
    expect(formatNumber(999.4, 0)).toBe("999");
    expect(formatNumber(1000, 0)).toBe("1,000");
    expect(formatNumber(68, 1)).toBe("68.0");
    expect(formatNumber(1.005, 2)).toBe("1.01");
    expect(formatNumber(2.5, 0)).toBe("3");
    expect(formatNumber(-2.5, 0)).toBe("-3");
    expect(formatNumber(-1234.5, 1)).toBe("-1,234.5");
    expect(formatNumber(3096000, 0)).toBe("3,096,000");
    expect(formatNumber(-0.04, 1)).toBe("0.0");
  });
});

describe("formatLike", () => {
  it("writes a value in the form of another cell", () => {
    expect(formatLike(18940, like("17,842人/年"), 0)).toBe("18,940人/年");
    expect(formatLike(18939.6, like("17,842人/年"), 0)).toBe("18,940人/年");
    expect(formatLike(68, like("64.8%"), 1)).toBe("68.0%");
    expect(formatLike(137, like("163億円/年"), 0)).toBe("137億円/年");
    expect(formatLike(3096000, like("2,618,714千円/年"), 0)).toBe("3,096,000千円/年");
    expect(formatLike(24, like("12機関"), 0)).toBe("24機関");
    expect(formatLike(300, like("192.2t-CO₂/年"), 1)).toBe("300.0t-CO2/年");
    expect(formatLike(45, like("37.7万件/月"), 1)).toBe("45.0万件/月");
  });

  it("keeps the writing of the counter as `like` had it", () => {
    expect(formatLike(8, like("6医療機関"), 0)).toBe("8医療機関");
    expect(formatLike(2, like("3件"), 0)).toBe("2件");
    expect(formatLike(2, like("3件/年"), 0)).toBe("2件/年");
  });

  it("writes a bare number for a bare like", () => {
    expect(formatLike(12.44, like("12.4"), 1)).toBe("12.4");
    expect(formatLike(1503, like("852"), 0)).toBe("1,503");
  });

  it("leaves out a unit that came from the 単位 column, keeps one shown by the number format", () => {
    const fromColumn = parseQuantity("2618714", { rawNumber: 2618714, unitColumn: "千円" });
    const fromFormat = parseQuantity("17,842人/年", { rawNumber: 17842, numberFormat: '#,##0"人/年"' });
    if (fromColumn.kind !== "quantity" || fromFormat.kind !== "quantity") throw new Error("expected quantities");
    expect(formatLike(3096000, fromColumn.quantity, 0)).toBe("3,096,000");
    expect(formatLike(18940, fromFormat.quantity, 0)).toBe("18,940人/年");
  });

  it("repeats a period written before the number", () => {
    expect(formatLike(129.8, like("1日平均: 30.3件"), 1)).toBe("1日平均: 129.8件");
    expect(formatLike(130, like("年間120人"), 0)).toBe("年間130人");
  });

  it("does not copy 約, 以上 or the note of `like`", () => {
    expect(formatLike(330, like("約300人"), 0)).toBe("330人");
    expect(formatLike(97, like("96.0以上"), 1)).toBe("97.0");
    expect(formatLike(3, like("0人（R6）"), 0)).toBe("3人");
  });
});

describe("groupThousands", () => {
  it("puts a comma before every group of three digits from the right, as the usual pattern does", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{0,25}$/), (digits) => {
        expect(groupThousands(digits)).toBe(digits.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
      }),
    );
    expect(groupThousands("1234567")).toBe("1,234,567");
    expect(groupThousands("123456")).toBe("123,456");
    expect(groupThousands("1e+21")).toBe("1e+21");
    expect(groupThousands("Infinity")).toBe("Infinity");
  });
});

/** Issue 11 point 5: values as municipalities write them, with near misses. */
import { parseQuantity } from "../../../src/core/quantity/parse";

function read(text: string): [string, number | null, string | null] {
  const p = parseQuantity(text);
  return p.kind === "quantity"
    ? [p.kind, p.quantity.baseValue, p.quantity.unit?.counter ?? null]
    : [p.kind, null, null];
}

describe("values as municipalities write them", () => {
  it.each<[string, [string, number | null, string | null]]>([
    ["12‰", ["quantity", 12, "‰"]],
    ["75%↑", ["quantity", 75, "%"]],
    ["3.2件⇩", ["quantity", 3.2, "件"]],
    ["5兆円", ["quantity", 5e12, "円"]],
    ["2兆3,000億円", ["quantity", 2.3e12, "円"]],
    ["1,250万4千人", ["quantity", 12_504_000, "人"]],
    ["1億8100万人", ["quantity", 181_000_000, "人"]],
    ["1月当たりの利用人数1,136人", ["quantity", 1136, "人"]],
    ["△12", ["quantity", -12, null]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("dashes of every kind are an empty value", () => {
    for (const d of ["―", "—", "‐", "－", "ー", "--", "～"]) expect([d, parseQuantity(d).kind]).toEqual([d, "none"]);
  });

  it("a target in words is qualitative, with its direction when it says one", () => {
    expect(parseQuantity("設置")).toEqual({ kind: "qualitative", text: "設置" });
    expect(parseQuantity("実施する")).toMatchObject({ kind: "qualitative" });
    expect(parseQuantity("増加を目指します(32年)")).toMatchObject({ kind: "qualitative", direction: "up" });
    expect(parseQuantity("減少を目指す")).toMatchObject({ kind: "qualitative", direction: "down" });
    expect(parseQuantity("現状維持")).toMatchObject({ kind: "qualitative", direction: "keep" });
    expect(parseQuantity("向上\n向上")).toMatchObject({ kind: "qualitative", direction: "up" });
  });

  it("near misses: a trend, a change against a year, a status and a sentence stay unreadable", () => {
    for (const t of ["増加傾向", "前年度比+5%", "継続", "R6年度実績×伸び率(1.136)", "第3期", "2億3兆円"]) {
      expect([t, parseQuantity(t).kind]).not.toEqual([t, "quantity"]);
      expect([t, parseQuantity(t).kind]).not.toEqual([t, "qualitative"]);
    }
  });
});

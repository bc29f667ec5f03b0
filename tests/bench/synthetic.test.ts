import { BENCH_LAYOUTS, mergeRef, sheetGrid, syntheticSheet } from "../../bench/synthetic";
import { checkGrid } from "../../src/core/engine";

describe("bench/synthetic", () => {
  it.each(BENCH_LAYOUTS)(
    "%s: the requested number of indicator rows, each reported once, recognised as its layout",
    (layout) => {
      for (const n of [10, 250]) {
        const sheet = syntheticSheet(layout, n);
        expect(sheet.dataRows).toBe(n);
        const report = checkGrid(sheetGrid(sheet));
        expect(report.layout).toBe(layout);
        expect(report.rows).toHaveLength(n);
      }
    },
  );

  it.each(BENCH_LAYOUTS)("%s: every indicator name is unique (no DUPLICATE_INDICATOR)", (layout) => {
    const report = checkGrid(sheetGrid(syntheticSheet(layout, 300)));
    expect(new Set(report.rows.map((r) => r.indicator)).size).toBe(300);
    expect(report.findings.filter((f) => f.code === "DUPLICATE_INDICATOR")).toEqual([]);
  });

  it("keeps a share of damaged rows, and the checker finds that damage", () => {
    const codes = (layout: (typeof BENCH_LAYOUTS)[number]) =>
      new Set(checkGrid(sheetGrid(syntheticSheet(layout, 300))).findings.map((f) => f.code));
    for (const layout of BENCH_LAYOUTS) {
      const { damagedRows, dataRows } = syntheticSheet(layout, 1000);
      expect(damagedRows / dataRows).toBeGreaterThan(0.04);
      expect(damagedRows / dataRows).toBeLessThan(0.25);
    }
    expect(codes("kyosei-vision").has("COLUMN_SHIFT")).toBe(true);
    expect(codes("sousei-strategy").has("YEAR_MISMATCH")).toBe(true);
    expect(codes("generic").has("UNIT_MISMATCH")).toBe(true);
    expect(codes("generic").has("YEAR_MISMATCH")).toBe(true);
  });

  it("a 共生ビジョン sheet has a 新規指標 block of about a tenth of its rows", () => {
    const sheet = syntheticSheet("kyosei-vision", 200);
    const report = checkGrid(sheetGrid(sheet));
    expect(report.tables).toHaveLength(2);
    expect(report.rows.filter((r) => r.status === "新規")).toHaveLength(20);
  });

  it("is deterministic, and a block cut short keeps its merges inside the sheet", () => {
    const a = syntheticSheet("sousei-strategy", 40);
    expect(syntheticSheet("sousei-strategy", 40)).toEqual(a);
    const lastRow = a.rows.length - 1;
    expect(Math.max(...a.merges.map((m) => m.bottom))).toBe(lastRow);
    expect(a.merges.every((m) => m.bottom > m.top || m.right > m.left)).toBe(true);
  });

  it("mergeRef writes A1 ranges", () => {
    expect(mergeRef({ top: 4, left: 0, bottom: 5, right: 0 })).toBe("A5:A6");
    expect(mergeRef({ top: 0, left: 26, bottom: 0, right: 27 })).toBe("AA1:AB1");
  });
});

import { readWorkbook } from "../../src/cli/read-workbook";
import { checkWorkbook } from "../../src/core/engine";
import type { Finding, Report, RowReport } from "../../src/core/report/schema";
import { fixture, sample } from "./helpers";

/**
 * tests/fixtures/kyosei-shifted.xlsx is the 共生ビジョン sample laid out the way other offices
 * keep it: three title rows added above (the table starts 4 rows lower), two blank columns to
 * the left, full-width digits typed in the 空き家バンク登録件数 row, and numbers stored as numbers
 * with the unit only in the number format (伊那本線: #,##0"人/年"; 病児保育: 0.0%).
 * Every indicator row must come out as it does from the sample, 4 rows down and 2 columns right.
 */
const ROWS = 4;
const COLS = 2;

function shiftAddress(address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 + COLS;
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${Number(m[2]) + ROWS}`;
}

async function check(file: string): Promise<Report> {
  return checkWorkbook(file, await readWorkbook(file));
}

describe("a 共生ビジョン table lower on the sheet, with blank columns, full-width digits and unit-only number formats", () => {
  let original: RowReport[];
  let originalShifts: Finding[];
  let variant: Map<number, RowReport>;
  let report: Report;

  beforeAll(async () => {
    const base = (await check(sample("kyosei-vision.xlsx"))).sheets[0];
    original = base.rows;
    originalShifts = base.findings.filter((f) => f.code === "COLUMN_SHIFT");
    report = await check(fixture("kyosei-shifted.xlsx"));
    variant = new Map(report.sheets[0].rows.map((r) => [r.row, r]));
  });

  it("is recognised as the same layout with the same plan year", () => {
    expect(report.sheets).toHaveLength(1);
    expect(report.sheets[0].layout).toBe("kyosei-vision");
    expect(report.sheets[0].targetYear).toBe("R12");
    expect(report.sheets[0].rows).toHaveLength(original.length);
  });

  it("reports every indicator row of the sample, 4 rows down, with the same fields and verdicts", () => {
    for (const row of original) {
      const moved = variant.get(row.row + ROWS);
      expect([row.row, moved?.indicator, moved?.status]).toEqual([row.row, row.indicator, row.status]);
      expect([row.row, moved?.target.status, moved?.target.rule]).toEqual([
        row.row,
        row.target.status,
        row.target.rule,
      ]);
      expect([row.row, moved?.target.computed?.value]).toEqual([row.row, row.target.computed?.value]);
      if (row.target.basisCell) expect(moved?.target.basisCell).toBe(shiftAddress(row.target.basisCell));
    }
  });

  it("reads numbers whose unit is only in the number format, and full-width digits, as the sample's text", () => {
    const bus = variant.get(22 + ROWS)!; // 17,842 stored as a number with #,##0"人/年"
    expect(bus.indicator).toBe("伊那本線利用者人数");
    expect(bus.target.stated).toEqual({ text: "19,000人/年", value: 19000 });
    expect(bus.target.status).toBe("match");
    expect(bus.target.explanation).toContain("17,842 × 1.01⁶ = 18,939.6");

    const care = variant.get(11 + ROWS)!; // 7.6% stored as 0.076 with 0.0%
    expect(care.target.stated?.value).toBe(12.4);
    expect(care.target.computed?.value).toBeCloseTo(12.4, 6);
    expect(care.target.status).toBe("match");

    const akiya = variant.get(25 + ROWS)!; // ９１件/年 … １４０件/年 typed in full width
    expect(akiya.indicator).toBe("空き家バンク登録件数");
    expect(akiya.target.stated?.value).toBe(140);
    expect(akiya.target.computed?.value).toBeCloseTo(136.4, 6);
    expect(akiya.target.status).toBe("match");
  });

  it("places the findings at the moved cells", () => {
    const shifts = report.sheets[0].findings.filter((f) => f.code === "COLUMN_SHIFT");
    // the seed's damaged rows (and the two basis cells holding only a source name)
    expect(originalShifts.map((f) => f.row)).toEqual([8, 9, 14, 15, 24, 29, 30]);
    expect(shifts.map((f) => [f.row, f.cell])).toEqual(
      originalShifts.map((f) => [f.row! + ROWS, shiftAddress(f.cell!)]),
    );
    expect(shifts.map((f) => f.moves?.map((m) => [m.from, m.to, m.text]))).toEqual(
      originalShifts.map((f) => f.moves?.map((m) => [shiftAddress(m.from), shiftAddress(m.to), m.text])),
    );
  });
});

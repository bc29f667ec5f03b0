import { core } from "zod/mini";
import { checkWorkbook } from "../../src/core/engine";
import { gridFromRows } from "../../src/core/grid/grid";
import { ReportSchema, type Report } from "../../src/core/report/schema";
import { validateReport } from "../../src/cli/validate-report";
import { consistentGrid } from "../fixtures/consistent-sheet";
import { kyoseiVision } from "../../samples/data/kyosei-vision";

function reports(): Report[] {
  const kyosei = kyoseiVision.sheets[0];
  return [
    checkWorkbook("consistent.xlsx", [consistentGrid()]),
    checkWorkbook("kyosei.xlsx", [gridFromRows(kyosei.name, kyosei.rows)]),
    checkWorkbook("empty.xlsx", [gridFromRows("空", [["メモ"]])]),
  ];
}

describe("validateReport", () => {
  it("gives what ReportSchema.parse gives, key order included", () => {
    const expected = reports().map((r) => JSON.stringify(ReportSchema.parse(r)));
    const actual = reports().map((r) => JSON.stringify(validateReport(r)));
    expect(actual).toEqual(expected);
    expect(actual[1]).toContain('"COLUMN_SHIFT"');
  });

  it("fills defaults and drops unknown keys in rows and findings, as the schema does", () => {
    const r = reports()[0];
    const row = r.sheets[0].rows[0] as unknown as Record<string, unknown>;
    row.extra = 1;
    delete (row.target as Record<string, unknown>).parts;
    const out = validateReport(r);
    expect(out.sheets[0].rows[0]).not.toHaveProperty("extra");
    expect(out.sheets[0].rows[0].target.parts).toEqual([]);
  });

  it("keeps a row or finding the parse leaves unchanged, and replaces one it changes", () => {
    const r = reports()[1];
    const [first, second] = r.sheets[0].rows;
    const finding = r.sheets[0].findings[0];
    (second as unknown as Record<string, unknown>).extra = 1;
    const out = validateReport(r);
    expect(out.sheets[0].rows[0]).toBe(first);
    expect(out.sheets[0].findings[0]).toBe(finding);
    expect(out.sheets[0].rows[1]).not.toBe(second);
    expect(out.sheets[0].rows[1]).not.toHaveProperty("extra");
  });

  it("rejects a report that breaks the contract", () => {
    const r = reports()[1];
    (r.sheets[0].findings[0] as unknown as Record<string, unknown>).severity = "fatal";
    expect(() => validateReport(r)).toThrow(core.$ZodError);
    const s = reports()[1];
    (s.sheets[0] as unknown as Record<string, unknown>).targetYear = 12;
    expect(() => validateReport(s)).toThrow(core.$ZodError);
  });
});

import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../src/cli/read-workbook";
import { WorkbookError } from "../../src/cli/errors";

/** The cell cap, lowered to 12 here so a small workbook can reach it (the real cap is millions). */
jest.mock("../../src/cli/xlsx/limits", () => {
  const actual = jest.requireActual<typeof import("../../src/cli/xlsx/limits")>("../../src/cli/xlsx/limits");
  return { ...actual, LIMITS: { ...actual.LIMITS, cells: 12 } };
});

async function workbook(cells: number, merges: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  for (let i = 0; i < cells; i++) ws.getCell(i + 1, 1).value = `指標${i}`;
  for (let i = 0; i < merges; i++) ws.mergeCells(i + 1, 3, i + 1, 4);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("the cap on cells (values and merged areas) across a workbook", () => {
  it("reads a workbook at the cap", async () => {
    expect(readWorkbookBuffer(await workbook(10, 2))[0].merges).toHaveLength(2);
  });

  it("stops one past the cap with one line of reason, counting merged areas too", async () => {
    for (const [cells, merges] of [
      [13, 0],
      [10, 3],
    ]) {
      let caught: unknown;
      try {
        readWorkbookBuffer(await workbook(cells, merges), { label: "big.xlsx" });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(WorkbookError);
      expect((caught as WorkbookError).line()).toMatch(/^big\.xlsx: .*too large.*: cells > 12$/);
    }
  });
});

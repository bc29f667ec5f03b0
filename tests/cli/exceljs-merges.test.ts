import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../src/cli/read-workbook";
import { installFastMergeLoading } from "../../src/cli/exceljs-merges";

describe("loading merges without exceljs's O(n²) overlap check", () => {
  beforeAll(() => installFastMergeLoading());

  it("reads every merged area of a file, with the value in the top-left cell only", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    for (let i = 0; i < 300; i++) {
      ws.getCell(i * 2 + 1, 1).value = `group ${i}`;
      ws.mergeCells(i * 2 + 1, 1, i * 2 + 2, 1);
    }
    const [g] = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(g.merges).toHaveLength(300);
    expect(g.merges[299]).toEqual({ top: 598, left: 0, bottom: 599, right: 0 });
    expect(g.cells[598]?.[0]?.text).toBe("group 299");
    expect(g.cells[599]?.[0]).toBeUndefined();
  });

  it("keeps the check for merges made through the public API", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    ws.mergeCells("A1:B2");
    expect(() => ws.mergeCells("B2:C3")).toThrow("Cannot merge already merged cells");
  });
});

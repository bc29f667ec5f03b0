import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/cli/read-workbook";
import { cellText } from "../../src/core/grid/grid";
import { freshDir } from "./helpers";

/** 100,000 indicator rows: built here (a 4 MB file need not live in git), then read whole. */
describe("readWorkbook on 100,000 rows", () => {
  it("reads every row with its displayed text and reports progress up to 100%", async () => {
    const file = path.join(await freshDir("rows-100k"), "rows-100000.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
    const ws = writer.addWorksheet("成果指標");
    ws.addRow(["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度"]).commit();
    for (let i = 1; i <= 100000; i++) {
      const row = ws.addRow([i, `指標${i}`, "人", 1000 + i, "2023年度", 1100 + i, "2030年度"]);
      row.getCell(4).numFmt = '#,##0"人"';
      row.commit();
    }
    await writer.commit();

    const seen: number[] = [];
    const [g] = await readWorkbook(file, { onProgress: (done, total) => seen.push(Math.round((done / total) * 100)) });
    expect(g.rowCount).toBe(100001);
    expect(cellText(g, 100000, 1)).toBe("指標100000");
    expect(cellText(g, 100000, 3)).toBe("101,000人");
    expect(seen[seen.length - 1]).toBe(100);
    expect(seen.length).toBeGreaterThanOrEqual(100);
  });
});

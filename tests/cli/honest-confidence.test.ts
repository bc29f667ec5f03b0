/**
 * Issue 11 point 7 over every workbook we have: the layout corpus, the test fixtures and the
 * samples. A table the reader is not sure of (below the task pane's threshold, SURE) names why,
 * so that the column mapping it opens can say what to check; and any confidence below 1 is
 * made of named doubts only.
 */
import fs from "node:fs";
import path from "node:path";
import { readWorkbook } from "../../src/cli/read-workbook";
import { checkWorkbook } from "../../src/core/engine";
import { SURE } from "../../src/taskpane/model/mapping";

const ROOT = path.join(__dirname, "..", "..");
const DIRS = ["tests/fixtures/corpus/layouts", "tests/fixtures", "samples"].map((d) => path.join(ROOT, d));

function workbooks(): string[] {
  return DIRS.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(dir, f)),
  );
}

interface TableSeen {
  where: string;
  confidence: number;
  doubts: string[];
}

describe("honest confidence on every workbook", () => {
  const tables: TableSeen[] = [];
  beforeAll(async () => {
    for (const file of workbooks()) {
      let grids;
      try {
        grids = await readWorkbook(file);
      } catch {
        continue; // the fixtures that are not readable workbooks on purpose
      }
      for (const sheet of checkWorkbook(file, grids).sheets) {
        sheet.tables.forEach((t, i) =>
          tables.push({
            where: `${path.basename(file)} ${sheet.name} #${i}`,
            confidence: t.confidence,
            doubts: t.doubts,
          }),
        );
      }
    }
  });

  it("reads tables from the corpus, the fixtures and the samples", () => {
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.some((t) => t.confidence < SURE)).toBe(true);
  });

  it("names a doubt for every table below the threshold", () => {
    expect(tables.filter((t) => t.confidence < SURE && t.doubts.length === 0)).toEqual([]);
  });

  it("names a doubt for every confidence below 1, and none for a sure table", () => {
    expect(tables.filter((t) => t.confidence < 1 !== t.doubts.length > 0)).toEqual([]);
  });
});

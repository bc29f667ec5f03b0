import fc from "fast-check";
import type { Cell, Grid } from "../../src/core/grid/grid";
import { cellAddress } from "../../src/core/grid/grid";
import { createExcelPort } from "../../src/excel/excel-port";
import type { CellMark, CellWrite } from "../../src/port/workbook-port";
import { FakeExcel, fakeOfficeDeps } from "../support/fake-excel";

/** Random sheets, random subsets written and marked, then undone: the workbook must be as it was. */

const ROWS = 6;
const COLS = 5;

const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: -1000, max: 100_000 }).map((n) => ({ value: n, text: String(n) })),
  fc.constantFrom("17,842人/年", "実績なし", "001", "=text", "R6").map((s) => ({ value: s, text: s })),
  fc.constantFrom("#,##0", "@", "0.0%").map((numberFormat) => ({ value: 12, text: "12", numberFormat })),
  fc.constant({ value: 3, text: "3", formula: "1+2" }),
);

const gridArb: fc.Arbitrary<Grid> = fc
  .array(fc.array(cellArb, { minLength: COLS, maxLength: COLS }), { minLength: ROWS, maxLength: ROWS })
  .map((cells) => ({ name: "KPI", cells, merges: [], rowCount: ROWS, colCount: COLS }));

const addressArb = fc.tuple(fc.nat(ROWS - 1), fc.nat(COLS - 1)).map(([r, c]) => cellAddress(r, c));

const fillsArb = fc.dictionary(addressArb, fc.constantFrom("#FFFFFF", "#92D050", "#FF0000"), { maxKeys: 6 });

const writeArb: fc.Arbitrary<CellWrite> = fc.record({
  sheet: fc.constant("KPI"),
  address: addressArb,
  value: fc.oneof(fc.integer({ min: 0, max: 99_999 }), fc.constantFrom("18,940人/年", "160件", "")),
  numberFormat: fc.option(fc.constantFrom("#,##0", "General", "@"), { nil: undefined }),
});

const markArb: fc.Arbitrary<CellMark> = fc.record({
  sheet: fc.constant("KPI"),
  address: addressArb,
  severity: fc.constantFrom("error" as const, "warning" as const, "info" as const),
  text: fc.constantFrom("単位", "年度", "根拠"),
});

describe("random workbooks", () => {
  it("apply (twice) → revert restores values, formats and fills exactly", async () => {
    await fc.assert(
      fc.asyncProperty(gridArb, fillsArb, fc.array(writeArb, { maxLength: 8 }), async (grid, fills, writes) => {
        const fake = FakeExcel.fromGrids([grid], { fills: { KPI: fills } });
        const before = fake.snapshotState();
        const port = createExcelPort(fakeOfficeDeps(fake));
        await port.writeValues(writes);
        const afterFirst = fake.snapshotState();
        await port.writeValues(writes);
        expect(fake.snapshotState()).toEqual(afterFirst);
        await port.revert();
        expect(fake.snapshotState()).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it("mark → write → save/reopen → clear → revert restores everything", async () => {
    await fc.assert(
      fc.asyncProperty(
        gridArb,
        fillsArb,
        fc.array(markArb, { maxLength: 6 }),
        fc.array(writeArb, { maxLength: 6 }),
        fc.constantFrom("1.18", "1.14", "1.9"),
        async (grid, fills, marks, writes, apiVersion) => {
          const fake = FakeExcel.fromGrids([grid], { fills: { KPI: fills }, apiVersion });
          const { nextCommentId: _before, ...before } = fake.snapshotState();
          const port = createExcelPort(fakeOfficeDeps(fake));
          await port.markCells(marks);
          await port.writeValues(writes);
          const reopened = FakeExcel.open(fake.save(), { apiVersion });
          const again = createExcelPort(fakeOfficeDeps(reopened));
          await again.clearMarks();
          await again.revert();
          const { nextCommentId: _after, ...after } = reopened.snapshotState();
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/**
 * Sub-indicator rows (部門 under an emissions indicator): the name written in the column under
 * the indicator's merged header is the sub-row's name, not a value out of place.
 */
import { checkGrid } from "../../../src/core/engine";
import { sheet } from "../rows/fixtures/grid-helpers";

const HEADER = ["No.", "指標", "", "目標年度", "目標値"];
const ROWS = [
  ["1", "廃棄物の排出量", "", "R12", "1,000t"],
  ["", "", "家庭系ごみ", "", "600t\n(家庭分600t程度)"],
  ["", "", "事業系ごみ", "", "400t"],
  ["2", "資源化率", "", "R12", "30%"],
];
const shifts = (rows: string[][], merges: string[]) =>
  checkGrid(sheet("S", rows, merges))
    .findings.filter((f) => f.code === "COLUMN_SHIFT")
    .map((f) => f.cell);

describe("sub-rows named under the indicator's merged header", () => {
  it.each([
    ["the parent's name merged over its own row only, an empty merge below", ["B1:C1", "B2:C2", "B3:B4", "D2:D4"]],
    ["no merge over the sub-rows' indicator cells", ["B1:C1", "B2:C2", "D2:D4"]],
  ])("no COLUMN_SHIFT: %s", (_, merges) => {
    expect(shifts([HEADER, ...ROWS], merges)).toEqual([]);
    const names = checkGrid(sheet("S", [HEADER, ...ROWS], merges)).rows.map((r) => r.indicator);
    expect(names).toEqual(["廃棄物の排出量", "廃棄物の排出量 / 家庭系ごみ", "廃棄物の排出量 / 事業系ごみ", "資源化率"]);
  });

  it("near miss: a sub-row's name pushed into the target-year column is still a shift", () => {
    const rows = [HEADER, ROWS[0], ["", "", "", "家庭系ごみ", "600t"], ROWS[2], ROWS[3]];
    expect(shifts(rows, ["B1:C1", "B2:C2"])).toEqual(["D3"]);
  });
});

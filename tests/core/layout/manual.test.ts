import { gridFromRows, type Grid } from "../../../src/core/grid/grid";
import { detectTables } from "../../../src/core/layout/detect";
import {
  anchorOf,
  layoutFromMapping,
  locateMapping,
  mappingsOverlap,
  tablesWithMappings,
} from "../../../src/core/layout/manual";
import type { ManualMapping, TableLayout } from "../../../src/core/layout/types";
import { readTables } from "../../../src/core/rows/read";

/**
 * Mappings corrected by hand, one per table: a sheet's other tables stay as detected, and a saved
 * mapping follows its table when rows move, or is left out when its table is gone.
 */

type Row = (string | number | null)[];

const TABLE_1: Row[] = [
  ["基本目標1 観光"],
  ["No", "指標名", "単位", "現状値（R5）", "目標値（R11）", "設定根拠"],
  [1, "観光入込客数", "人", 17842, 19000, "年1%増"],
  [2, "宿泊者数", "人", 5200, 5600, "年1.2%増"],
  [],
];
const TABLE_2: Row[] = [
  ["基本目標2 子育て"],
  ["No", "成果指標", "基準値", "R6実績", "目標値", "目標年度"],
  [1, "保育所待機児童数", "12人", "8人", "0人", "R9"],
  [2, "子育て相談件数", "340件", "360件", "400件", "R9"],
];

function sheet(rows: Row[], name = "二つの表"): Grid {
  return gridFromRows(name, rows);
}

/** The second table's mapping as the pane saves it: its target year by hand, anchored on `grid`. */
function secondTable(grid: Grid, header = 6): ManualMapping {
  const m: ManualMapping = {
    sheet: grid.name,
    headerTop: header,
    headerBottom: header,
    dataBottom: header + 2,
    columns: { no: "A", indicator: "B", baseline: "C", target: "E" },
    actuals: [{ col: "D", year: "R6" }],
    targetYear: "R9",
  };
  return { ...m, anchor: anchorOf(grid, m) };
}

const detect = (grid: Grid) => () => detectTables(grid);
const headers = (tables: TableLayout[]) => tables.map((t) => [t.id, t.headerTop]);

describe("tablesWithMappings", () => {
  const grid = sheet([...TABLE_1, ...TABLE_2]);

  it("the sheet holds two detected tables (the premise of the tests below)", () => {
    expect(headers(detectTables(grid))).toEqual([
      ["generic", 1],
      ["generic", 6],
    ]);
  });

  it("a mapping of the second table replaces it; the first stays as detected", () => {
    const tables = tablesWithMappings(grid, [secondTable(grid)], detect(grid));
    expect(headers(tables)).toEqual([
      ["generic", 1],
      ["custom", 6],
    ]);
    expect(tables[0]).toEqual(detectTables(grid)[0]);
    expect(tables[1].targetYear?.label).toBe("R9");
    expect(tables[1].columns).toEqual({ no: 0, indicator: 1, baseline: 2, target: 4 });
    expect(tables[1].actuals.map((a) => [a.col, a.year.label])).toEqual([[3, "R6"]]);
  });

  it("a mapping of another sheet changes nothing", () => {
    const other = { ...secondTable(grid), sheet: "別のシート" };
    expect(tablesWithMappings(grid, [other], detect(grid))).toEqual(detectTables(grid));
  });

  it("rows inserted above move the mapping with its table", () => {
    const moved = sheet([["令和6年度 評価"], [], ...TABLE_1, ...TABLE_2]);
    const tables = tablesWithMappings(moved, [secondTable(grid)], detect(moved));
    expect(headers(tables)).toEqual([
      ["generic", 3],
      ["custom", 8],
    ]);
    expect(tables[1].dataBottom).toBe(10);
    // Rows deleted above, likewise.
    const fewer = sheet([...TABLE_1.slice(1), ...TABLE_2]);
    expect(headers(tablesWithMappings(fewer, [secondTable(grid)], detect(fewer)))).toEqual([
      ["generic", 0],
      ["custom", 5],
    ]);
  });

  it("rows inserted or deleted inside the table move its last row with its last indicator", () => {
    const mapping = secondTable(grid);
    expect(mapping.anchor?.last).toEqual({ text: "子育て相談件数", below: 0 });
    const grown = sheet([
      ...TABLE_1,
      ...TABLE_2.slice(0, 3),
      [2, "放課後児童クラブ登録数", "300人", "320人", "350人", "R9"],
      [3, "子育て相談件数", "340件", "360件", "400件", "R9"],
      ["※ 令和6年度の実績は速報値"],
    ]);
    const tables = tablesWithMappings(grown, [mapping], detect(grown));
    expect(tables[1]).toMatchObject({ id: "custom", headerTop: 6, dataBottom: 9 });
    const read = readTables(grown, { mappings: [mapping] });
    expect(read[1].rows.map((r) => r.indicator)).toEqual([
      "保育所待機児童数",
      "放課後児童クラブ登録数",
      "子育て相談件数",
    ]);
    // Saved on the three-row table, a row deleted inside: the footnote below is not taken in.
    const three = { ...mapping, dataBottom: 9 };
    const saved = { ...three, anchor: anchorOf(grown, three) };
    const shrunk = sheet([...TABLE_1, ...TABLE_2.slice(0, 3), TABLE_2[3], ["※ 令和6年度の実績は速報値"]]);
    expect(locateMapping(shrunk, saved)?.dataBottom).toBe(8);
    // Near miss: the last indicator renamed: the end stays where it was saved.
    const renamed = sheet([
      ...TABLE_1,
      ...TABLE_2.slice(0, 3),
      [2, "子育て相談の件数", "340件", "360件", "400件", "R9"],
    ]);
    expect(locateMapping(renamed, mapping)?.dataBottom).toBe(8);
  });

  it("a mapping whose table is gone is left out, not laid over the table now at its rows", () => {
    // Near miss: the same header rows, but another table's first indicator sits below them now.
    const swapped = sheet([
      ...TABLE_1,
      TABLE_2[0],
      TABLE_2[1],
      [1, "放課後児童クラブ登録数", "300人", "320人", "350人", "R9"],
      TABLE_2[3],
    ]);
    expect(locateMapping(swapped, secondTable(grid))).toBeNull();
    expect(tablesWithMappings(swapped, [secondTable(grid)], detect(swapped))).toEqual(detectTables(swapped));
    // Its header rewritten: likewise.
    const renamed = sheet([
      ...TABLE_1,
      TABLE_2[0],
      ["No", "成果指標", "基準値", "R6実績", "目標値（R9）", "目標年度"],
      ...TABLE_2.slice(2),
    ]);
    expect(locateMapping(renamed, secondTable(grid))).toBeNull();
  });

  it("an open-ended mapping of the first table stops before the second, which stays detected", () => {
    const first: ManualMapping = {
      sheet: grid.name,
      headerTop: 1,
      headerBottom: 1,
      columns: { indicator: "B", baseline: "D", target: "E", basis: "F" },
      actuals: [],
    };
    const tables = tablesWithMappings(grid, [{ ...first, anchor: anchorOf(grid, first) }], detect(grid));
    expect(headers(tables)).toEqual([
      ["custom", 1],
      ["generic", 6],
    ]);
    // Up to the row above the second header: its title row is a band, not an indicator.
    expect(tables[0].dataBottom).toBe(5);
    expect(tables[1]).toEqual(detectTables(grid)[1]);
    const read = readTables(grid, { mappings: [{ ...first, anchor: anchorOf(grid, first) }] });
    expect(read.map((t) => t.rows.map((r) => r.indicator))).toEqual([
      ["観光入込客数", "宿泊者数"],
      ["保育所待機児童数", "子育て相談件数"],
    ]);
  });

  it("two blocks side by side, read as one table, become two mapped tables", () => {
    const side = sheet([
      ["基本目標1", "", "", "", "", "基本目標2"],
      ["指標名", "現状値（R5）", "目標値（R11）", "設定根拠", "", "成果指標", "基準値", "目標値（R9）"],
      ["観光入込客数", 17842, 19000, "年1%増", "", "保育所待機児童数", "12人", "0人"],
      ["宿泊者数", 5200, 5600, "年1.2%増", "", "子育て相談件数", "340件", "400件"],
    ]);
    expect(detectTables(side)).toHaveLength(1);
    const left: ManualMapping = {
      sheet: side.name,
      headerTop: 1,
      headerBottom: 1,
      dataBottom: 3,
      columns: { indicator: "A", baseline: "B", target: "C", basis: "D" },
      actuals: [],
    };
    const right: ManualMapping = {
      ...left,
      columns: { indicator: "F", baseline: "G", target: "H" },
      targetYear: "R9",
    };
    const both = [left, right].map((m) => ({ ...m, anchor: anchorOf(side, m) }));
    expect(mappingsOverlap(both[0], both[1])).toBe(false);
    const tables = tablesWithMappings(side, both, detect(side));
    expect(tables.map((t) => [t.id, t.columns.indicator])).toEqual([
      ["custom", 0],
      ["custom", 5],
    ]);
    // The right block's anchor holds its own header only: the left one's words are not in it.
    expect(both[1].anchor?.header).toEqual(["成果指標\t基準値\t目標値（R9）"]);
    expect(both[1].anchor?.first).toBe("保育所待機児童数");
  });

  it("a mapping saved before a sheet could hold several (no anchor) is still the sheet's only table", () => {
    const old: ManualMapping = {
      sheet: grid.name,
      headerTop: 1,
      headerBottom: 1,
      columns: { indicator: "B", target: "E" },
      actuals: [],
    };
    let detected = false;
    const tables = tablesWithMappings(grid, [old], () => {
      detected = true;
      return detectTables(grid);
    });
    expect(detected).toBe(false);
    expect(tables).toEqual([layoutFromMapping(grid, old)]);
    expect(tables[0].repeatedHeaderRows).toEqual([]);
    expect(locateMapping(grid, old)).toBe(old);
    // One naming no usable indicator column leaves the sheet without a table, as before.
    expect(tablesWithMappings(grid, [{ ...old, columns: { target: "E" } }], detect(grid))).toEqual([]);
  });
});

describe("locateMapping on small tables sharing one header", () => {
  const header: Row = ["指標名", "現状値", "目標値"];
  const mini = (name: string): Row[] => [header, [name, "10件", "12件"], []];
  const grid = sheet([...mini("図書館利用者数"), ...mini("公民館利用者数"), ...mini("体育館利用者数")], "指標別");
  const mapping = (top: number): ManualMapping => {
    const m: ManualMapping = {
      sheet: "指標別",
      headerTop: top,
      headerBottom: top,
      dataBottom: top + 1,
      columns: { indicator: "A", baseline: "B", target: "C" },
      actuals: [],
    };
    return { ...m, anchor: anchorOf(grid, m) };
  };

  it("the second table is found by its first indicator, not the nearest same header", () => {
    const second = mapping(3);
    expect(second.anchor).toEqual({
      header: ["指標名\t現状値\t目標値"],
      first: "公民館利用者数",
      last: { text: "公民館利用者数", below: 0 },
    });
    // The first table grew by two rows: the second moved down by two; the header at its saved row
    // is now the first table's data, the one nearest above is not its table.
    const grown = sheet(
      [
        header,
        ["図書館利用者数", "10件", "12件"],
        ["（内訳）児童", "3件", "4件"],
        ["（内訳）一般", "7件", "8件"],
        [],
        ...mini("公民館利用者数"),
        ...mini("体育館利用者数"),
      ],
      "指標別",
    );
    expect(locateMapping(grown, second)?.headerTop).toBe(5);
    expect(locateMapping(grown, second)?.dataBottom).toBe(6);
    expect(locateMapping(grid, second)).toEqual(second);
  });
});

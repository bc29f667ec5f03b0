import { gridFromRows } from "../../src/core/grid/grid";
import { FakeExcel, type FakeContext } from "../support/fake-excel";
import { addComment, addNote, insertRow, renameSheet } from "../support/fake-user";

/** The fake must fail where Office.js fails, or the adapter tests prove nothing. */

function host(apiVersion = "1.18"): FakeExcel {
  return FakeExcel.fromGrids([gridFromRows("KPI", [["指標", 10]])], { apiVersion });
}

function sheet(ctx: FakeContext) {
  return ctx.workbook.worksheets.getItem("KPI");
}

describe("fake Excel proxy model", () => {
  it("throws on reading a property before sync, and returns it after", async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const r = sheet(ctx).getRange("A1:B1");
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([["指標", 10]]);
    });
  });

  it("throws on reading a property that was not loaded, even after sync", async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const r = sheet(ctx).getRange("A1");
      r.load("values");
      await ctx.sync();
      expect(() => r.text).toThrow(/PropertyNotLoaded/);
    });
  });

  it("refuses load() without property names", () => {
    const fake = host();
    return fake.run(async (ctx) => {
      expect(() => sheet(ctx).getRange("A1").load()).toThrow(/InvalidArgument/);
    });
  });

  it("applies writes only at sync, in order with loads, and records them", async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const r = sheet(ctx).getRange("B1");
      r.values = [[20]];
      expect(fake.cell("KPI", "B1")?.value).toBe(10);
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[20]]);
    });
    expect(fake.cell("KPI", "B1")?.value).toBe(20);
    expect(fake.writeLog).toEqual([{ sheet: "KPI", address: "B1", property: "values", value: 20 }]);
  });

  it("keeps a used range where it was found: a later write grows a new used range, not the old one", async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const used = sheet(ctx).getUsedRange(true);
      used.load("address");
      await ctx.sync();
      expect(used.address).toBe("KPI!A1:B1");
      sheet(ctx).getRange("D3").values = [["後から"]];
      used.load("address");
      const grown = sheet(ctx).getUsedRange(true);
      grown.load("address");
      await ctx.sync();
      expect([used.address, grown.address]).toEqual(["KPI!A1:B1", "KPI!A1:D3"]);
    });
  });

  it("counts syncs, including the one Excel.run makes for pending operations", async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      await ctx.sync();
      sheet(ctx).getRange("C1").values = [["x"]];
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.cell("KPI", "C1")?.value).toBe("x");
  });

  it("rejects a values array whose shape differs from the range", async () => {
    const fake = host();
    await expect(
      fake.run(async (ctx) => {
        sheet(ctx).getRange("A1:B1").values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/InvalidArgument/);
  });

  it("gives null objects that must be checked through isNullObject", async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("KPI");
      missing.load("name");
      present.load("name");
      expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(/InvalidObjectPath/);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("KPI");
    });
  });

  it("fails at sync on an API above the host's ExcelApi version", async () => {
    const fake = host("1.12");
    await expect(
      fake.run(async (ctx) => {
        sheet(ctx).getUsedRange().getMergedAreasOrNullObject().load("address");
        await ctx.sync();
      }),
    ).rejects.toThrow(/ApiNotFound/);
    await expect(
      host("1.13").run(async (ctx) => {
        const m = sheet(ctx).getUsedRange().getMergedAreasOrNullObject();
        m.load("address");
        await ctx.sync();
        return m.isNullObject;
      }),
    ).resolves.toBe(true);
  });

  it("interprets typed values like Excel: formulas, numbers, and text under the @ format", async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      sheet(ctx).getRange("C1:E1").values = [["=B1*2", "123", "1,2"]];
      const text = sheet(ctx).getRange("F1");
      text.numberFormat = [["@"]];
      text.values = [["123"]];
      await ctx.sync();
    });
    expect(fake.cell("KPI", "C1")).toEqual({ value: "", formula: "B1*2" });
    expect(fake.cell("KPI", "D1")?.value).toBe(123);
    expect(fake.cell("KPI", "E1")?.value).toBe("1,2");
    expect(fake.cell("KPI", "F1")).toEqual({ value: "123", numberFormat: "@" });
  });

  it("reports an unfilled cell as white with pattern None, a filled one as Solid", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [[1, 2]])], { fills: { KPI: { B1: "#ff0000" } } });
    await fake.run(async (ctx) => {
      const a = sheet(ctx).getRange("A1").format.fill;
      const b = sheet(ctx).getRange("B1").format.fill;
      a.load("color, pattern");
      b.load("color, pattern");
      await ctx.sync();
      expect([a.color, a.pattern]).toEqual(["#FFFFFF", "None"]);
      expect([b.color, b.pattern]).toEqual(["#FF0000", "Solid"]);
    });
  });

  it("refuses a batch whose response is above the payload limit, delivering nothing", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["x".repeat(200)]])], { payloadLimit: 100 });
    await fake.run(async (ctx) => {
      const r = sheet(ctx).getRange("A1");
      r.load("values");
      await expect(ctx.sync()).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
    });
  });

  it("saves and reopens the workbook state", async () => {
    const fake = host();
    await fake.run(async (ctx) => {
      ctx.workbook.settings.add("k", { a: 1 });
      await ctx.sync();
    });
    const reopened = FakeExcel.open(fake.save());
    expect(reopened.snapshotState()).toEqual(fake.snapshotState());
    expect(reopened.syncCount).toBe(0);
    expect(reopened.state.settings).toEqual({ k: { a: 1 } });
  });
});

describe("fake Excel behaves like Excel where the adapter's safety depends on it", () => {
  it.each([
    ["1,000", 1000, "#,##0"],
    ["12.4%", 0.124, "0.00%"],
    ["2024/4/1", 45383, "yyyy/m/d"],
    ["R6.4.1", 45383, "yyyy/m/d"],
    ["TRUE", true, undefined],
    ["１２３", 123, undefined],
    ["57,000人/年", "57,000人/年", undefined],
    ["'12.4%", "12.4%", undefined],
  ])("reads %s written to values as Excel does", async (input, value, numberFormat) => {
    const fake = host();
    await fake.run(async (ctx) => {
      sheet(ctx).getRange("C1").values = [[input]];
      await ctx.sync();
    });
    expect(fake.cell("KPI", "C1")?.value).toEqual(value);
    expect(fake.cell("KPI", "C1")?.numberFormat).toBe(numberFormat);
  });

  it("keeps text as typed in a cell formatted as text", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["指標"]], [], { B1: "@" })]);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("KPI").getRange("B1");
      r.numberFormat = [["@"]];
      r.values = [["12.4%"]];
      await ctx.sync();
    });
    expect(fake.cell("KPI", "B1")).toEqual({ value: "12.4%", numberFormat: "@" });
  });

  it("refuses every change to a protected sheet with AccessDenied, applying what came before", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["指標"]]), gridFromRows("保護", [["x"]])]);
    fake.sheet("保護")!.protected = true;
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("KPI").getRange("B1").values = [["先"]];
      ctx.workbook.worksheets.getItem("保護").getRange("A1").format.fill.color = "#FF0000";
      ctx.workbook.worksheets.getItem("KPI").getRange("C1").values = [["後"]];
      await expect(ctx.sync()).rejects.toThrow(/AccessDenied/);
    });
    expect(fake.cell("KPI", "B1")?.value).toBe("先");
    expect(fake.cell("KPI", "C1")).toBeUndefined();
    expect(fake.cell("保護", "A1")?.fill).toBeUndefined();
  });

  it("keeps a sheet's id through a rename, and finds the sheet by either", async () => {
    const fake = host();
    renameSheet(fake, "KPI", "KPI（R7）");
    await fake.run(async (ctx) => {
      const byId = ctx.workbook.worksheets.getItem("{sheet-1}");
      byId.load("name, id");
      await ctx.sync();
      expect([byId.name, byId.id]).toEqual(["KPI（R7）", "{sheet-1}"]);
    });
  });

  it("moves cells, merges, notes and comments down when a row is inserted", () => {
    const fake = FakeExcel.fromGrids([
      { ...gridFromRows("KPI", [["a"], ["b"], ["c"]]), merges: [{ top: 1, left: 0, bottom: 2, right: 0 }] },
    ]);
    addNote(fake, "KPI", "A3", "メモ");
    addComment(fake, "KPI", "A1", "上", ["返信"]);
    insertRow(fake, "KPI", 2);
    expect(Object.keys(fake.sheet("KPI")!.cells).sort()).toEqual(["A1", "A3", "A4"]);
    expect(fake.sheet("KPI")!.merges).toEqual(["A3:A4"]);
    expect(fake.state.notes[0].address).toBe("A4");
    expect(fake.state.comments[0].address).toBe("A1");
  });

  it("deletes a comment's whole thread with it, counts replies, and resolves (1.11)", async () => {
    const fake = host("1.14");
    addComment(fake, "KPI", "A1", "確認", ["了解", "対応済み"]);
    await fake.run(async (ctx) => {
      const comments = ctx.workbook.comments;
      comments.load("items/content");
      await ctx.sync();
      const count = comments.items[0].replies.getCount();
      comments.items[0].resolved = true;
      await ctx.sync();
      expect(count.value).toBe(2);
    });
    expect(fake.state.comments[0].resolved).toBe(true);
    await fake.run(async (ctx) => {
      ctx.workbook.comments.getItem(fake.state.comments[0].id).delete();
      await ctx.sync();
    });
    expect(fake.state.comments).toEqual([]);
  });

  it("cannot give the address of more than 512 areas, and reports oversize with the host's code", async () => {
    const rows = Array.from({ length: 600 }, (_, i) => [`a${i}`, null]);
    const fake = FakeExcel.fromGrids(
      [{ ...gridFromRows("KPI", rows), merges: rows.map((_, i) => ({ top: i, left: 0, bottom: i, right: 1 })) }],
      { payloadLimit: 1_000, oversizeCode: "GeneralException" },
    );
    await fake.run(async (ctx) => {
      const few = sheet(ctx).getRange("A1:B512").getMergedAreasOrNullObject();
      few.load("areaCount");
      await ctx.sync();
      expect(few.areaCount).toBe(512);
      const many = sheet(ctx).getRange("A1:B513").getMergedAreasOrNullObject();
      many.load("address");
      await expect(ctx.sync()).rejects.toThrow(/GeneralException: address of 513 areas/);
      const big = sheet(ctx).getRange("A1:B600");
      big.load("values");
      await expect(ctx.sync()).rejects.toThrow(/GeneralException: response/);
    });
  });
});

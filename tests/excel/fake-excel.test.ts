import { gridFromRows } from "../../src/core/grid/grid";
import { FakeExcel, type FakeContext } from "../support/fake-excel";

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

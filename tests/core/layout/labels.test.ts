import { FieldNameSchema, LayoutIdSchema } from "../../../src/core/layout/types";
import { fieldLabels, layoutNames } from "../../../src/core/messages/layout";
import { renderMessage } from "../../../src/core/messages";

describe("layout words, ja and en", () => {
  it("name every field and every layout in both languages", () => {
    for (const f of FieldNameSchema.options) {
      expect([f, fieldLabels[f].ja.length > 0, fieldLabels[f].en.length > 0]).toEqual([f, true, true]);
    }
    for (const id of LayoutIdSchema.options) expect(layoutNames[id].en.length).toBeGreaterThan(0);
  });

  it("LAYOUT_NOT_FOUND names the sheet", () => {
    expect(renderMessage("LAYOUT_NOT_FOUND", "default", { sheet: "表紙" }, "ja")).toContain("シート「表紙」");
    expect(renderMessage("LAYOUT_NOT_FOUND", "default", { sheet: "表紙" }, "en")).toContain('sheet "表紙"');
  });
});

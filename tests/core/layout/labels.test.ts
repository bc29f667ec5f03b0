import { FieldNameSchema, LayoutIdSchema } from "../../../src/core/layout/types";
import { fieldLabels, layoutMessages, layoutNames } from "../../../src/core/messages/layout";
import { render } from "../../../src/core/messages/format";

describe("layout words, ja and en", () => {
  it("name every field and every layout in both languages", () => {
    for (const f of FieldNameSchema.options) {
      expect([f, fieldLabels[f].ja.length > 0, fieldLabels[f].en.length > 0]).toEqual([f, true, true]);
    }
    for (const id of LayoutIdSchema.options) expect(layoutNames[id].en.length).toBeGreaterThan(0);
  });

  it("LAYOUT_NOT_FOUND names the sheet", () => {
    const m = render(layoutMessages, "LAYOUT_NOT_FOUND", { sheet: "表紙" });
    expect(m.ja).toContain("シート「表紙」");
    expect(m.en).toContain('sheet "表紙"');
  });
});

import { catalog } from "../../../src/core/messages";
import { makeFinding } from "../../../src/core/report/finding";

/**
 * A finding's cell is a field of its own, shown beside the message by every reader (the
 * summary's cell column, the task pane's badge, the note on the cell, the 検証結果 sheet's cell
 * column): the message itself does not repeat it.
 */
describe("finding messages", () => {
  const keys = Object.keys(catalog);

  it("no catalogue message starts with the cell", () => {
    const leading = keys.filter((k) => /^\{cell\}/.test(catalog[k].ja) || /^\{cell\}/.test(catalog[k].en));
    expect(leading).toEqual([]);
    expect(keys.length).toBeGreaterThan(40);
  });

  it("a rendered message does not contain its cell address; the finding carries it", () => {
    const f = makeFinding({
      code: "UNIT_MISMATCH",
      severity: "error",
      row: 7,
      cell: "K7",
      params: { cell: "K7", text: "12件", found: "件", expected: "人" },
    });
    expect(f.cell).toBe("K7");
    expect(f.params.cell).toBe("K7");
    expect(f.message).toBe("「12件」の単位「件」が、この行の他の欄の単位「人」と異なります。単位をそろえてください。");
    expect(f.messageEn).toBe('"12件" is in 件, but the rest of the row is in 人. Use one unit for the row.');
  });

  it("English messages start with a capital letter or a quotation (after an optional part label)", () => {
    const lower = keys.filter((k) => /^(\{part\})?[a-z]/.test(catalog[k].en));
    expect(lower).toEqual([]);
  });
});

import { HierarchyFill } from "../../../src/core/rows/fill";
import type { FieldCell } from "../../../src/core/rows/types";

function own(row: number, texts: Record<number, string>) {
  return (col: number): FieldCell | null =>
    texts[col] ? { address: `${"ABC"[col]}${row + 1}`, row, col, text: texts[col], value: texts[col] } : null;
}

describe("fill-down of group columns", () => {
  it("repeats the last label into blank cells, marked as filled, at the blank cell's address", () => {
    const fill = new HierarchyFill([0, 1]);
    fill.observe(own(0, { 0: "産業振興", 1: "企業誘致" }));
    expect(fill.filled(1, 0, "A2")).toMatchObject({ text: "産業振興", address: "A2", row: 1, col: 0, fromMerge: true });
    expect(fill.filled(1, 1, "B2")?.text).toBe("企業誘致");
  });

  it("a new label clears the group columns right of it, not left of it", () => {
    const fill = new HierarchyFill([0, 1, 2]);
    fill.observe(own(0, { 0: "A", 1: "B", 2: "C" }));
    fill.observe(own(1, { 1: "B2" }));
    expect(fill.filled(2, 0, "A3")?.text).toBe("A");
    expect(fill.filled(2, 1, "B3")?.text).toBe("B2");
    expect(fill.filled(2, 2, "C3")).toBeNull();
  });

  it("reset forgets everything; a column not managed is never filled", () => {
    const fill = new HierarchyFill([0]);
    fill.observe(own(0, { 0: "A", 1: "B" }));
    expect(fill.filled(1, 1, "B2")).toBeNull();
    fill.reset();
    expect(fill.filled(1, 0, "A2")).toBeNull();
  });
});

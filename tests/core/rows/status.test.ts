import { normaliseStatus } from "../../../src/core/rows/status";

describe("status", () => {
  it.each(["継続", "変更", "削除", "新規"])("%s is itself", (s) => {
    expect(normaliseStatus(s, "continuing")).toBe(s);
  });

  it("ignores spaces and width", () => {
    expect(normaliseStatus(" 継 続 ", "continuing")).toBe("継続");
    expect(normaliseStatus("削\n除", "continuing")).toBe("削除");
  });

  it("blank is 新規 in the new block, null in the continuing one", () => {
    expect(normaliseStatus("", "new")).toBe("新規");
    expect(normaliseStatus("", "continuing")).toBeNull();
  });

  it("anything else is null, even in the new block", () => {
    expect(normaliseStatus("検討中", "continuing")).toBeNull();
    expect(normaliseStatus("継続(変更)", "continuing")).toBeNull();
    expect(normaliseStatus("2,440人/年", "new")).toBeNull();
  });
});

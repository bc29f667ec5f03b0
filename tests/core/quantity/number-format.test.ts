import { readNumberFormat } from "../../../src/core/quantity/number-format";

describe("readNumberFormat", () => {
  it("reads the quoted unit after the number", () => {
    expect(readNumberFormat('#,##0"人/年"')).toEqual({ percent: false, suffix: "人/年", decimals: 0 });
    expect(readNumberFormat('#,##0"千円"')).toMatchObject({ suffix: "千円", decimals: 0 });
    expect(readNumberFormat('0.0"%"')).toEqual({ percent: false, suffix: "%", decimals: 1 });
  });

  it("tells a real % (value ×100) from a quoted one", () => {
    expect(readNumberFormat("0.0%")).toEqual({ percent: true, suffix: "", decimals: 1 });
    expect(readNumberFormat("0%")).toEqual({ percent: true, suffix: "", decimals: 0 });
  });

  it("reads escaped and unquoted literal characters", () => {
    expect(readNumberFormat("#,##0\\人")).toMatchObject({ suffix: "人" });
    expect(readNumberFormat("#,##0人")).toMatchObject({ suffix: "人" });
  });

  it("reads only the first section and skips colours, locales and padding", () => {
    expect(readNumberFormat("[$-411]#,##0.00_);[Red](#,##0.00)")).toEqual({ percent: false, suffix: "", decimals: 2 });
    expect(readNumberFormat('#,##0"件";"△"#,##0"件"')).toMatchObject({ suffix: "件", decimals: 0 });
  });

  it("ignores literal text before the number", () => {
    expect(readNumberFormat('"約"0"人"')).toMatchObject({ suffix: "人" });
  });

  it("says nothing for General and text formats", () => {
    expect(readNumberFormat("General")).toEqual({ percent: false, suffix: "" });
    expect(readNumberFormat(undefined)).toEqual({ percent: false, suffix: "" });
    expect(readNumberFormat("@")).toEqual({ percent: false, suffix: "" });
  });
});

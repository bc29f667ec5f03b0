import { readLeadingNumber } from "../../../src/core/quantity/leading-number";

describe("readLeadingNumber", () => {
  it("reads plain and grouped integers and fractions", () => {
    expect(readLeadingNumber("17,842人")).toEqual({
      length: 6,
      approx: false,
      negative: false,
      int: "17842",
      fraction: "",
    });
    expect(readLeadingNumber("1,563,429人")).toMatchObject({ length: 9, int: "1563429" });
    expect(readLeadingNumber("12.4%")).toMatchObject({ length: 4, int: "12", fraction: "4" });
    expect(readLeadingNumber("0.8")).toMatchObject({ int: "0", fraction: "8" });
    expect(readLeadingNumber("12345人")).toMatchObject({ length: 5, int: "12345" });
  });

  it("stops at a badly placed separator", () => {
    expect(readLeadingNumber("1,2345")).toMatchObject({ length: 5, int: "1234" });
    expect(readLeadingNumber("123,45")).toMatchObject({ length: 3, int: "123" });
    expect(readLeadingNumber("1234,567")).toMatchObject({ length: 4, int: "1234" });
    expect(readLeadingNumber("12.")).toMatchObject({ length: 2, fraction: "" });
  });

  it("reads 約/およそ/概ね/おおむね and signs", () => {
    expect(readLeadingNumber("約300人")).toMatchObject({ approx: true, length: 4, int: "300" });
    expect(readLeadingNumber("約 300人")).toMatchObject({ approx: true, length: 5 });
    expect(readLeadingNumber("およそ20")).toMatchObject({ approx: true, int: "20" });
    expect(readLeadingNumber("おおむね5")).toMatchObject({ approx: true, int: "5" });
    expect(readLeadingNumber("-3")).toMatchObject({ negative: true, int: "3" });
    expect(readLeadingNumber("△3")).toMatchObject({ negative: true });
    expect(readLeadingNumber("▲3")).toMatchObject({ negative: true });
    expect(readLeadingNumber("+3")).toMatchObject({ negative: false, length: 2 });
  });

  it("returns null when no number starts the text", () => {
    expect(readLeadingNumber("")).toBeNull();
    expect(readLeadingNumber("R6")).toBeNull();
    expect(readLeadingNumber("約")).toBeNull();
    expect(readLeadingNumber("-")).toBeNull();
    expect(readLeadingNumber(".5")).toBeNull();
    expect(readLeadingNumber("人12")).toBeNull();
  });
});

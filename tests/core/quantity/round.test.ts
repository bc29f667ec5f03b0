import { roundHalfUp } from "../../../src/core/quantity/round";

describe("roundHalfUp", () => {
  it("rounds half away from zero at the decimal place asked", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(18939.5996, 0)).toBe(18940);
    expect(roundHalfUp(18939.45, 1)).toBe(18939.5);
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(2.4999, 0)).toBe(2);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(12.4, 3)).toBe(12.4);
  });

  it("passes through what it cannot round", () => {
    expect(roundHalfUp(Number.NaN, 1)).toBeNaN();
    expect(roundHalfUp(Infinity, 1)).toBe(Infinity);
    expect(roundHalfUp(1e22, 2)).toBe(1e22);
  });

  it("rounds numbers JavaScript writes in exponent form", () => {
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(roundHalfUp(-1e-7, 2)).toBe(-0);
    expect(roundHalfUp(5e-7, 6)).toBe(0.000001);
  });
});

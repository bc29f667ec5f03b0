import fc from "fast-check";
import { joinedPieces } from "../../src/cli/text-pieces";

const LIMIT = 1 << 14;

describe("joinedPieces", () => {
  it("keeps the text and its order, in strings of at most 16 K characters or one longer piece alone", () => {
    const piece = fc.oneof(fc.string({ maxLength: 50 }), fc.string({ minLength: 6000, maxLength: 20000 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const out = [...joinedPieces(pieces)];
        expect(out.join("")).toBe(pieces.join(""));
        for (const s of out) {
          expect(s).not.toBe("");
          if (s.length > LIMIT) expect(pieces).toContain(s);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("gathers small pieces rather than passing them one by one", () => {
    const out = [...joinedPieces(Array.from({ length: 10000 }, (_, i) => `<row r="${i}"/>`))];
    expect(out.length).toBeLessThan(15);
    expect(out.slice(0, -1).every((s) => s.length > LIMIT - 20 && s.length <= LIMIT)).toBe(true);
  });
});

import fc from "fast-check";
import { findYears, fiscalYear, longLabel, parseFiscalYear, yearsBetween } from "../../../src/core/years/era";

const labels = (text: string) => findYears(text).map((m) => m.year.label);

describe("fiscalYear", () => {
  it("labels 令和 years R…, 平成 years H…, earlier years as Western 年度", () => {
    expect(fiscalYear(2024)).toEqual({ fy: 2024, label: "R6" });
    expect(fiscalYear(2019)).toEqual({ fy: 2019, label: "R1" });
    expect(fiscalYear(2018)).toEqual({ fy: 2018, label: "H30" });
    expect(fiscalYear(1989)).toEqual({ fy: 1989, label: "H1" });
    expect(fiscalYear(1988)).toEqual({ fy: 1988, label: "1988年度" });
    expect(fiscalYear(2030).label).toBe("R12");
  });
});

describe("longLabel", () => {
  it("writes the era name, 元年 for the first year", () => {
    expect(longLabel(fiscalYear(2024))).toBe("令和6年度");
    expect(longLabel(fiscalYear(2019))).toBe("令和元年度");
    expect(longLabel(fiscalYear(2020))).toBe("令和2年度");
    expect(longLabel(fiscalYear(2018))).toBe("平成30年度");
    expect(longLabel(fiscalYear(1989))).toBe("平成元年度");
    expect(longLabel(fiscalYear(1988))).toBe("1988年度");
  });

  it("is read back as the same year (up to R99, the last year parseFiscalYear reads)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2117 }), (fy) => {
        expect(parseFiscalYear(longLabel(fiscalYear(fy)))?.fy).toBe(fy);
      }),
    );
  });
});

describe("yearsBetween", () => {
  it("counts fiscal years from one to the other", () => {
    expect(yearsBetween(fiscalYear(2024), fiscalYear(2030))).toBe(6);
    expect(yearsBetween(parseFiscalYear("H30")!, parseFiscalYear("R2")!)).toBe(2);
    expect(yearsBetween(fiscalYear(2030), fiscalYear(2024))).toBe(-6);
    expect(yearsBetween(fiscalYear(2024), fiscalYear(2024))).toBe(0);
  });
});

describe("parseFiscalYear", () => {
  it.each([
    ["R6", 2024, "R6"],
    ["R6年度", 2024, "R6"],
    ["Ｒ６年度", 2024, "R6"],
    ["令和６年度", 2024, "R6"],
    ["令和6年度", 2024, "R6"],
    ["令和元年度", 2019, "R1"],
    ["R1", 2019, "R1"],
    ["R元", 2019, "R1"],
    // 平成 plans name years past 2019 as H31, H32: the label keeps the era the sheet writes.
    ["H31", 2019, "H31"],
    ["平成31年度", 2019, "H31"],
    ["H30", 2018, "H30"],
    ["平成元年度", 1989, "H1"],
    ["H32", 2020, "H32"],
    ["昭和63年度", 1988, "1988年度"],
    ["S63", 1988, "1988年度"],
    ["2019年度", 2019, "R1"],
    ["２０１９年度", 2019, "R1"],
    ["2019", 2019, "R1"],
    ["R12", 2030, "R12"],
    [" R3年度 ", 2021, "R3"],
    ["r6", 2024, "R6"],
    ["㋿6年度", 2024, "R6"],
  ])("%s → FY%d (%s)", (text, fy, label) => {
    const y = parseFiscalYear(text);
    expect(y).not.toBeNull();
    expect(y!.fy).toBe(fy);
    expect(y!.label).toBe(label);
  });

  it("keeps how the year was written, after normalisation", () => {
    expect(parseFiscalYear("令和６年度")!.written).toBe("令和6年度");
    expect(parseFiscalYear("R6")!.written).toBe("R6");
  });

  it("marks 年 (not 年度) as a calendar year", () => {
    expect(parseFiscalYear("2019年")!.calendar).toBe(true);
    expect(parseFiscalYear("2019年度")!.calendar).toBeUndefined();
    expect(parseFiscalYear("令和6年")!.calendar).toBe(true);
    expect(parseFiscalYear("令和6年度")!.calendar).toBeUndefined();
    expect(parseFiscalYear("R6")!.calendar).toBeUndefined();
  });

  it.each([
    ["", "empty"],
    ["R0", "no year 0"],
    ["令和0年度", "no year 0"],
    ["H41", "past the last 平成 year accepted"],
    ["S65", "past the last 昭和 year"],
    ["R123", "three digits"],
    ["1899年度", "out of range"],
    ["12", "a bare small number"],
    ["R6の現状", "prose around the year"],
    ["R6年度実績", "prose around the year"],
    ["継続", "a status"],
    ["X6", "unknown era letter"],
    ["2,019", "a number with a separator"],
  ])("%s → null (%s)", (text) => {
    expect(parseFiscalYear(text)).toBeNull();
  });
});

describe("findYears", () => {
  it("finds a year at the start of prose", () => {
    expect(findYears("R6の現状から年1%の増加を目指す。")).toEqual([
      { year: { fy: 2024, label: "R6", written: "R6" }, index: 0, length: 2 },
    ]);
  });

  it("finds both ends of ranges", () => {
    expect(labels("R2年度からR6年度の平均値+10%で算出")).toEqual(["R2", "R6"]);
    expect(labels("R4～R6の増の平均0.8ポイント")).toEqual(["R4", "R6"]);
    expect(labels("R4〜R6")).toEqual(["R4", "R6"]);
    expect(labels("H18~H23までの平均")).toEqual(["H18", "H23"]);
    expect(labels("令和8年度～令和12年度(5年間)")).toEqual(["R8", "R12"]);
  });

  it("reads the era-less second end of R1-6 and 令和8年度～12年度 in the first end's era", () => {
    const r = findYears("R1-6実績数値");
    expect(r.map((m) => m.year.label)).toEqual(["R1", "R6"]);
    expect(r[1]).toMatchObject({ index: 3, length: 1 });
    expect(labels("令和8年度～12年度")).toEqual(["R8", "R12"]);
    expect(labels("H28～30年度")).toEqual(["H28", "H30"]);
  });

  it("does not read a smaller number after a dash as a range end", () => {
    expect(labels("R6-2")).toEqual(["R6"]);
    expect(labels("R6-12345")).toEqual(["R6"]);
  });

  it("finds years in notes, in any width", () => {
    expect(labels("令和5年度の19市平均")).toEqual(["R5"]);
    expect(labels("(2020年度:85%)")).toEqual(["R2"]);
    expect(labels("64.8%(R6年度から3市町村平均)")).toEqual(["R6"]);
    expect(labels("0人（R6）")).toEqual(["R6"]);
    expect(labels("Ｒ６年度実績×伸び率")).toEqual(["R6"]);
    expect(labels("令和元年度から")).toEqual(["R1"]);
    expect(labels("平成31年度")).toEqual(["H31"]);
  });

  it("reports positions in the text as given (before normalisation)", () => {
    const text = "（令和５年度の１９市平均）";
    const [m] = findYears(text);
    expect(text.substr(m.index, m.length)).toBe("令和５年度");
    const [w] = findYears("目標（２０２０年度：８５％）");
    expect(w.year.label).toBe("R2");
    expect("目標（２０２０年度：８５％）".substr(w.index, w.length)).toBe("２０２０年度");
  });

  it("finds every year of a schedule", () => {
    expect(labels("R8とR9に各1回、R10とR11に各2回、R12に3回の実施を見込む。")).toEqual([
      "R8",
      "R9",
      "R10",
      "R11",
      "R12",
    ]);
  });

  it("reads Western years only with 年/年度, or as the first end of a range to one", () => {
    expect(labels("2019年度実績")).toEqual(["R1"]);
    expect(findYears("2019年の調査")[0].year.calendar).toBe(true);
    expect(labels("2019～2023年度の平均")).toEqual(["R1", "R5"]);
    expect(labels("2019")).toEqual([]);
    expect(labels("2019人")).toEqual([]);
  });

  it("finds no years in plain numbers and words", () => {
    expect(labels("2,000人")).toEqual([]);
    expect(labels("19市")).toEqual([]);
    expect(labels("伸び率(1.136)")).toEqual([]);
    expect(labels("12,2020年")).toEqual([]);
    expect(labels("5年間")).toEqual([]);
    expect(labels("第3期")).toEqual([]);
    expect(labels("H2O")).toEqual([]);
    expect(labels("QR6コード")).toEqual([]);
    expect(labels("R元")).toEqual([]);
    expect(labels("R123")).toEqual([]);
  });

  it("never throws and reports mentions inside the text, in order", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const found = findYears(s);
        let last = -1;
        for (const m of found) {
          expect(m.index).toBeGreaterThan(last);
          expect(m.index + m.length).toBeLessThanOrEqual(s.length);
          last = m.index;
        }
      }),
    );
  });

  it("finds the same years in full-width writing as in ASCII writing", () => {
    const piece = fc.constantFrom(
      "R",
      "H",
      "令和",
      "平成",
      "元",
      "年",
      "年度",
      "1",
      "2",
      "6",
      "12",
      "2019",
      "~",
      "-",
      "の",
      "から",
      "、",
      " ",
      "%",
      ",",
      ".",
    );
    const wide = (s: string) => s.replace(/[0-9RH~\-%,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 10 }).map((xs) => xs.join("")),
        (s) => {
          const ascii = findYears(s);
          const full = findYears(wide(s));
          expect(full.map((m) => [m.year.label, m.index, m.length])).toEqual(
            ascii.map((m) => [m.year.label, m.index, m.length]),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("finds every year it is given, whatever the surrounding prose", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom("の現状から", "年度から", "に3回", "、"),
        (n, after) => {
          expect(labels(`あ R${n}${after}`)).toEqual([`R${n}`]);
        },
      ),
    );
  });
});

describe("parseFiscalYear — properties", () => {
  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const y = parseFiscalYear(s);
        if (y) expect(Number.isInteger(y.fy)).toBe(true);
      }),
    );
  });

  it("reads full-width writing as ASCII writing", () => {
    const wide = (s: string) => s.replace(/[0-9RH]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(
        fc.constantFrom("R", "H", "令和", "平成"),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom("", "年度", "年"),
        (era, n, suf) => {
          const ascii = parseFiscalYear(`${era}${n}${suf}`);
          const full = parseFiscalYear(wide(`${era}${n}${suf}`));
          expect(full?.fy).toBe(ascii?.fy);
          expect(full?.label).toBe(ascii?.label);
        },
      ),
    );
  });

  it("round-trips every label it produces", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1926, max: 2117 }), (fy) => {
        expect(parseFiscalYear(fiscalYear(fy).label)?.fy).toBe(fy);
      }),
    );
  });
});

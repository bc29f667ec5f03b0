import * as fs from "fs";
import * as path from "path";
import {
  CATALOGUE,
  FINDING_CODES,
  findingHeadline,
  findingNote,
  findingTitle,
  renderMessage,
  type FindingCode,
  type ParamsOf,
  type VariantName,
} from "../../../src/core/messages";
import { fill } from "../../../src/core/messages/format";
import type { Params } from "../../../src/core/messages/define";
import { LANGS } from "../../../src/core/messages/lang";
import { raise } from "../../../src/core/report/finding";
import { FindingCodeSchema, FindingSchema } from "../../../src/core/report/schema";

/**
 * Parameters for every message variant of the catalogue. Typed by the catalogue: a variant added
 * without its sample here, or a sample with a parameter the variant does not take, fails to compile.
 * Each value is distinctive so that its presence in the rendered text can be checked.
 */
const SAMPLES: { [C in FindingCode]: { [V in VariantName<C>]: ParamsOf<C, V> } } = {
  LAYOUT_NOT_FOUND: { default: { sheet: "表紙シート" } },
  REQUIRED_MISSING: { default: { field: { ja: "指標名欄", en: "indicator field" }, status: "継続予定" } },
  STATUS_INVALID: { default: { found: "継続予定" } },
  REASON_MISSING: { default: { status: "変更" }, new: {} },
  DELETED_HAS_TARGET: { default: { found: "1,234人" } },
  TARGET_MISSING: { default: { status: "継続" } },
  VALUE_UNPARSEABLE: { default: { found: "約千人程度" }, "formula-error": { found: "#VALUE!" } },
  UNIT_MISMATCH: {
    default: { text: "12件", found: "件", expected: "人" },
    part: { text: "運賃補助 12件", found: "件", expected: "人", part: "運賃補助" },
  },
  UNIT_STYLE: { default: { text: "78件", found: "件", expected: "件/年" } },
  VALUE_MAGNITUDE: {
    high: { found: "17,842,000人", neighbour: "17,842人", times: 1000 },
    low: { found: "17人", neighbour: "17,842人", times: 1000 },
  },
  YEAR_MISMATCH: {
    note: { text: "0人（R6）", found: "R6", expected: "R5" },
    target: { found: "R11", expected: "R12" },
    plan: { found: "R11", expected: "R12", periodCell: "B2" },
    calendar: { found: "2023年" },
    fiscal: { found: "令和6年度" },
  },
  BASELINE_MISMATCH: {
    default: { found: "52人", expected: "55人", year: "R3", actualCell: "H28" },
    blank: { expected: "52人", year: "R3" },
  },
  COLUMN_SHIFT: {
    default: { found: "4,200人", count: 2, moves: "C29→D29「4,200人」" },
    indicator: { found: "買物サービス", count: 1, moves: "A15→C15「買物サービス」" },
  },
  SERIES_BREAK: {
    note: { text: "64.8%(R6年度から3市町村平均)", note: "R6年度から3市町村平均" },
    split: { found: 3, expected: 2 },
  },
  BASIS_UNPARSED: {
    "direction-only": { text: "増加を目指す" },
    "external-reference": { text: "全国平均を目指す" },
    "no-target": { text: "目標値は設定しない" },
    vague: { text: "毎年数件程度の増加" },
    "source-only": { source: "R1-6実績数値" },
    "no-rule": { text: "R1-6実績数値" },
  },
  BASIS_DATA_MISSING: {
    default: { part: "「乗合率」: ", years: "R2", used: "R3・R4" },
    "no-data": { part: "", years: "R2・R3" },
    base: { part: "", year: "R5" },
    "base-unknown": { part: "" },
    "base-year": { part: "「CO2排出量」: " },
    incomplete: {
      part: "",
      what: { ja: "2050年の目標値が根拠に書かれていません", en: "the basis does not give the 2050 goal's value" },
    },
    "target-year": { part: "「利用者」: " },
    schedule: { part: "", year: "R12" },
  },
  BASIS_MISMATCH: {
    default: { part: "", computed: "58,000人/年", formula: "51,416 × 1.136", stated: "57,000人/年" },
    alternative: {
      part: "",
      computed: "350人",
      formula: "116 × 1.2⁶",
      stated: "290人",
      alternative: { ja: "5期間で計算", en: "5 periods instead of 6" },
      altValue: "289人",
    },
  },
  BASIS_AMBIGUOUS: {
    points: { part: "", computed: "12.5%", altValue: "13.4%" },
    path: { part: "", note: { ja: "書かれた経過と計算が合いません", en: "the written path does not add up" } },
    "text-value": { part: "", computed: "2,100人", altValue: "2,500人" },
    note: { part: "", note: { ja: "平均の増加幅で計算", en: "computed from the mean increase" } },
  },
  BASIS_UNIT_MISMATCH: {
    default: { part: "", ruleUnit: "件", rowUnit: "人" },
    rounding: { part: "", rounding: "千円未満切捨て", ruleUnit: "円", rowUnit: "人/年" },
  },
  TARGET_DIRECTION: {
    down: { found: "50㎥/年", current: "51㎥/年", currentCell: "K5" },
    up: { found: "52㎥/年", current: "51㎥/年", currentCell: "K5" },
  },
  DUPLICATE_INDICATOR: { default: { indicator: "観光入込客数", firstRow: 5 } },
  COLUMN_UNREAD: { default: { header: "現況値 (年度)" } },
  TARGET_YEAR_MISSING: { default: {} },
};

function variants(): [FindingCode, string, Params][] {
  const out: [FindingCode, string, Params][] = [];
  for (const code of FINDING_CODES) {
    for (const [variant, params] of Object.entries(SAMPLES[code] as Record<string, Params>))
      out.push([code, variant, params]);
  }
  return out;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe("the finding catalogue", () => {
  it("defines every code of the report once, with a title in both languages", () => {
    expect(FindingCodeSchema.options).toEqual(Object.keys(CATALOGUE));
    for (const code of FINDING_CODES) {
      expect([code, JAPANESE.test(findingTitle(code, "ja")), findingTitle(code, "en").length > 0]).toEqual([
        code,
        true,
        true,
      ]);
      expect(findingTitle(code, "ja")).not.toMatch(/[A-Z_]{4,}/);
    }
  });

  it("has a sample for every variant and a variant for every sample", () => {
    for (const code of FINDING_CODES) {
      expect([code, Object.keys(SAMPLES[code]).sort()]).toEqual([code, Object.keys(CATALOGUE[code].variants).sort()]);
    }
  });

  it.each(variants())(
    "%s.%s renders in both languages with every parameter, none left over",
    (code, variant, params) => {
      for (const lang of LANGS) {
        const text = renderMessage(code, variant, params, lang);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).not.toContain(code);
        for (const value of Object.values(params)) {
          const shown = typeof value === "object" ? value[lang] : fill("{v}", { v: value });
          if (shown !== "") expect([lang, text.includes(shown)]).toEqual([lang, true]);
        }
      }
      const ja = renderMessage(code, variant, params, "ja");
      const en = renderMessage(code, variant, params, "en");
      // Japanese is written in Japanese (full stop 。), English in English (its own words, not the Japanese ones).
      expect(ja).toMatch(/。$/);
      expect(en).toMatch(/^(「.*」: )?["A-Z0-9]/);
      expect(en).not.toContain("。");
    },
  );

  it("raises a finding with the variant's severity, key, both messages and its parameters", () => {
    const f = raise(
      "UNIT_MISMATCH",
      "default",
      { row: 7, cell: "K7", found: "12件", expected: "人" },
      {
        text: "12件",
        found: "件",
        expected: "人",
      },
    );
    expect(FindingSchema.parse(f)).toEqual(f);
    expect(f).toMatchObject({
      code: "UNIT_MISMATCH",
      severity: "error",
      row: 7,
      cell: "K7",
      messageKey: "UNIT_MISMATCH",
    });
    expect(f.message).toBe(
      "「12件」の単位「件」が、同じ行の他の欄の単位「人」と違います。同じ単位で記入してください。",
    );
    expect(f.messageEn).toBe('"12件" is in 件, while the rest of the row is in 人. Write the row in one unit.');
    // The cell is the finding's own field, shown beside the message: the message does not repeat it.
    expect(f.message).not.toContain("K7");
    const calendar = raise("YEAR_MISMATCH", "calendar", { row: 3, cell: "F3" }, { found: "2023年" });
    expect([calendar.severity, calendar.messageKey]).toEqual(["info", "YEAR_MISMATCH.calendar"]);
  });

  it("leads a note with the severity and the title, never the code", () => {
    const f = raise(
      "COLUMN_SHIFT",
      "indicator",
      { row: 15, cell: "A15" },
      { found: "買物", count: 1, moves: "A15→C15" },
    );
    expect(findingHeadline(f, "ja")).toBe("【エラー】列のずれ");
    expect(findingHeadline(f, "en")).toBe("[Error] Shifted columns");
    expect(findingNote(f, "ja").split("\n")).toEqual(["【エラー】列のずれ", f.message]);
    expect(findingNote(f, "en")).not.toContain("COLUMN_SHIFT");
  });

  it("is the only place findings are made, and Lang is defined once", () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
      });
    const src = path.join(__dirname, "../../../src");
    const matching = (re: RegExp) =>
      files(src)
        .filter((f) => re.test(fs.readFileSync(f, "utf8")))
        .map((f) => path.relative(src, f).split(path.sep).join("/"));
    expect(matching(/makeFinding/)).toEqual([]);
    expect(matching(/type Lang\b\s*=/)).toEqual(["core/messages/lang.ts"]);
  });
});

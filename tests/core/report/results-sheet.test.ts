import { describeResults, isCheckerSheet, RULE_LABEL, rowLines } from "../../../src/core/report/results-sheet";
import { raise } from "../../../src/core/report/finding";
import type { Report, TargetStatus } from "../../../src/core/report/schema";

function report(status: TargetStatus, rule: string | null): Report {
  return {
    file: "x.xlsx",
    sheets: [
      {
        name: "KPI",
        layout: "generic",
        targetYear: "R12",
        rows: [
          {
            row: 5,
            indicator: "図書館の年間貸出冊数",
            status: "継続",
            target: {
              status,
              stated: { text: "450,000冊", value: 450000 },
              computed: { value: 441720, display: "440,000冊" },
              rule,
              explanation: "説明",
              explanationEn: "explained",
              parts: [],
            },
          },
          {
            row: 6,
            indicator: "削除した指標",
            status: "削除",
            target: { status: "not-applicable", stated: null, computed: null, rule: null, explanation: "", parts: [] },
          },
        ],
        findings: [
          raise(
            "BASIS_MISMATCH",
            "default",
            { row: 5, cell: "F5" },
            { part: "", computed: "110人", formula: "100 × 1.1", stated: "120人" },
          ),
          { ...raise("LAYOUT_NOT_FOUND", "default", { row: null, cell: null }, { sheet: "KPI" }), severity: "info" },
        ],
        tables: [],
      },
    ],
    summary: { rows: 2, errors: 0, warnings: 1, infos: 1 },
  };
}

describe("describeResults", () => {
  it("gives every column a header and a width, per table, in one language", () => {
    for (const lang of ["ja", "en"] as const) {
      const [findings, targets] = describeResults(report("mismatch", "compound-growth"), lang);
      expect(findings.columns.every((c) => c.header !== "" && c.width > 0)).toBe(true);
      expect([findings.columns.length, targets.columns.length]).toEqual([5, 8]);
      expect(targets.columns.every((c) => c.header !== "" && c.width > 0)).toBe(true);
      const headers = [...findings.columns, ...targets.columns].map((c) => c.header).join("");
      expect(/[ぁ-んァ-ン一-龥]/.test(headers)).toBe(lang === "ja");
    }
  });

  it("labels verdicts and rules in words, never their codes", () => {
    const [, ja] = describeResults(report("mismatch", "compound-growth"), "ja");
    expect(ja.rows).toHaveLength(1); // the not-applicable row is left out
    expect(ja.rows[0].values.slice(5, 7)).toEqual(["不一致", "毎年○%増減（複利）"]);
    const [, en] = describeResults(report("match", "maintain"), "en");
    expect(en.rows[0].values.slice(5, 8)).toEqual(["match", "keep the current level", "explained"]);
    for (const label of Object.values(RULE_LABEL)) expect(label.ja).not.toMatch(/^[a-z-]+$/);
  });

  it("links a finding to its cell; a sheet-level finding has no link", () => {
    const [findings] = describeResults(report("mismatch", null), "ja");
    expect(findings.rows.map((r) => r.link ?? null)).toEqual([{ column: 2, sheet: "KPI", cell: "F5" }, null]);
    expect(findings.rows.map((r) => r.severity)).toEqual(["warning", "info"]);
  });
});

describe("rowLines", () => {
  const columns = [{ header: "a", width: 11 }];
  it("counts wide characters twice and explicit line breaks", () => {
    expect(rowLines(["abcdefghij"], columns)).toBe(1);
    expect(rowLines(["abcdefghijk"], columns)).toBe(2);
    expect(rowLines(["あいうえお"], columns)).toBe(1);
    expect(rowLines(["あいうえおか"], columns)).toBe(2);
    expect(rowLines(["a\nb\nc"], columns)).toBe(3);
  });
});

describe("isCheckerSheet", () => {
  it("knows the checker's own sheets, also under a free name, and nothing else", () => {
    expect(["検証結果", "検証結果 (2)", "検証結果_目標値", "kpi-check記録"].map(isCheckerSheet)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["検証結果メモ", "KPI", "検証結果(2)"].map(isCheckerSheet)).toEqual([false, false, false]);
  });
});

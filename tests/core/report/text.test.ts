import { reportTextLines } from "../../../src/core/report/text";
import { raise } from "../../../src/core/report/finding";
import type { Report, RowReport } from "../../../src/core/report/schema";

const row = (n: number, status: RowReport["target"]["status"]): RowReport => ({
  row: n,
  indicator: `指標${n}`,
  status: "継続",
  target: {
    status,
    stated: { text: "19,000人/年", value: 19000 },
    computed: status === "not-applicable" ? null : { value: 18939.6, display: "18,940人/年" },
    rule: null,
    explanation: status === "not-applicable" ? "" : "17,842 × 1.01⁶ = 18,939.6",
    explanationEn: "17,842 × 1.01^6 = 18,939.6 (en)",
    parts: [],
  },
});

function report(findings: Report["sheets"][number]["findings"]): Report {
  const errors = findings.filter((f) => f.severity === "error").length;
  return {
    file: "a.xlsx",
    sheets: [
      {
        name: "KPI",
        layout: "kyosei-vision",
        targetYear: "R12",
        rows: [row(5, "match"), row(6, "not-applicable")],
        findings,
        tables: [],
      },
    ],
    summary: { rows: 2, errors, warnings: findings.length - errors, infos: 0 },
  };
}

/** The report as the CLI prints it, one string. */
const renderReportText = (r: Report, lang: "ja" | "en") => [...reportTextLines(r, lang)].join("\n") + "\n";

const warning = raise(
  "BASIS_MISMATCH",
  "default",
  { row: 5, cell: "N5" },
  { part: "", computed: "19,000人/年", formula: "17,842 × 1.01⁶", stated: "18,000人/年" },
);
const error = raise("COLUMN_SHIFT", "default", { row: 6, cell: "D6" }, { found: "R1", count: 1, moves: "D6→E6「R1」" });

describe("reportTextLines", () => {
  it("says 提出可 when a sheet has warnings but no errors", () => {
    const text = renderReportText(report([warning]), "ja");
    expect(text).toContain("シート「KPI」  レイアウト: kyosei-vision  目標年度: R12");
    expect(text).toContain("指標行 2\u3000エラー 0\u3000警告 1\u3000情報 0  → 提出可");
    expect(text).toContain(`N5     [警告] 根拠と目標値の不一致: ${warning.message}`);
    expect(text).not.toContain("BASIS_MISMATCH");
  });

  it("says 要修正 for the same sheet with one error", () => {
    const text = renderReportText(report([warning, error]), "ja");
    expect(text).toContain("エラー 1\u3000警告 1\u3000情報 0  → 要修正");
    expect(text).toContain("[エラー]");
    expect(text.trimEnd().split("\n").pop()).toBe("合計: 指標行 2\u3000エラー 1\u3000警告 1\u3000情報 0  → 要修正");
  });

  it("lists computed targets with their explanation, leaving out rows with nothing to compute", () => {
    const text = renderReportText(report([]), "ja");
    expect(text).toContain("指摘はありません");
    expect(text).toContain("5行 指標5: 記載 19,000人/年 / 計算 18,940人/年 (一致)\n      17,842 × 1.01⁶ = 18,939.6");
    expect(text).not.toContain("6行 指標6");
  });

  it("speaks English with the English messages and explanations", () => {
    const text = renderReportText(report([warning, error]), "en");
    expect(text).toContain('Sheet "KPI"  layout: kyosei-vision  target year: R12');
    expect(text).toContain("→ needs fixes");
    expect(text).toContain(`[Error] Shifted columns: ${error.messageEn}`);
    expect(text).toContain(
      "row 5 指標5: stated 19,000人/年 / computed 18,940人/年 (match)\n      17,842 × 1.01^6 = 18,939.6 (en)",
    );
    expect(text).not.toContain(error.message);
  });

  it("shows a finding's cell once, in its own column; a sheet-level finding shows —", () => {
    const unparsed = raise("BASIS_UNPARSED", "vague", { row: 38, cell: "N38" }, { text: "毎年数件程度の増加" });
    const noTable = raise("LAYOUT_NOT_FOUND", "default", { row: null, cell: null }, { sheet: "表紙" });
    const lines = renderReportText(report([unparsed, noTable]), "ja").split("\n");
    const line = lines.find((l) => l.includes("根拠から計算できない"))!;
    expect(line).toBe(`    N38    [警告] 根拠から計算できない: ${unparsed.message}`);
    expect(unparsed.message).toContain("根拠「毎年数件程度の増加」は「数件程度」「参考」など量があいまいなため");
    expect(line.match(/N38/g)).toHaveLength(1);
    expect(lines.find((l) => l.includes("KPI表が見つからない"))).toMatch(/^ {4}— {6}\[エラー\] KPI表が見つからない: /);
    const en = renderReportText(report([unparsed]), "en")
      .split("\n")
      .find((l) => l.includes("Basis not computable"))!;
    expect(en).toBe(`    N38    [Warning] Basis not computable: ${unparsed.messageEn}`);
  });

  it("marks a sheet without a KPI table", () => {
    const r = report([]);
    r.sheets[0] = { ...r.sheets[0], layout: null, targetYear: null, rows: [] };
    expect(renderReportText(r, "ja")).toContain("レイアウト: KPI表なし  目標年度: —");
  });
});

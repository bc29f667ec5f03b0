/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { MemoryPort } from "../support/memory-port";
import { finding, kpiGrid, layoutOf, SCRIPT, scriptedChecker, type Script } from "./fixtures";

function setup(script: Script = SCRIPT, port = new MemoryPort([kpiGrid()])) {
  const checker = scriptedChecker(script);
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} checker={checker} />
    </FluentProvider>,
  );
  return { port, checker, user: userEvent.setup() };
}

async function validate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "検証" }));
  await screen.findByTestId("verdict");
}

describe("検証", () => {
  test("shows the counts, 要修正 when an error remains, and the findings grouped by severity", async () => {
    const { user } = setup();
    expect(screen.getByText(/「検証」を押すと/)).toBeTruthy();
    await validate(user);
    expect(screen.getByTestId("verdict").textContent).toBe("要修正");
    expect(screen.getByTestId("count-errors").textContent).toContain("1");
    expect(screen.getByTestId("count-warnings").textContent).toContain("2");
    expect(screen.getByTestId("count-infos").textContent).toContain("1");
    expect(screen.getByRole("heading", { name: "エラー（1）" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "警告（2）" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "情報（1）" })).toBeTruthy();
    expect(screen.getByText("目標値が空欄です")).toBeTruthy();
  });

  test("提出可 when only warnings remain", async () => {
    const { user } = setup({ ...SCRIPT, findings: SCRIPT.findings.filter((f) => f.severity !== "error") });
    await validate(user);
    expect(screen.getByTestId("verdict").textContent).toBe("提出可");
    expect(screen.queryByRole("heading", { name: /エラー/ })).toBeNull();
  });

  test("the code filter keeps only that code's findings", async () => {
    const { user } = setup();
    await validate(user);
    // Titles, not codes, are what the staff member reads: in the filter and beside each finding.
    expect(screen.getByRole("option", { name: "単位の書き方の違い" })).toBeTruthy();
    expect(screen.queryByText("UNIT_STYLE")).toBeNull();
    await user.selectOptions(screen.getByRole("combobox", { name: "指摘の種類で絞り込み" }), "UNIT_STYLE");
    expect(screen.getByText("単位の書き方が違います")).toBeTruthy();
    expect(screen.queryByText("目標値が空欄です")).toBeNull();
    expect(screen.queryByText("根拠から算出した値と異なります")).toBeNull();
    await user.selectOptions(screen.getByRole("combobox", { name: "指摘の種類で絞り込み" }), "");
    expect(screen.getByText("目標値が空欄です")).toBeTruthy();
  });

  test("clicking a finding selects its cell; a sheet-level finding is not a button", async () => {
    const { user, port } = setup();
    await validate(user);
    await user.click(screen.getByText("根拠から算出した値と異なります"));
    await waitFor(() => expect(port.log.selections).toEqual([{ sheet: "KPI", address: "D5" }]));
    const sheetLevel = screen.getByText("シート全体の注意");
    expect(sheetLevel.closest("button")).toBeNull();
  });

  test("marks cells (worst severity per cell) and writes the 検証結果 sheet", async () => {
    const script = {
      ...SCRIPT,
      findings: [...SCRIPT.findings, finding("UNIT_MISMATCH", "error", "C6", "単位が違います")],
    };
    const { user, port } = setup(script);
    await validate(user);
    await user.click(screen.getByRole("button", { name: "セルに印を付ける" }));
    await screen.findByText("3個のセルに印を付けました。");
    expect(port.log.clears).toBe(1);
    const c6 = port.log.marks[0].find((m) => m.address === "C6")!;
    expect(c6.severity).toBe("error");
    expect(c6.text).toBe("【警告】単位の書き方の違い\n単位の書き方が違います\n【エラー】単位の不一致\n単位が違います");
    await user.click(screen.getByRole("button", { name: "検証結果シートを出力" }));
    await screen.findByText("「検証結果」シートを出力しました（5行）。");
    expect(port.log.resultSheets[0].title).toBe("検証結果");
    expect(port.log.resultSheets[0].lines.map((l) => l.address)).toEqual(["D4", "D5", "C6", null, "C6"]);
  });

  test("a failing workbook read is shown as an error, not thrown", async () => {
    const port = new MemoryPort([kpiGrid()]);
    port.readWorkbook = () => Promise.reject(new Error("読み取りに失敗"));
    const { user } = setup(SCRIPT, port);
    await user.click(screen.getByRole("button", { name: "検証" }));
    expect(await screen.findByText("処理できませんでした: 読み取りに失敗")).toBeTruthy();
  });
});

describe("目標値を再計算", () => {
  async function openPreview(user: ReturnType<typeof userEvent.setup>) {
    await user.click(screen.getByRole("button", { name: "目標値を再計算" }));
    return screen.findByRole("table", { name: "目標値を再計算" });
  }

  test("preview: the empty target is ticked, the mismatch and the match are not", async () => {
    const { user } = setup();
    const table = await openPreview(user);
    const empty = within(table).getByRole("checkbox", { name: "観光入込客数 を書き込む" }) as HTMLInputElement;
    const mismatch = within(table).getByRole("checkbox", { name: "図書館利用者数 を書き込む" }) as HTMLInputElement;
    const match = within(table).getByRole("checkbox", { name: "相談件数 を書き込む" }) as HTMLInputElement;
    expect([empty.checked, mismatch.checked, match.checked]).toEqual([true, false, false]);
    const row4 = table.querySelector('[data-row="KPI!4"]') as HTMLElement;
    expect(within(row4).getByText("（空欄）")).toBeTruthy();
    expect(within(row4).getByText("18,940人/年")).toBeTruthy();
    const explains4 = table.querySelector('[data-explains="KPI!4"]') as HTMLElement;
    expect(within(explains4).getByText("17,842 × 1.01⁶ = 18,939.6")).toBeTruthy();
    expect(within(row4).getByText("算出")).toBeTruthy();
    const row5 = table.querySelector('[data-row="KPI!5"]') as HTMLElement;
    expect(within(row5).getByText("52,000人/年")).toBeTruthy();
    expect(within(row5).getByText("不一致")).toBeTruthy();
  });

  test("適用 writes only the ticked rows; 元に戻す puts the empty cell back", async () => {
    const { user, port } = setup();
    await openPreview(user);
    expect((screen.getByRole("button", { name: "元に戻す" }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole("button", { name: "適用（1）" }));
    await screen.findByText("1個のセルに書き込みました。");
    // Sent with what the check read there (empty), so a cell changed since would be left alone.
    expect(port.log.writes).toEqual([[{ sheet: "KPI", address: "D4", value: "18,940人/年", expect: { value: null } }]]);
    expect(port.cellAt("KPI", "D4")?.value).toBe("18,940人/年");
    expect(port.cellAt("KPI", "D5")?.value).toBe("52,000人/年");
    // The re-check now sees the written value: the row matches and is no longer ticked.
    const table = screen.getByRole("table", { name: "目標値を再計算" });
    const row4 = table.querySelector('[data-row="KPI!4"]') as HTMLElement;
    expect(within(row4).getByText("一致")).toBeTruthy();
    expect((within(row4).getByRole("checkbox") as HTMLInputElement).checked).toBe(false);

    await user.click(screen.getByRole("button", { name: "元に戻す" }));
    await screen.findByText("1個のセルを元に戻しました。");
    expect(port.cellAt("KPI", "D4")).toBeUndefined();
    expect((screen.getByRole("button", { name: "元に戻す" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("each action reads the workbook once: 検証 one read, 適用 and 元に戻す a read carried by the write, no canRevert round trip", async () => {
    const port = new MemoryPort([kpiGrid()]);
    const canRevert = jest.spyOn(port, "canRevert");
    const { user } = setup(SCRIPT, port);
    await openPreview(user);
    expect(port.log.workbookReads).toBe(1);
    await user.click(screen.getByRole("button", { name: "適用（1）" }));
    await screen.findByText("1個のセルに書き込みました。");
    expect(port.log.workbookReads).toBe(2);
    expect((screen.getByRole("button", { name: "元に戻す" }) as HTMLButtonElement).disabled).toBe(false);
    await user.click(screen.getByRole("button", { name: "元に戻す" }));
    await screen.findByText("1個のセルを元に戻しました。");
    expect(port.log.workbookReads).toBe(3);
    // Only the pane's opening asks whether a revert is possible.
    expect(canRevert).toHaveBeenCalledTimes(1);
  });

  test("a mismatch the user ticks is overwritten; unticking the empty one leaves it empty", async () => {
    const { user, port } = setup();
    await openPreview(user);
    await user.click(screen.getByRole("checkbox", { name: "図書館利用者数 を書き込む" }));
    await user.click(screen.getByRole("checkbox", { name: "観光入込客数 を書き込む" }));
    await user.click(screen.getByRole("button", { name: "適用（1）" }));
    await screen.findByText("1個のセルに書き込みました。");
    expect(port.log.writes).toEqual([
      [{ sheet: "KPI", address: "D5", value: "55,000人/年", expect: { value: "52,000人/年" } }],
    ]);
    expect(port.cellAt("KPI", "D4")).toBeUndefined();
  });

  test("nothing ticked: 適用 is disabled and nothing is written", async () => {
    const script = { ...SCRIPT, rows: SCRIPT.rows.filter((r) => r.row !== 4) };
    const { user, port } = setup(script);
    await openPreview(user);
    expect((screen.getByRole("button", { name: "適用" }) as HTMLButtonElement).disabled).toBe(true);
    expect(port.log.writes).toEqual([]);
  });

  test("a row with no computable target shows 算出できません and no checkbox", async () => {
    const script = {
      ...SCRIPT,
      rows: [
        {
          row: 6,
          indicator: "相談件数",
          cell: "D6",
          computed: null,
          explanation: "毎年数件程度の増加：算出できません",
        },
      ],
    };
    const { user } = setup(script);
    const table = await openPreview(user);
    const row6 = table.querySelector('[data-row="KPI!6"]') as HTMLElement;
    expect(within(row6).getByText("算出できません")).toBeTruthy();
    expect(within(row6).queryByRole("checkbox")).toBeNull();
    expect(within(row6).getByText("検証不可")).toBeTruthy();
  });
});

describe("English", () => {
  test("the switch turns the pane and the findings to English and saves the choice", async () => {
    const { user, port } = setup();
    await validate(user);
    await user.click(screen.getByRole("switch", { name: "English" }));
    expect(await screen.findByRole("button", { name: "Validate" })).toBeTruthy();
    expect(screen.getByTestId("verdict").textContent).toBe("Needs fixing");
    expect(screen.getByText("EN 目標値が空欄です")).toBeTruthy();
    expect(screen.queryByText("目標値が空欄です")).toBeNull();
    expect(await port.getSetting("language")).toBe("en");
    await user.click(screen.getByRole("switch", { name: "English" }));
    expect(await screen.findByRole("button", { name: "検証" })).toBeTruthy();
    expect(await port.getSetting("language")).toBe("ja");
  });

  test("a workbook that saved English opens in English", async () => {
    const port = new MemoryPort([kpiGrid()]);
    await port.setSetting("language", "en");
    setup(SCRIPT, port);
    expect(await screen.findByRole("button", { name: "Recalculate targets" })).toBeTruthy();
  });

  test("an unknown saved language keeps Japanese", async () => {
    const port = new MemoryPort([kpiGrid()]);
    await port.setSetting("language", "fr");
    setup(SCRIPT, port);
    await waitFor(() => expect(screen.getByRole("button", { name: "目標値を再計算" })).toBeTruthy());
    expect(screen.queryByRole("button", { name: "Recalculate targets" })).toBeNull();
  });
});

describe("列の対応", () => {
  test("unsure recognition asks for a check; a corrected column is saved in the workbook and used by the next check", async () => {
    const { user, port, checker } = setup({ ...SCRIPT, layout: layoutOf(), confidence: 0.6 });
    await validate(user);
    await user.click(screen.getByRole("tab", { name: "列の対応" }));
    expect(screen.getByText(/列の認識に自信がありません（確度 60%）/)).toBeTruthy();
    const target = screen.getByRole("combobox", { name: "目標値" }) as HTMLSelectElement;
    expect(target.value).toBe("D");
    await user.selectOptions(target, "C");
    await user.selectOptions(screen.getByRole("combobox", { name: "設定根拠" }), "D");
    await user.click(screen.getByRole("button", { name: "この対応で保存して再検証" }));
    await screen.findByText("列の対応をブックに保存しました。");
    const saved = [
      {
        sheet: "KPI",
        headerTop: 1,
        headerBottom: 2,
        columns: { no: "A", indicator: "B", baseline: "C", target: "C", basis: "D" },
        actuals: [],
        targetYear: "R12",
      },
    ];
    expect(await port.getSetting("mapping")).toEqual(saved);
    expect(checker.calls[checker.calls.length - 1]).toEqual(saved);
    expect(screen.getByText("手動で指定した対応を使用中")).toBeTruthy();
  });

  test("sure recognition shows the map without a warning", async () => {
    const { user } = setup({ ...SCRIPT, layout: layoutOf(), confidence: 0.95 });
    await validate(user);
    await user.click(screen.getByRole("tab", { name: "列の対応" }));
    expect(screen.getByText("認識した列の対応（確度 95%）")).toBeTruthy();
    expect(screen.queryByText(/自信がありません/)).toBeNull();
  });

  test("a mapping saved earlier is read from the workbook and passed to the check", async () => {
    const port = new MemoryPort([kpiGrid()]);
    const saved = {
      sheet: "KPI",
      headerTop: 1,
      headerBottom: 2,
      columns: { indicator: "B", target: "D" },
      actuals: [],
    };
    await port.setSetting("mapping", [saved, { sheet: 3 }]);
    const { user, checker } = setup(SCRIPT, port);
    await validate(user);
    expect(checker.calls[0]).toEqual([saved]);
  });
});

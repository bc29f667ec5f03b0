/** @jest-environment jsdom */
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { MemoryPort } from "../support/memory-port";
import { CheckCancelled, checkSheets, type Checker, type CheckOptions } from "../../src/taskpane/checker";
import type { ManualMapping } from "../../src/core/layout/types";
import { finding, kpiGrid, layoutOf, SCRIPT, scriptedChecker, twoTableGrid, type Script } from "./fixtures";

/** The pane over `port` with the given engine (the real one, in-thread, for sheets of several tables). */
function setupWith(checker: Checker, port: MemoryPort) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} checker={checker} />
    </FluentProvider>,
  );
  return { port, checker, user: userEvent.setup() };
}

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

  test("the kind filter keeps only that kind's findings; kinds are named in words, codes only in tooltips", async () => {
    const { user } = setup();
    await validate(user);
    const filter = screen.getByRole("combobox", { name: "種類で絞り込み" });
    expect(within(filter).getByRole("option", { name: "単位の書き方の違い" })).toBeTruthy();
    const visible = document.querySelector("main")!.textContent!;
    for (const code of ["TARGET_MISSING", "BASIS_MISMATCH", "UNIT_STYLE", "DUPLICATE_INDICATOR"]) {
      expect(visible).not.toContain(code);
    }
    expect(document.querySelector('li[data-code="TARGET_MISSING"] [title]')?.getAttribute("title")).toBe(
      "TARGET_MISSING",
    );
    expect(document.querySelector('li[data-code="TARGET_MISSING"] [title]')?.textContent).toBe("目標値の記入漏れ");
    await user.selectOptions(filter, "UNIT_STYLE");
    expect(screen.getByText("単位の書き方が違います")).toBeTruthy();
    expect(screen.queryByText("目標値が空欄です")).toBeNull();
    expect(screen.queryByText("根拠から算出した値と異なります")).toBeNull();
    await user.selectOptions(filter, "");
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
    // The sheets are the core's description, in the pane's language: findings, then targets.
    const [findings, targets] = port.log.resultSheets[0];
    expect([findings.sheetName, targets.sheetName]).toEqual(["検証結果", "検証結果_目標値"]);
    expect(findings.columns[0].header).toBe("重要度");
    expect(findings.rows.map((r) => r.values[2])).toEqual(["D4", "D5", "C6", "", "C6"]);
    expect(findings.rows[4].values.slice(0, 4)).toEqual(["エラー", "KPI", "C6", "単位が違います"]);
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
    return screen.findByRole("list", { name: "目標値を再計算" });
  }
  const entry = (list: HTMLElement, key: string) => list.querySelector(`[data-row="${key}"]`) as HTMLElement;
  const isDisabled = (name: string | RegExp) =>
    screen.getByRole("button", { name }).getAttribute("aria-disabled") === "true";

  test("the written form's reason is the report's, in the pane's language; without one, the pane's reading", async () => {
    const why = { ja: "実績値の精度（小数0桁）", en: "the precision of the row's actuals (0 decimals)" };
    const script = { ...SCRIPT, rows: SCRIPT.rows.map((r) => (r.row === 4 ? { ...r, why } : r)) };
    const { user } = setup(script);
    const list = await openPreview(user);
    const form = (key: string) => entry(list, key).querySelector("[data-form]");
    expect(form("KPI!4")?.getAttribute("data-form")).toBe("reason");
    expect(form("KPI!4")?.textContent).toBe("実績値の精度（小数0桁）に合わせて書きます。");
    expect(form("KPI!5")?.getAttribute("data-form")).toBe("as-computed");

    const port = new MemoryPort([kpiGrid()]);
    await port.setSetting("language", "en");
    cleanup();
    setup(script, port);
    await user.click(await screen.findByRole("button", { name: "Recalculate targets" }));
    const en = await screen.findByRole("list", { name: "Recalculate targets" });
    expect(entry(en, "KPI!4").querySelector("[data-form]")?.textContent).toBe(
      "Written following the precision of the row's actuals (0 decimals).",
    );
  });

  test("preview: the empty target is ticked, the mismatch is not, the match is never offered", async () => {
    const { user } = setup();
    const list = await openPreview(user);
    const empty = within(list).getByRole("checkbox", {
      name: "「観光入込客数」の目標値を書き込む",
    }) as HTMLInputElement;
    const mismatch = within(list).getByRole("checkbox", {
      name: "「図書館利用者数」の目標値を書き込む",
    }) as HTMLInputElement;
    expect([empty.checked, mismatch.checked]).toEqual([true, false]);
    const row4 = entry(list, "KPI!4");
    expect(within(row4).getByText("（空欄）")).toBeTruthy();
    expect(within(row4).getByText("18,940")).toBeTruthy();
    expect(within(row4).getByText("18,940人/年")).toBeTruthy();
    expect(within(row4).getByText("17,842 × 1.01⁶ = 18,939.6")).toBeTruthy();
    expect(within(row4).getByText("算出")).toBeTruthy();
    const row5 = entry(list, "KPI!5");
    expect(within(row5).getByText("52,000人/年")).toBeTruthy();
    expect(within(row5).getByText("不一致")).toBeTruthy();
    const row6 = entry(list, "KPI!6");
    expect(within(row6).getByText("一致")).toBeTruthy();
    expect(within(row6).queryByRole("checkbox")).toBeNull();
    expect(within(row6).getByText("書き換え不要（一致）")).toBeTruthy();
  });

  test("適用 writes only the ticked rows and lists each cell old → new, focused; 元に戻す lists them back", async () => {
    const { user, port } = setup();
    await openPreview(user);
    expect(isDisabled("元に戻す")).toBe(true);
    expect(screen.getByText("元に戻す：元に戻せる書き込みはありません。")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "適用（1）" }));
    const applied = await screen.findByRole("region", { name: "書き込んだセル（1個）" });
    expect(within(applied).getByText("D4：（空欄） → 18,940人/年")).toBeTruthy();
    expect(document.activeElement).toBe(applied);
    // Sent with what the check read there (empty), so a cell changed since would be left alone.
    expect(port.log.writes).toEqual([[{ sheet: "KPI", address: "D4", value: "18,940人/年", expect: { value: null } }]]);
    expect(port.cellAt("KPI", "D4")?.value).toBe("18,940人/年");
    expect(port.cellAt("KPI", "D5")?.value).toBe("52,000人/年");
    // The re-check now sees the written value: the row matches and is no longer offered.
    const list = screen.getByRole("list", { name: "目標値を再計算" });
    const row4 = entry(list, "KPI!4");
    expect(within(row4).getByText("一致")).toBeTruthy();
    expect(within(row4).queryByRole("checkbox")).toBeNull();

    await user.click(screen.getByRole("button", { name: "元に戻す" }));
    const reverted = await screen.findByRole("region", { name: "元に戻したセル（1個）" });
    expect(within(reverted).getByText("D4：18,940人/年 → （空欄）")).toBeTruthy();
    expect(document.activeElement).toBe(reverted);
    expect(port.cellAt("KPI", "D4")).toBeUndefined();
    expect(isDisabled("元に戻す")).toBe(true);
  });

  test("two 適用 are two undo steps: each 元に戻す lists the cells of its own step", async () => {
    const { user, port } = setup();
    await openPreview(user);
    await user.click(screen.getByRole("button", { name: "適用（1）" }));
    await screen.findByRole("region", { name: "書き込んだセル（1個）" });
    await user.click(screen.getByRole("checkbox", { name: "「図書館利用者数」の目標値を書き込む" }));
    await user.click(screen.getByRole("button", { name: "適用（1）" }));
    expect(await screen.findByText("D5：52,000人/年 → 55,000人/年")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "元に戻す" }));
    const first = await screen.findByRole("region", { name: "元に戻したセル（1個）" });
    expect(within(first).getByText("D5：55,000人/年 → 52,000人/年")).toBeTruthy();
    expect(within(first).queryByText(/^D4/)).toBeNull();
    expect(isDisabled("元に戻す")).toBe(false);

    await user.click(screen.getByRole("button", { name: "元に戻す" }));
    expect(await screen.findByText("D4：18,940人/年 → （空欄）")).toBeTruthy();
    expect(port.cellAt("KPI", "D4")).toBeUndefined();
    expect(port.cellAt("KPI", "D5")?.value).toBe("52,000人/年");
    expect(isDisabled("元に戻す")).toBe(true);
  });

  test("元に戻す of an earlier session's writes gives the count, not invented cells", async () => {
    const port = new MemoryPort([kpiGrid()]);
    await port.writeValues([{ sheet: "KPI", address: "D4", value: "1人/年" }]);
    const { user } = setup(SCRIPT, port);
    await openPreview(user);
    await user.click(screen.getByRole("button", { name: "元に戻す" }));
    expect(await screen.findByText(/1個のセルを元に戻しました（以前の作業の分/)).toBeTruthy();
  });

  test("each action reads the workbook once: 検証 one read, 適用 and 元に戻す a read carried by the write, no canRevert round trip", async () => {
    const port = new MemoryPort([kpiGrid()]);
    const canRevert = jest.spyOn(port, "canRevert");
    const { user } = setup(SCRIPT, port);
    await openPreview(user);
    expect(port.log.workbookReads).toBe(1);
    await user.click(screen.getByRole("button", { name: "適用（1）" }));
    await screen.findByRole("region", { name: /書き込んだセル/ });
    expect(port.log.workbookReads).toBe(2);
    expect(isDisabled("元に戻す")).toBe(false);
    await user.click(screen.getByRole("button", { name: "元に戻す" }));
    await screen.findByRole("region", { name: /元に戻したセル/ });
    expect(port.log.workbookReads).toBe(3);
    // Only the pane's opening asks whether a revert is possible.
    expect(canRevert).toHaveBeenCalledTimes(1);
  });

  test("a mismatch the user ticks is overwritten; unticking the empty one leaves it empty", async () => {
    const { user, port } = setup();
    await openPreview(user);
    await user.click(screen.getByRole("checkbox", { name: "「図書館利用者数」の目標値を書き込む" }));
    await user.click(screen.getByRole("checkbox", { name: "「観光入込客数」の目標値を書き込む" }));
    await user.click(screen.getByRole("button", { name: "適用（1）" }));
    const applied = await screen.findByRole("region", { name: "書き込んだセル（1個）" });
    expect(within(applied).getByText("D5：52,000人/年 → 55,000人/年")).toBeTruthy();
    expect(port.log.writes).toEqual([
      [{ sheet: "KPI", address: "D5", value: "55,000人/年", expect: { value: "52,000人/年" } }],
    ]);
    expect(port.cellAt("KPI", "D4")).toBeUndefined();
  });

  test("nothing ticked: 適用 is disabled, says why, and nothing is written", async () => {
    const script = { ...SCRIPT, rows: SCRIPT.rows.filter((r) => r.row !== 4) };
    const { user, port } = setup(script);
    await openPreview(user);
    const apply = screen.getByRole("button", { name: "適用" });
    expect(apply.getAttribute("aria-disabled")).toBe("true");
    const why = screen.getByText("適用：書き込む行にチェックを入れると押せます。");
    expect(apply.getAttribute("aria-describedby")).toBe(why.id);
    await user.click(apply);
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
    const list = await openPreview(user);
    const row6 = entry(list, "KPI!6");
    expect(within(row6).getByText("算出できません")).toBeTruthy();
    expect(within(row6).queryByRole("checkbox")).toBeNull();
    expect(within(row6).getByText("検証不可")).toBeTruthy();
  });

  test("a long preview is shown a page at a time", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      row: 4 + i,
      indicator: `指標${i + 1}`,
      cell: `D${4 + i}`,
      computed: `${i + 1}件`,
      explanation: "",
    }));
    const { user } = setup({ ...SCRIPT, rows });
    const list = await openPreview(user);
    expect(list.querySelectorAll("[data-row]")).toHaveLength(50);
    expect(screen.getAllByText("1～50件目（全120件）")).toHaveLength(2);
    await user.click(screen.getAllByRole("button", { name: "次のページ" })[0]);
    expect(within(screen.getByRole("list", { name: "目標値を再計算" })).getByText("指標51")).toBeTruthy();
  });
});

describe("a check that can be stopped", () => {
  test("progress is shown and 中止 ends the check without an error", async () => {
    const port = new MemoryPort([kpiGrid()]);
    const checker = (_g: unknown, _m: unknown, options?: CheckOptions) =>
      new Promise<never>((_, reject) => {
        options?.onProgress?.({ sheet: 1, sheets: 2, rows: 1500 });
        options?.signal?.addEventListener("abort", () => reject(new CheckCancelled()));
      });
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={port} checker={checker} />
      </FluentProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "検証" }));
    expect(await screen.findByText("点検中… シート 1/2（1,500行を読み取り済み）")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "中止" }));
    expect(await screen.findByText("点検を中止しました。ブックは変更していません。")).toBeTruthy();
    expect(screen.queryByText(/処理できませんでした/)).toBeNull();
    expect((screen.getByRole("button", { name: "検証" }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe("findings", () => {
  test("a shift's moves are behind 詳細, not in the message", async () => {
    const shift = {
      ...finding(
        "COLUMN_SHIFT",
        "warning",
        "K14",
        "列がずれているとみられます。次の2か所の移動で見出しとそろいます: K14→L14, L14→M14",
      ),
      params: { moves: "K14→L14, L14→M14" },
      moves: [
        { from: "K14", to: "L14", text: "2,440人/年" },
        { from: "L14", to: "M14", text: "R6" },
      ],
    };
    const { user } = setup({ ...SCRIPT, findings: [shift] });
    await validate(user);
    expect(screen.getByText("列がずれているとみられます。次の2か所の移動で見出しとそろいます。")).toBeTruthy();
    const details = screen.getByText("詳細（2か所の移動）").closest("details")!;
    expect(details.open).toBe(false);
    expect(within(details).queryByText("K14 → L14：「2,440人/年」")).toBeNull(); // built once opened
    await user.click(within(details).getByText("詳細（2か所の移動）"));
    expect(await within(details).findByText("K14 → L14：「2,440人/年」")).toBeTruthy();
  });

  test("many findings are shown a page at a time, counts still for all", async () => {
    const many = Array.from({ length: 130 }, (_, i) => finding("UNIT_STYLE", "warning", `C${i + 4}`, `注意${i + 1}`));
    const { user } = setup({ ...SCRIPT, findings: many });
    await validate(user);
    expect(screen.getByRole("heading", { name: "警告（130）" })).toBeTruthy();
    expect(document.querySelectorAll("li[data-code]")).toHaveLength(100);
    await user.click(screen.getAllByRole("button", { name: "次のページ" })[0]);
    expect(screen.getByText("注意130")).toBeTruthy();
    expect(document.querySelectorAll("li[data-code]")).toHaveLength(30);
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
  async function openMapping(user: ReturnType<typeof userEvent.setup>) {
    await validate(user);
    await user.click(screen.getByRole("tab", { name: "列の対応" }));
  }
  const save = () => screen.getByRole("button", { name: "この対応で保存して再検証" });

  test("unsure recognition opens the mapping after 検証 and names the doubts; a sure one does not", async () => {
    const doubtful = { ...layoutOf(), doubts: ["no-baseline" as const, "competing-columns" as const] };
    const { user } = setup({ ...SCRIPT, layout: doubtful, confidence: 0.6 });
    await user.click(screen.getByRole("button", { name: "検証" }));
    expect(await screen.findByText(/列の認識に自信がありません（確度 60%）/)).toBeTruthy();
    expect(screen.getByRole("tab", { name: "列の対応" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText("現状値（基準値）の列が見つかりません")).toBeTruthy();
    expect(screen.getByText("同じ項目に当たる列が複数あり、一つを選びました")).toBeTruthy();
    cleanup();
    // Near miss: the same table recognised with confidence 0.95 stays on the findings.
    const sure = setup({ ...SCRIPT, layout: doubtful, confidence: 0.95 });
    await sure.user.click(screen.getByRole("button", { name: "検証" }));
    await screen.findByTestId("verdict");
    expect(screen.getByRole("tab", { name: "検証結果" }).getAttribute("aria-selected")).toBe("true");
  });

  test("unsure recognition asks for a check; a corrected column is saved in the workbook and used by the next check", async () => {
    const { user, port, checker } = setup({ ...SCRIPT, layout: layoutOf(), confidence: 0.6 });
    await openMapping(user);
    expect(screen.getByText(/列の認識に自信がありません（確度 60%）/)).toBeTruthy();
    const target = screen.getByRole("combobox", { name: "目標値" }) as HTMLSelectElement;
    expect(target.value).toBe("D");
    // Each column letter comes with its header text.
    expect(within(target).getByRole("option", { name: "D列：R12指標値" })).toBeTruthy();
    expect(screen.getAllByText("見出し：R12指標値").length).toBeGreaterThan(0);
    await user.selectOptions(target, "C");
    await user.selectOptions(screen.getByRole("combobox", { name: "現状値" }), "");
    await user.selectOptions(screen.getByRole("combobox", { name: "設定根拠" }), "D");
    await user.click(save());
    await screen.findByText("列の対応をブックに保存しました。");
    const saved = [
      {
        sheet: "KPI",
        headerTop: 1,
        headerBottom: 2,
        dataBottom: 5,
        columns: { no: "A", indicator: "B", target: "C", basis: "D" },
        actuals: [],
        targetYear: "R12",
        anchor: {
          header: ["No\t指標\t現状値\tR12指標値", "\t\t\t"],
          first: "観光入込客数",
          last: { text: "相談件数", below: 0 },
        },
      },
    ];
    expect(await port.getSetting("mapping")).toEqual(saved);
    expect(checker.calls[checker.calls.length - 1]).toEqual(saved);
    expect(screen.getByText("手動で指定した対応を使用中")).toBeTruthy();
  });

  test("the same column for two fields is named and blocks saving", async () => {
    const { user, port } = setup({ ...SCRIPT, layout: layoutOf(), confidence: 0.6 });
    await openMapping(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "設定根拠" }), "D");
    expect(screen.getByText("列Dは「設定根拠」にも割り当てられています。")).toBeTruthy();
    expect(screen.getByText("列Dは「目標値」にも割り当てられています。")).toBeTruthy();
    expect(save().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("この対応で保存して再検証：赤字の項目を直すと保存できます。")).toBeTruthy();
    await user.click(save());
    expect(await port.getSetting("mapping")).toBeUndefined();
  });

  test("header rows edit as text: Backspace empties, retyping works, the bottom cannot be above the top", async () => {
    const { user } = setup({ ...SCRIPT, layout: layoutOf(), confidence: 0.6 });
    await openMapping(user);
    const top = screen.getByRole("textbox", { name: "見出しの上端の行" }) as HTMLInputElement;
    await user.click(top);
    await user.keyboard("{End}{Backspace}");
    expect(top.value).toBe("");
    expect(screen.getByText("1以上の行番号を入れてください。")).toBeTruthy();
    await user.keyboard("4");
    expect(top.value).toBe("4");
    expect(screen.getByText("下端は上端と同じか、それより下の行にしてください。")).toBeTruthy();
    expect(save().getAttribute("aria-disabled")).toBe("true");
    await user.clear(top);
    await user.type(top, "2");
    expect(save().getAttribute("aria-disabled")).not.toBe("true");
  });

  test("a target year and an actual-year column set by hand are saved; 自動認識に戻す forgets the mapping", async () => {
    const { user, port, checker } = setup({ ...SCRIPT, layout: layoutOf(), confidence: 0.6 });
    await openMapping(user);
    expect(screen.getByRole("button", { name: "自動認識に戻す" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText(/自動認識に戻す：手動の対応を保存していないため/)).toBeTruthy();
    const targetYear = screen.getByRole("textbox", { name: /目標年度（例/ });
    await user.clear(targetYear);
    await user.type(targetYear, "来年");
    expect(screen.getByText("年度として読めません。")).toBeTruthy();
    await user.clear(targetYear);
    await user.type(targetYear, "令和11年度");
    expect(screen.getByText("R11（2029年度）として扱います")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "実績値の列を追加" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "実績値の列（1）" }), "C");
    // C is the baseline's column too.
    expect(save().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("列Cは「現状値」にも割り当てられています。")).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "現状値" }), "");
    await user.type(screen.getByRole("textbox", { name: "実績値の年度（1）" }), "2023");
    await user.click(save());
    await screen.findByText("列の対応をブックに保存しました。");
    const [saved] = (await port.getSetting("mapping")) as ManualMapping[];
    expect(saved.targetYear).toBe("R11");
    expect(saved.actuals).toEqual([{ col: "C", year: "2023" }]);
    expect(saved.columns.baseline).toBeUndefined();

    await user.click(screen.getByRole("button", { name: "自動認識に戻す" }));
    await screen.findByText("列の対応を自動認識に戻しました。");
    expect(await port.getSetting("mapping")).toEqual([]);
    expect(checker.calls[checker.calls.length - 1]).toEqual([]);
    expect(screen.queryByText("手動で指定した対応を使用中")).toBeNull();
  });

  test("sure recognition shows the map without a warning", async () => {
    const { user } = setup({ ...SCRIPT, layout: layoutOf(), confidence: 0.95 });
    await openMapping(user);
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

  test("a sheet of two tables: the second is chosen and corrected, the first stays automatic; reset is per table", async () => {
    const port = new MemoryPort([twoTableGrid()]);
    const { user } = setupWith(checkSheets, port);
    await openMapping(user);
    const table = screen.getByRole("combobox", { name: "直す表" }) as HTMLSelectElement;
    expect(
      within(table)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "表1：見出し2行目 A2:F2「観光入込客数」（確度 100%）",
      "表2：見出し7行目 A7:F7「保育所待機児童数」（確度 100%）",
      "見つからなかった表を指定する",
    ]);
    expect(screen.getByText(/このシートの他の表はそのまま読みます/)).toBeTruthy();
    await user.selectOptions(table, "1");
    expect((screen.getByRole("textbox", { name: "見出しの上端の行" }) as HTMLInputElement).value).toBe("7");
    const baseline = screen.getByRole("combobox", { name: "現状値" }) as HTMLSelectElement;
    expect(baseline.value).toBe("C");
    // The actual column R6実績 is given to the baseline by hand instead (R6 is the newer figure).
    await user.click(screen.getByRole("button", { name: "実績値の列（1）を外す" }));
    await user.selectOptions(baseline, "D");
    await user.click(save());
    await screen.findByText("列の対応をブックに保存しました。");
    const saved = (await port.getSetting("mapping")) as ManualMapping[];
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ headerTop: 6, headerBottom: 6, columns: { baseline: "D" }, actuals: [] });
    expect(saved[0].anchor?.first).toBe("保育所待機児童数");
    // The choice stays on the second table, now set by hand; the first is still recognised.
    expect(table.value).toBe("1");
    expect(
      within(table)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "表1：見出し2行目 A2:F2「観光入込客数」（確度 100%）",
      "表2：見出し7行目 A7:F7「保育所待機児童数」（手動）",
      "見つからなかった表を指定する",
    ]);
    expect(screen.getByText("手動で指定した対応を使用中")).toBeTruthy();
    await user.selectOptions(table, "0");
    expect(screen.getByText("認識した列の対応（確度 100%）")).toBeTruthy();
    expect(screen.getByRole("button", { name: "自動認識に戻す" }).getAttribute("aria-disabled")).toBe("true");

    await user.selectOptions(table, "1");
    await user.click(screen.getByRole("button", { name: "自動認識に戻す" }));
    await screen.findByText("列の対応を自動認識に戻しました。");
    expect(await port.getSetting("mapping")).toEqual([]);
  });

  test("unsure recognition of the second table opens the mapping on that table, naming its doubts", async () => {
    const doubtful: Checker = (grids, mappings) => {
      const check = checkSheets(grids, mappings);
      const sheet = check.report.sheets[0];
      if (sheet.tables[1]?.layout !== "custom") {
        sheet.tables[1].confidence = 0.55;
        check.layouts[sheet.name][1] = { ...check.layouts[sheet.name][1], doubts: ["no-target-year"] };
      }
      return check;
    };
    const { user } = setupWith(doubtful, new MemoryPort([twoTableGrid()]));
    await user.click(screen.getByRole("button", { name: "検証" }));
    expect(await screen.findByText(/列の認識に自信がありません（確度 55%）/)).toBeTruthy();
    const table = screen.getByRole("combobox", { name: "直す表" }) as HTMLSelectElement;
    expect(table.value).toBe("1");
    expect(
      within(table)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "表1：見出し2行目 A2:F2「観光入込客数」（確度 100%）",
      "表2：見出し7行目 A7:F7「保育所待機児童数」（確度 55%・要確認 1点）",
      "見つからなかった表を指定する",
    ]);
    expect((screen.getByRole("textbox", { name: "見出しの上端の行" }) as HTMLInputElement).value).toBe("7");
    expect(screen.getByText("目標年度がどこにも書かれていません")).toBeTruthy();
  });

  test("a mapping saved in the earlier form (one per sheet) is shown as that sheet's table and can be reset", async () => {
    const port = new MemoryPort([twoTableGrid()]);
    const old = { sheet: "二つの表", headerTop: 1, headerBottom: 1, columns: { indicator: "B", target: "E" } };
    await port.setSetting("mapping", [old]);
    const { user } = setupWith(checkSheets, port);
    await openMapping(user);
    expect(screen.getByText(/以前の形式で保存した対応です/)).toBeTruthy();
    const table = screen.getByRole("combobox", { name: "直す表" });
    expect(within(table).getAllByRole("option")).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "自動認識に戻す" }));
    await screen.findByText("列の対応を自動認識に戻しました。");
    expect(await port.getSetting("mapping")).toEqual([]);
    expect(within(table).getAllByRole("option")).toHaveLength(3);
  });

  test("a saved mapping whose table is gone is not used: the pane opens on it and it can be deleted", async () => {
    const port = new MemoryPort([twoTableGrid()]);
    const lost = {
      sheet: "二つの表",
      headerTop: 6,
      headerBottom: 6,
      columns: { indicator: "B", target: "E" },
      actuals: [],
      anchor: { header: ["成果指標\t基準値\tR6実績\t目標値"], first: "保育所等利用定員" },
    };
    await port.setSetting("mapping", [lost]);
    const { user } = setupWith(checkSheets, port);
    await user.click(screen.getByRole("button", { name: "検証" }));
    expect(await screen.findByText(/見出し7行目「保育所等利用定員」）に合う表が見つからないため/)).toBeTruthy();
    expect(screen.getByRole("tab", { name: "列の対応" }).getAttribute("aria-selected")).toBe("true");
    await user.click(screen.getByRole("button", { name: "この保存済みの対応を削除" }));
    await screen.findByText("列の対応を自動認識に戻しました。");
    expect(await port.getSetting("mapping")).toEqual([]);
    expect(screen.queryByText(/に合う表が見つからない/)).toBeNull();
  });
});

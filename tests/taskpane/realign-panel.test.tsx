/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { MemoryPort } from "../support/memory-port";
import { finding, kpiGrid, SCRIPT, scriptedChecker } from "./fixtures";

/** 列のずれを直す in the pane: shown only for COLUMN_SHIFT findings with moves, previewed, one undo step. */

const SHIFTED = {
  ...finding("COLUMN_SHIFT", "error", "D6", "列がずれています"),
  moves: [{ from: "D6", to: "E6", text: "130件" }],
};

function setup(findings = [...SCRIPT.findings, SHIFTED]) {
  const port = new MemoryPort([kpiGrid()]);
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} checker={scriptedChecker({ ...SCRIPT, findings })} />
    </FluentProvider>,
  );
  return { port, user: userEvent.setup() };
}

describe("列のずれを直す", () => {
  test("previews the moved cells and moves them as one guarded write, undoable", async () => {
    const { port, user } = setup();
    await user.click(screen.getByRole("button", { name: "検証" }));
    await screen.findByTestId("verdict");
    expect(screen.queryByText("6行目：D6 → E6「130件」")).toBeNull(); // built once opened
    await user.click(screen.getByText("移動するセル（1個）"));
    expect(await screen.findByText("6行目：D6 → E6「130件」")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "列のずれを直す（1行）" }));
    await screen.findByText("2個のセルを正しい列に移しました。「元に戻す」で戻せます。");
    expect(port.log.writes).toEqual([
      [
        { sheet: "KPI", address: "D6", value: "", group: "KPI!D6", expect: { value: "130件" } },
        { sheet: "KPI", address: "E6", value: "130件", group: "KPI!D6", expect: { value: null } },
      ],
    ]);
    expect(port.cellAt("KPI", "E6")?.value).toBe("130件");
    expect(await port.canRevert()).toBe(true);
  });

  test("is not offered without a COLUMN_SHIFT that has moves", async () => {
    const { user } = setup(SCRIPT.findings);
    await user.click(screen.getByRole("button", { name: "検証" }));
    await screen.findByTestId("verdict");
    expect(screen.queryByRole("button", { name: /列のずれを直す/ })).toBeNull();
  });
});

/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { NoHost } from "../../src/taskpane/components/NoHost";

function show(officeJs?: boolean) {
  render(
    <FluentProvider theme={webLightTheme}>
      <NoHost officeJs={officeJs} />
    </FluentProvider>,
  );
  return document.body.textContent ?? "";
}

describe("NoHost: outside Excel, two different causes", () => {
  test("a plain browser (office.js loaded, no host) says to open it in Excel", () => {
    const text = show();
    expect(text).toContain("Excelで開いてください");
    expect(text).toContain("Please open this in Excel");
    expect(text).not.toMatch(/Office\.js|appsforoffice/);
  });

  test("office.js blocked by the network says so and what IT must allow, not 「Excelで開いてください」", () => {
    const text = show(false);
    expect(text).toContain("Office.js）を読み込めませんでした");
    expect(text).toContain("情報システム担当");
    expect(text).toContain("https://appsforoffice.microsoft.com/");
    expect(text).toContain("could not be loaded");
    expect(text).not.toContain("Excelで開いてください");
    expect(text).not.toContain("Please open this in Excel");
  });

  test("both link the help page served with the pane", () => {
    show(false);
    expect(screen.getByRole("link", { name: "ヘルプ / Help" }).getAttribute("href")).toBe("assets/help.html");
  });
});

/**
 * The browser test's page: the production App over an in-memory workbook whose sheets the test
 * server hands over as JSON (read from a sample .xlsx in Node). The port is exposed on window so
 * the test can read the workbook back after 適用.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Grid } from "../../src/core/grid/grid";
import { App } from "../../src/taskpane/App";
import { checkSheets } from "../../src/taskpane/checker";
import { MemoryPort } from "../support/memory-port";

declare global {
  interface Window {
    __kpi?: { port: MemoryPort; renderedAt: number };
  }
}

async function main() {
  const grids = (await (await fetch("/e2e/grids.json")).json()) as Grid[];
  const port = new MemoryPort(grids);
  createRoot(document.getElementById("root") as HTMLElement).render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} checker={checkSheets} />
    </FluentProvider>,
  );
  window.__kpi = { port, renderedAt: performance.now() };
}

void main();

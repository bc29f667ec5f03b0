import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
// eslint-disable-next-line no-restricted-imports -- the composition root: the one place that picks the Excel adapter for the port
import { createExcelPort } from "../excel/excel-port";
import { App } from "./App";
import { workerChecker } from "./worker/worker-checker";
import { spawnCheckWorker } from "./worker/spawn";
import { NoHost } from "./components/NoHost";

/** True inside Excel; false in a plain browser (host null) or when office.js itself could not load. */
async function inExcel(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const { host } = await Office.onReady();
  return host === Office.HostType.Excel;
}

inExcel().then((excel) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(
    <FluentProvider theme={webLightTheme}>
      {excel ? <App port={createExcelPort()} checker={workerChecker(spawnCheckWorker)} /> : <NoHost />}
    </FluentProvider>,
  );
});

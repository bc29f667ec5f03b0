import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
// eslint-disable-next-line no-restricted-imports -- the composition root: the one place that picks the Excel adapter for the port
import { createExcelPort } from "../excel/excel-port";
import { App } from "./App";
import { workerChecker } from "./worker/worker-checker";
import { spawnCheckWorker } from "./worker/spawn";
import { NoHost } from "./components/NoHost";

/**
 * How long Office.onReady may take before the pane says office.js is blocked: on a closed network
 * the CDN script may load from cache while the files it fetches next never arrive.
 */
const READY_TIMEOUT_MS = 15_000;

const root = createRoot(document.getElementById("root") as HTMLElement);
function show(where: "excel" | "browser" | "no-office-js") {
  root.render(
    <FluentProvider theme={webLightTheme}>
      {where === "excel" ? (
        <App port={createExcelPort()} checker={workerChecker(spawnCheckWorker)} />
      ) : (
        <NoHost officeJs={where === "browser"} />
      )}
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") {
  show("no-office-js");
} else {
  // A slow start that passes the timeout still ends in the right state.
  const late = setTimeout(() => show("no-office-js"), READY_TIMEOUT_MS);
  void Office.onReady().then(({ host }) => {
    clearTimeout(late);
    show(host === Office.HostType.Excel ? "excel" : "browser");
  });
}

import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { texts } from "../i18n";

/**
 * Shown outside Excel, both languages, no error: a plain browser (`officeJs` loaded, no host) or a
 * network that blocked office.js (`officeJs` false), which only the IT department can fix.
 */
export function NoHost({ officeJs = true }: { officeJs?: boolean }) {
  const ja = texts("ja");
  const en = texts("en");
  const [title, body] = officeJs
    ? (["openInExcel", "openInExcelBody"] as const)
    : (["officeJsMissing", "officeJsMissingBody"] as const);
  return (
    <main style={{ padding: 16, overflowWrap: "anywhere" }}>
      <MessageBar intent={officeJs ? "info" : "warning"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{ja.t(title)}</MessageBarTitle>
          <p>{ja.t(body)}</p>
          <p lang="en">
            {en.t(title)}. {en.t(body)}
          </p>
          <Link href="assets/help.html" target="_blank">
            ヘルプ / Help
          </Link>
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}

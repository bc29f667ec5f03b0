import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { texts } from "../i18n";

/** Shown when the page is opened outside Excel (a plain browser): both languages, no error. */
export function NoHost() {
  const ja = texts("ja");
  const en = texts("en");
  return (
    <main style={{ padding: 16 }}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{ja.t("openInExcel")}</MessageBarTitle>
          <p>{ja.t("openInExcelBody")}</p>
          <p lang="en">
            {en.t("openInExcel")}. {en.t("openInExcelBody")}
          </p>
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}

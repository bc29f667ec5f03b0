import { useEffect, useRef } from "react";
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Texts } from "../i18n";
import type { CellChange } from "../model/changes";

/** What the last 適用 or 元に戻す did: its cells, or only a count when the cells are not known. */
export interface ChangeReport {
  kind: "applied" | "reverted";
  /** How many cells the workbook says it changed. */
  count: number;
  /** Each cell with what it showed before and after; null when not known (an earlier session's writes). */
  cells: CellChange[] | null;
}

const useStyles = makeStyles({
  root: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  list: { margin: "4px 0 0", paddingLeft: "16px", overflowWrap: "break-word" },
});

/**
 * Stays on screen until the next action, and takes the focus when it appears: after 適用 the
 * user (and a screen reader) lands on the list of what changed, wherever the button was.
 */
export function ChangeSummary({ report, manySheets, tx }: { report: ChangeReport; manySheets: boolean; tx: Texts }) {
  const s = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [report]);
  const title = tx.t(report.kind === "applied" ? "changesApplied" : "changesReverted", { n: report.count });
  return (
    <div ref={ref} tabIndex={-1} className={s.root} role="region" aria-label={title} data-testid="changes">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {report.cells ? (
            <>
              <MessageBarTitle>{title}</MessageBarTitle>
              <ul className={s.list}>
                {report.cells.map((c) => (
                  <li key={`${c.sheet}!${c.address}`}>
                    {tx.t("changeLine", {
                      cell: manySheets ? `${c.sheet}!${c.address}` : c.address,
                      before: c.before === "" ? tx.t("empty") : c.before,
                      after: c.after === "" ? tx.t("empty") : c.after,
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            tx.t("changesUnknown", { n: report.count })
          )}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

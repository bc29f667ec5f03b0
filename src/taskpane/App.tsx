import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Tab,
  TabList,
  Text,
  Title3,
} from "@fluentui/react-components";
import type { WorkbookPort } from "../port/workbook-port";
import type { ManualMapping } from "../core/layout/types";
import type { Checker } from "./checker";
import { texts } from "./i18n";
import { useLanguage } from "./hooks/useLanguage";
import { useTask } from "./hooks/useTask";
import { RESULT_SHEET, useWorkbookCheck } from "./hooks/useWorkbookCheck";
import { defaultTicked, previewRows, writesFor } from "./model/preview";
import { trendsByRow } from "./model/series";
import { marksFor, resultLines } from "./model/marks";
import { finalizeLabel, finalizedLine, hiddenLine, realignedLine, skippedLines } from "./port-notices";
import { realignments } from "./flows";
import { RealignPanel } from "./components/RealignPanel";
import { Summary } from "./components/Summary";
import { FindingsList } from "./components/FindingsList";
import { RecalcPreview } from "./components/RecalcPreview";
import { MappingEditor } from "./components/MappingEditor";

type View = "findings" | "recalc" | "mapping";

const useStyles = makeStyles({
  root: { padding: "12px", display: "flex", flexDirection: "column", gap: "8px" },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

export interface AppProps {
  port: WorkbookPort;
  /** The engine behind the pane (checkSheets from ./checker; tests may give another). */
  checker: Checker;
}

export function App({ port, checker }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = useLanguage(port);
  const tx = useMemo(() => texts(lang), [lang]);
  const task = useTask();
  const {
    check,
    mappings,
    hidden,
    run,
    apply: applyWrites,
    revert: revertWrites,
    realign: realignShifts,
    saveMapping,
  } = useWorkbookCheck(port, checker);
  const [view, setView] = useState<View>("findings");
  const [canRevert, setCanRevert] = useState(false);

  const rows = useMemo(() => (check ? previewRows(check.report) : []), [check]);
  const trends = useMemo(() => trendsByRow(check), [check]);
  const shifted = useMemo(() => (check ? realignments(check) : []), [check]);
  // Ticks belong to the preview they were made on: every new check (after apply or revert too)
  // starts again from the safe default ticks.
  const [ticks, setTicks] = useState<{ rows: typeof rows; ticked: Set<string> } | null>(null);
  const ticked = ticks && ticks.rows === rows ? ticks.ticked : defaultTicked(rows);

  useEffect(() => {
    port.canRevert().then(setCanRevert, () => setCanRevert(false));
  }, [port]);

  const validate = () =>
    task.run(async () => {
      await run();
      setView("findings");
    });
  const recalc = () =>
    task.run(async () => {
      await run();
      setView("recalc");
    });
  const apply = () =>
    task.run(async () => {
      const writes = writesFor(rows, ticked);
      if (writes.length === 0) return tx.t("nothingTicked");
      const applied = await applyWrites(writes);
      setCanRevert(applied.canRevert);
      return [tx.t("applied", { n: applied.written }), ...skippedLines(applied.skipped, "apply", lang)].join(" ");
    });
  const revert = () =>
    task.run(async () => {
      const reverted = await revertWrites();
      // Each 適用 is one undo step: an earlier one may be left to take back.
      setCanRevert(reverted.canRevert);
      return [tx.t("reverted", { n: reverted.restored }), ...skippedLines(reverted.skipped, "revert", lang)].join(" ");
    });
  const toggle = useCallback(
    (key: string, on: boolean) => {
      const next = new Set(ticked);
      if (on) next.add(key);
      else next.delete(key);
      setTicks({ rows, ticked: next });
    },
    [rows, ticked],
  );
  const select = (sheet: string, cell: string) => task.run(() => port.selectCell(sheet, cell));
  const mark = () =>
    task.run(async () => {
      if (!check) return;
      const marks = marksFor(check.report, lang);
      await port.clearMarks();
      const marked = await port.markCells(marks);
      return [tx.t("marked", { n: marked.marked }), ...skippedLines(marked.skipped, "marks", lang)].join(" ");
    });
  const clear = () =>
    task.run(async () => {
      const cleared = await port.clearMarks();
      return [tx.t("cleared"), ...skippedLines(cleared.kept, "marks", lang)].join(" ");
    });
  const realign = () =>
    task.run(async () => {
      const done = await realignShifts(shifted);
      setCanRevert(done.canRevert);
      return [realignedLine(done.written, lang), ...skippedLines(done.skipped, "apply", lang)].join(" ");
    });
  const finalize = () =>
    task.run(async () => {
      const done = await port.finalize();
      setCanRevert(false);
      return [finalizedLine(done.dropped, lang), ...skippedLines(done.kept, "marks", lang)].join(" ");
    });
  const writeResults = () =>
    task.run(async () => {
      if (!check) return;
      const lines = resultLines(check.report, lang);
      await port.writeResultSheet(lines, RESULT_SHEET);
      return tx.t("resultWritten", { n: lines.length });
    });
  const remap = (m: ManualMapping) =>
    task.run(async () => {
      await saveMapping(m);
      return tx.t("mappingSaved");
    });

  return (
    <main className={s.root} lang={lang}>
      <header className={s.header}>
        <Title3 as="h1">{tx.t("appTitle")}</Title3>
        <Switch
          label={tx.t("english")}
          checked={lang === "en"}
          onChange={(_, d) => task.run(() => setLang(d.checked ? "en" : "ja"))}
        />
      </header>
      <div className={s.actions}>
        <Button appearance="primary" disabled={task.busy} onClick={validate}>
          {tx.t("validate")}
        </Button>
        <Button disabled={task.busy} onClick={recalc}>
          {tx.t("recalc")}
        </Button>
        {task.busy && <Spinner size="tiny" label={tx.t("working")} />}
      </div>
      {task.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            {tx.t("failed")}: {task.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {task.notice && (
        <MessageBar intent="success">
          <MessageBarBody role="status">{task.notice}</MessageBarBody>
        </MessageBar>
      )}
      {!check ? (
        <Text>{tx.t("intro")}</Text>
      ) : (
        <>
          <Summary summary={check.report.summary} tx={tx} />
          {hidden.length > 0 && <Text>{hiddenLine(hidden, lang)}</Text>}
          <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)}>
            <Tab value="findings">{tx.t("tabFindings")}</Tab>
            <Tab value="recalc">{tx.t("tabRecalc")}</Tab>
            <Tab value="mapping">{tx.t("tabMapping")}</Tab>
          </TabList>
          {view === "findings" && (
            <>
              <div className={s.actions}>
                <Button size="small" disabled={task.busy} onClick={mark}>
                  {tx.t("markCells")}
                </Button>
                <Button size="small" disabled={task.busy} onClick={clear}>
                  {tx.t("clearMarks")}
                </Button>
                <Button size="small" disabled={task.busy} onClick={writeResults}>
                  {tx.t("resultSheet")}
                </Button>
                <Button size="small" disabled={task.busy} onClick={finalize}>
                  {finalizeLabel(lang)}
                </Button>
              </div>
              {shifted.length > 0 && <RealignPanel rows={shifted} lang={lang} busy={task.busy} onRealign={realign} />}
              <FindingsList report={check.report} tx={tx} onSelect={select} />
            </>
          )}
          {view === "recalc" && (
            <RecalcPreview
              rows={rows}
              ticked={ticked}
              trends={trends}
              tx={tx}
              busy={task.busy}
              canRevert={canRevert}
              onToggle={toggle}
              onApply={apply}
              onRevert={revert}
            />
          )}
          {view === "mapping" && (
            <MappingEditor check={check} mappings={mappings} tx={tx} busy={task.busy} onSave={remap} />
          )}
        </>
      )}
    </main>
  );
}

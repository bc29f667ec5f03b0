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
import type { SkippedCell, WorkbookPort } from "../port/workbook-port";
import type { ManualMapping } from "../core/layout/types";
import type { CheckOptions, Checker } from "./check-types";
import { texts } from "./i18n";
import { useLanguage } from "./hooks/useLanguage";
import { useTask } from "./hooks/useTask";
import { useWorkbookCheck } from "./hooks/useWorkbookCheck";
import { defaultTicked, previewRows, writesFor, type PreviewRow } from "./model/preview";
import { marksFor } from "./model/marks";
import { describeResults } from "../core/report/results-sheet";
import { changedCells, type CellRef } from "./model/changes";
import { tableToOpen } from "./model/mapping";
import { finalizeLabel, finalizedLine, hiddenLine, realignedLine, skippedLines } from "./port-notices";
import { realignments, type Realignment } from "./flows";
import { RealignPanel } from "./components/RealignPanel";
import { Summary } from "./components/Summary";
import { FindingsList } from "./components/FindingsList";
import { RecalcPreview } from "./components/RecalcPreview";
import { MappingEditor } from "./components/MappingEditor";
import { ChangeSummary, type ChangeReport } from "./components/ChangeSummary";

type View = "findings" | "recalc" | "mapping";

const useStyles = makeStyles({
  root: { padding: "12px", display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", flexWrap: "wrap", gap: "4px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  tabs: { flexWrap: "wrap" },
});

/** The cells 列のずれを直す writes: each move's source and destination. */
function realignedCells(rows: Realignment[]): CellRef[] {
  return rows.flatMap(({ sheet, moves }) =>
    [...new Set(moves.flatMap((m) => [m.from, m.to]))].map((address) => ({ sheet, address })),
  );
}

export interface AppProps {
  port: WorkbookPort;
  /** The engine behind the pane (a Web Worker in the add-in; tests may give another). */
  checker: Checker;
}

export function App({ port, checker }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = useLanguage(port);
  const tx = useMemo(() => texts(lang), [lang]);
  const task = useTask(tx.t("cancelled"));
  const {
    check,
    mappings,
    hidden,
    run,
    apply: applyWrites,
    revert: revertWrites,
    realign: realignShifts,
    saveMapping,
    forgetMapping,
  } = useWorkbookCheck(port, checker);
  const [view, setView] = useState<View>("findings");
  const [canRevert, setCanRevert] = useState(false);
  const [changes, setChanges] = useState<ChangeReport | null>(null);
  // The cells of each undo step this session made (適用, 列のずれを直す), last one last: 元に戻す
  // lists the last step's cells with what they show again.
  const [written, setWritten] = useState<CellRef[][]>([]);

  const rows = useMemo(() => (check ? previewRows(check.report) : []), [check]);
  const shifted = useMemo(() => (check ? realignments(check) : []), [check]);
  // Ticks belong to the preview they were made on: every new check (after apply or revert too)
  // starts again from the safe default ticks.
  const [ticks, setTicks] = useState<{ rows: PreviewRow[]; ticked: Set<string> } | null>(null);
  const defaults = useMemo(() => defaultTicked(rows), [rows]);
  const ticked = ticks && ticks.rows === rows ? ticks.ticked : defaults;

  useEffect(() => {
    port.canRevert().then(setCanRevert, () => setCanRevert(false));
  }, [port]);

  /** A user action; the summary of the last write stays until the next one. */
  const act = (action: (o: CheckOptions) => Promise<string | void>, cancellable = false) => {
    setChanges(null);
    return task.run(action, { cancellable });
  };
  /** The cells the port left alone, in words; nothing when it wrote them all. */
  const skippedNotice = (skipped: SkippedCell[], action: "apply" | "revert") =>
    skippedLines(skipped, action, lang).join(" ") || undefined;
  const validate = () =>
    act(async (o) => {
      const checked = await run(o);
      // Recognition unsure (a missing baseline, competing columns …) or a saved mapping no longer
      // matching its table: the mapping opens on that table, naming why.
      setView(tableToOpen(checked.check, checked.mappings) ? "mapping" : "findings");
    }, true);
  const recalc = () =>
    act(async (o) => {
      await run(o);
      setView("recalc");
    }, true);
  const apply = () =>
    act(async () => {
      const writes = writesFor(rows, ticked);
      if (writes.length === 0) return tx.t("nothingTicked");
      const before = check?.grids ?? [];
      const result = await applyWrites(writes);
      setCanRevert(result.canRevert);
      const refs = writes.map((w) => ({ sheet: w.sheet, address: w.address }));
      // A 適用 that wrote nothing (every cell changed since) leaves no undo step.
      if (result.written > 0) setWritten((steps) => [...steps, refs]);
      setChanges({ kind: "applied", count: result.written, cells: changedCells(before, result.check.grids, refs) });
      return skippedNotice(result.skipped, "apply");
    });
  const revert = () =>
    act(async () => {
      const before = check?.grids ?? [];
      const result = await revertWrites();
      // Each 適用 is one undo step: an earlier one may be left to take back.
      setCanRevert(result.canRevert);
      const last = written.at(-1);
      setChanges({
        kind: "reverted",
        count: result.restored,
        cells: last ? changedCells(before, result.check.grids, last) : null,
      });
      setWritten((steps) => steps.slice(0, -1));
      return skippedNotice(result.skipped, "revert");
    });
  const toggle = useCallback(
    (key: string, on: boolean) =>
      setTicks((prev) => {
        const next = new Set(prev && prev.rows === rows ? prev.ticked : defaultTicked(rows));
        if (on) next.add(key);
        else next.delete(key);
        return { rows, ticked: next };
      }),
    [rows],
  );
  const runTask = task.run;
  // Stable, so the memoised findings do not re-render when the pane does.
  const select = useCallback(
    (sheet: string, cell: string) => runTask(() => port.selectCell(sheet, cell)),
    [runTask, port],
  );
  const mark = () =>
    act(async () => {
      if (!check) return;
      const marks = marksFor(check.report, lang);
      await port.clearMarks();
      const marked = await port.markCells(marks);
      return [tx.t("marked", { n: marked.marked }), ...skippedLines(marked.skipped, "marks", lang)].join(" ");
    });
  const clear = () =>
    act(async () => {
      const cleared = await port.clearMarks();
      return [tx.t("cleared"), ...skippedLines(cleared.kept, "marks", lang)].join(" ");
    });
  const realign = () =>
    act(async () => {
      const done = await realignShifts(shifted);
      setCanRevert(done.canRevert);
      if (done.written > 0) setWritten((steps) => [...steps, realignedCells(shifted)]);
      return [realignedLine(done.written, lang), ...skippedLines(done.skipped, "apply", lang)].join(" ");
    });
  const finalize = () =>
    act(async () => {
      const done = await port.finalize();
      setCanRevert(false);
      setWritten([]);
      return [finalizedLine(done.dropped, lang), ...skippedLines(done.kept, "marks", lang)].join(" ");
    });
  const writeResults = () =>
    act(async () => {
      if (!check) return;
      // In the pane's language: the sheet is read by the person who reads the pane.
      const tables = describeResults(check.report, lang);
      await port.writeResultSheet(tables);
      return tx.t("resultWritten", { n: tables[0].rows.length });
    });
  const remap = (m: ManualMapping, replaces?: ManualMapping) =>
    act(async (o) => {
      await saveMapping(m, replaces, o);
      return tx.t("mappingSaved");
    }, true);
  const reset = (m: ManualMapping) =>
    act(async (o) => {
      await forgetMapping(m, o);
      return tx.t("mappingReset");
    }, true);

  const progress = task.progress
    ? tx.t("progress", {
        sheet: task.progress.sheet,
        sheets: task.progress.sheets,
        rows: task.progress.rows.toLocaleString("en-US"),
      })
    : task.cancellable
      ? tx.t("reading")
      : tx.t("working");

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
      </div>
      {task.busy && (
        <div className={s.actions} aria-live="polite">
          <Spinner size="tiny" label={progress} />
          {task.cancellable && (
            <Button size="small" onClick={task.cancel}>
              {tx.t("cancel")}
            </Button>
          )}
        </div>
      )}
      {task.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {tx.t("failed")}: {task.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {task.notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody role="status">{task.notice}</MessageBarBody>
        </MessageBar>
      )}
      {changes && <ChangeSummary report={changes} manySheets={(check?.grids.length ?? 0) > 1} tx={tx} />}
      {!check ? (
        <Text>{tx.t("intro")}</Text>
      ) : (
        <>
          <Summary summary={check.report.summary} tx={tx} />
          {hidden.length > 0 && <Text>{hiddenLine(hidden, lang)}</Text>}
          <TabList className={s.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)}>
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
              trends={check.trends}
              tx={tx}
              busy={task.busy}
              canRevert={canRevert}
              onToggle={toggle}
              onApply={apply}
              onRevert={revert}
            />
          )}
          {view === "mapping" && (
            <MappingEditor check={check} mappings={mappings} tx={tx} busy={task.busy} onSave={remap} onReset={reset} />
          )}
        </>
      )}
    </main>
  );
}

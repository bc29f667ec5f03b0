import { useMemo, useState } from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { columnLetters } from "../../core/grid/grid";
import type { FieldName, ManualMapping } from "../../core/layout/types";
import type { WorkbookCheck } from "../check-types";
import type { Texts } from "../i18n";
import {
  fieldsToShow,
  hasProblems,
  headerRows,
  headerTexts,
  problemsOf,
  rowNumber,
  slotKey,
  toManualMapping,
  yearOf,
  type DraftProblems,
  type MappingDraft,
  type RowProblem,
  type Slot,
  type TableRef,
  type TableSummary,
  SURE,
  tableToOpen,
  tableView,
} from "../model/mapping";
import { doubtLabels } from "../../core/messages/layout";
import { DisabledReason } from "./DisabledReason";

/** An option shows this much of its header; the full text is under the list. */
const OPTION_CHARS = 16;

const useStyles = makeStyles({
  doubts: { margin: "4px 0 0", paddingLeft: "16px" },
  rows: { display: "flex", gap: "8px", flexWrap: "wrap", margin: "8px 0" },
  rowInput: { width: "96px" },
  fields: { display: "flex", flexDirection: "column", gap: "8px", margin: "8px 0" },
  actual: { display: "flex", gap: "8px", alignItems: "flex-end", flexWrap: "wrap" },
  // In an actual-value row, column and year share the line when there is room, else stack.
  cell: { flex: "1 1 10em", minWidth: 0 },
  header: { color: tokens.colorNeutralForeground3, overflowWrap: "break-word" },
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap", margin: "8px 0" },
  // A native select is as wide as its longest option; in a 320 px pane it must take the field's width instead.
  select: { minWidth: 0 },
  // Likewise an input: as wide as its field, not as its default 20 characters.
  input: { minWidth: 0, width: "100%" },
});

interface Props {
  check: WorkbookCheck;
  mappings: ManualMapping[];
  tx: Texts;
  busy: boolean;
  /** Saves a table's mapping in place of the saved one it was edited from. */
  onSave(mapping: ManualMapping, replaces?: ManualMapping): void;
  /** Forgets one saved mapping: its table is recognised automatically again. */
  onReset(mapping: ManualMapping): void;
}

/**
 * The column map of one table of a sheet, correctable field by field and saved in the workbook:
 * header and last rows, each field's column (its header text beside the letter), the base and
 * target years, the actual-value columns with their years; or back to automatic. The sheet's other
 * tables keep their own reading.
 */
export function MappingEditor({ check, mappings, tx, busy, onSave, onReset }: Props) {
  const s = useStyles();
  // The table the pane opened this view for (unsure, or its saved mapping lost), else the first.
  const [choice, setChoice] = useState<TableRef>(() => {
    const open = tableToOpen(check, mappings);
    if (open) return open;
    const first = check.grids.find((g) => (check.layouts[g.name] ?? []).length > 0) ?? check.grids[0];
    return { sheet: first?.name ?? "", table: 0 };
  });
  const sheet = choice.sheet;
  const view = useMemo(() => tableView(check, mappings, choice), [check, mappings, choice]);
  const { grid, layout, table, unplaced, confidence, initial } = view;
  const saved = view.saved?.saved;
  const tableName = (t: TableSummary, i: number) => {
    const confidence = percent(t.confidence);
    const how = t.byHand
      ? tx.t("tableByHand")
      : t.doubts.length > 0
        ? tx.t("tableDoubtful", { confidence, n: t.doubts.length })
        : tx.t("tableConfidence", { confidence });
    const params = { n: i + 1, rows: t.rows, range: t.range, first: clip(t.first), how };
    return t.first ? tx.t("tableOption", params) : tx.t("tableOptionNoName", params);
  };

  // Edits belong to the mapping they started from: a new check or another sheet starts afresh.
  const [edit, setEdit] = useState<{ base: MappingDraft; draft: MappingDraft } | null>(null);
  const draft = edit && edit.base === initial ? edit.draft : initial;
  const setDraft = (change: Partial<MappingDraft>) => setEdit({ base: initial, draft: { ...draft, ...change } });
  const problems = useMemo(() => problemsOf(draft), [draft]);

  // Header texts follow the header rows as typed, once they make sense.
  const top = rowNumber(draft.headerTop);
  const bottom = rowNumber(draft.headerBottom);
  const headerTop = top !== null && bottom !== null && bottom >= top ? top : (rowNumber(initial.headerTop) ?? 1);
  const headerBottom =
    top !== null && bottom !== null && bottom >= top ? bottom : (rowNumber(initial.headerBottom) ?? 1);
  const headers = useMemo(
    () => (grid ? headerTexts(grid, headerTop, headerBottom) : []),
    [grid, headerTop, headerBottom],
  );
  const letters = useMemo(() => headers.map((_, i) => columnLetters(i)), [headers]);
  const pct = percent(confidence);

  const rowMessage = (p: RowProblem | undefined) => (p ? tx.t(p) : undefined);
  const slotName = (slot: Slot) =>
    "field" in slot ? tx.field(slot.field) : tx.t("actualColumn", { n: slot.actual + 1 });
  const takenMessage = (slot: Slot, column: string | undefined) => {
    const other = problems.taken.get(slotKey(slot));
    return other && column ? tx.t("columnTaken", { column, other: slotName(other) }) : undefined;
  };
  const columnSelect = (
    label: string,
    value: string,
    onChange: (v: string) => void,
    slot: Slot,
    className?: string,
  ) => {
    const index = value ? letters.indexOf(value) : -1;
    const header = index >= 0 ? headers[index] : "";
    const taken = takenMessage(slot, value);
    return (
      <Field
        label={label}
        validationState={taken ? "error" : "none"}
        validationMessage={taken}
        hint={header ? tx.t("headerText", { text: header }) : undefined}
        className={className}
      >
        <Select
          className={s.select}
          select={{ className: s.select }}
          value={value}
          onChange={(_, d) => onChange(d.value)}
        >
          <option value="">{tx.t("mappingNone")}</option>
          {letters.map((l, i) => (
            <option key={l} value={l}>
              {headers[i]
                ? tx.t("columnOption", { letter: l, text: clip(headers[i]) })
                : tx.t("columnOptionEmpty", { letter: l })}
            </option>
          ))}
        </Select>
      </Field>
    );
  };
  const yearField = (
    label: string,
    value: string,
    bad: boolean | undefined,
    onChange: (v: string) => void,
    className?: string,
  ) => {
    const year = yearOf(value);
    return (
      <Field
        label={label}
        className={className}
        validationState={bad ? "error" : year ? "success" : "none"}
        validationMessage={
          bad ? tx.t("yearUnread") : year ? tx.t("yearRead", { label: year.label, fy: year.fy }) : undefined
        }
      >
        <Input
          className={s.input}
          input={{ className: s.input }}
          value={value}
          onChange={(_, d) => onChange(d.value)}
        />
      </Field>
    );
  };
  const setColumn = (field: FieldName, letter: string) =>
    setDraft({ columns: { ...draft.columns, [field]: letter || undefined } });
  const setActual = (i: number, change: Partial<MappingDraft["actuals"][number]>) =>
    setDraft({ actuals: draft.actuals.map((a, k) => (k === i ? { ...a, ...change } : a)) });

  const saveWhy = saveReason(problems, tx);
  return (
    <section aria-label={tx.t("tabMapping")}>
      {check.grids.length > 1 && (
        <Field label={tx.t("sheet")}>
          <Select
            className={s.select}
            select={{ className: s.select }}
            value={sheet}
            onChange={(_, d) => setChoice({ sheet: d.value, table: 0 })}
          >
            {check.grids.map((g) => (
              <option key={g.name}>{g.name}</option>
            ))}
          </Select>
        </Field>
      )}
      {unplaced.map((m, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>
            {m.anchor?.first
              ? tx.t("mappingUnplaced", { rows: headerRows(m), first: m.anchor.first })
              : tx.t("mappingUnplacedNoName", { rows: headerRows(m) })}
            <div>
              <Button size="small" disabledFocusable={busy} onClick={() => onReset(m)}>
                {tx.t("forgetUnplaced")}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ))}
      <Field label={tx.t("table")} hint={view.tables.length > 1 ? tx.t("tableOthersKept") : undefined}>
        <Select
          className={s.select}
          select={{ className: s.select }}
          value={String(table)}
          onChange={(_, d) => setChoice({ sheet, table: Number(d.value) })}
        >
          {view.tables.map((t, i) => (
            <option key={i} value={String(i)}>
              {tableName(t, i)}
            </option>
          ))}
          <option value={String(view.tables.length)}>{tx.t("tableNew")}</option>
        </Select>
      </Field>
      {saved ? (
        <>
          <Text>{tx.t("mappingManual")}</Text>
          {!saved.anchor && <Text>{tx.t("mappingWholeSheet")}</Text>}
        </>
      ) : layout && confidence >= SURE ? (
        <Text>{tx.t("mappingSure", { confidence: pct })}</Text>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {layout ? tx.t("mappingUnsure", { confidence: pct }) : tx.t("noTable")}
            {layout?.doubts?.length ? (
              <ul className={s.doubts}>
                {layout.doubts.map((d) => (
                  <li key={d}>{doubtLabels[d][tx.lang]}</li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.rows}>
        <RowInput
          label={tx.t("headerTop")}
          value={draft.headerTop}
          error={rowMessage(problems.headerTop)}
          onChange={(v) => setDraft({ headerTop: v })}
        />
        <RowInput
          label={tx.t("headerBottom")}
          value={draft.headerBottom}
          error={rowMessage(problems.headerBottom)}
          onChange={(v) => setDraft({ headerBottom: v })}
        />
        <RowInput
          label={tx.t("dataBottom")}
          value={draft.dataBottom}
          error={rowMessage(problems.dataBottom)}
          onChange={(v) => setDraft({ dataBottom: v })}
        />
      </div>
      <div className={s.fields}>
        {fieldsToShow(draft.columns).map((field) => (
          <div key={field}>
            {columnSelect(tx.field(field), draft.columns[field] ?? "", (v) => setColumn(field, v), { field })}
          </div>
        ))}
      </div>
      <div className={s.fields}>
        {yearField(tx.t("baselineYearInput"), draft.baselineYear, problems.baselineYear, (v) =>
          setDraft({ baselineYear: v }),
        )}
        {yearField(tx.t("targetYearInput"), draft.targetYear, problems.targetYear, (v) => setDraft({ targetYear: v }))}
      </div>
      <Subtitle2 as="h3">{tx.t("actualsTitle")}</Subtitle2>
      <div className={s.fields}>
        {draft.actuals.map((a, i) => (
          <div key={i} className={s.actual} data-actual={i}>
            {columnSelect(
              tx.t("actualColumn", { n: i + 1 }),
              a.col,
              (v) => setActual(i, { col: v }),
              { actual: i },
              s.cell,
            )}
            {yearField(
              tx.t("actualYear", { n: i + 1 }),
              a.year,
              problems.actualYears.has(i),
              (v) => setActual(i, { year: v }),
              s.cell,
            )}
            <Button
              size="small"
              aria-label={tx.t("removeActual", { n: i + 1 })}
              onClick={() => setDraft({ actuals: draft.actuals.filter((_, k) => k !== i) })}
            >
              ×
            </Button>
          </div>
        ))}
        <div>
          <Button size="small" onClick={() => setDraft({ actuals: [...draft.actuals, { col: "", year: "" }] })}>
            {tx.t("addActual")}
          </Button>
        </div>
      </div>
      <div className={s.buttons}>
        <Button
          appearance="primary"
          disabledFocusable={busy || saveWhy !== null}
          aria-describedby={saveWhy ? "why-save" : undefined}
          onClick={() => grid && onSave(toManualMapping(draft, grid), saved)}
        >
          {tx.t("mappingSave")}
        </Button>
        <Button
          disabledFocusable={busy || !saved}
          aria-describedby={!saved ? "why-reset" : undefined}
          onClick={() => saved && onReset(saved)}
        >
          {tx.t("resetMapping")}
        </Button>
      </div>
      <DisabledReason id="why-save" text={busy ? null : saveWhy} />
      <DisabledReason
        id="why-reset"
        text={busy || saved ? null : tx.t("whyLine", { button: tx.t("resetMapping"), why: tx.t("whyNoSavedMapping") })}
      />
    </section>
  );
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

function clip(text: string): string {
  return text.length > OPTION_CHARS ? `${text.slice(0, OPTION_CHARS)}…` : text;
}

function saveReason(p: DraftProblems, tx: Texts): string | null {
  const why = p.noIndicator ? tx.t("whyNoIndicator") : hasProblems(p) ? tx.t("whyMappingInvalid") : null;
  return why && tx.t("whyLine", { button: tx.t("mappingSave"), why });
}

/** A row number typed as text: it can be emptied and retyped; the error says what is wrong. */
function RowInput(props: { label: string; value: string; error: string | undefined; onChange(v: string): void }) {
  const s = useStyles();
  return (
    <Field label={props.label} validationState={props.error ? "error" : "none"} validationMessage={props.error}>
      <Input
        className={s.rowInput}
        input={{ className: s.input }}
        inputMode="numeric"
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  );
}

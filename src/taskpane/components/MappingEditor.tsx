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
  headerTexts,
  initialDraft,
  problemsOf,
  rowNumber,
  slotKey,
  toManualMapping,
  yearOf,
  type DraftProblems,
  type MappingDraft,
  type RowProblem,
  type Slot,
  SURE,
  unsureSheet,
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
  onSave(mapping: ManualMapping): void;
  onReset(sheet: string): void;
}

/**
 * The column map of a sheet's (first) table, correctable field by field and saved in the
 * workbook: header and last rows, each field's column (its header text beside the letter), the
 * base and target years, the actual-value columns with their years; or back to automatic.
 */
export function MappingEditor({ check, mappings, tx, busy, onSave, onReset }: Props) {
  const s = useStyles();
  const sheetsWithTables = check.grids.filter((g) => (check.layouts[g.name] ?? []).length > 0);
  // A sheet recognised with doubt first: the pane opened this view to have it checked.
  const [sheet, setSheet] = useState(unsureSheet(check.report) ?? (sheetsWithTables[0] ?? check.grids[0])?.name ?? "");
  const grid = check.grids.find((g) => g.name === sheet);
  const layout = check.layouts[sheet]?.[0] ?? null;
  const saved = mappings.find((m) => m.sheet === sheet);
  const confidence = check.report.sheets.find((r) => r.name === sheet)?.tables[0]?.confidence ?? 0;

  const initial = useMemo(() => initialDraft(sheet, saved, layout), [sheet, saved, layout]);
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
  const pct = `${Math.round(confidence * 100)}%`;

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
            onChange={(_, d) => setSheet(d.value)}
          >
            {check.grids.map((g) => (
              <option key={g.name}>{g.name}</option>
            ))}
          </Select>
        </Field>
      )}
      {saved ? (
        <Text>{tx.t("mappingManual")}</Text>
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
          onClick={() => onSave(toManualMapping(draft))}
        >
          {tx.t("mappingSave")}
        </Button>
        <Button
          disabledFocusable={busy || !saved}
          aria-describedby={!saved ? "why-reset" : undefined}
          onClick={() => onReset(sheet)}
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

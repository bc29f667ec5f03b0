import { useMemo, useState } from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { columnLetters } from "../../core/grid/grid";
import type { FieldName, ManualMapping } from "../../core/layout/types";
import type { WorkbookCheck } from "../checker";
import type { Texts } from "../i18n";
import { columnsOf, fieldsToShow, toManualMapping, type MappingDraft } from "../model/mapping";

/** Below this the recognition is unsure and the view asks the user to check it (layout contract). */
const SURE = 0.8;

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", alignItems: "end", margin: "8px 0" },
  narrow: { width: "80px" },
});

interface Props {
  check: WorkbookCheck;
  mappings: ManualMapping[];
  tx: Texts;
  busy: boolean;
  onSave(mapping: ManualMapping): void;
}

/** The column map of a sheet's (first) table, correctable field by field and saved in the workbook. */
export function MappingEditor({ check, mappings, tx, busy, onSave }: Props) {
  const s = useStyles();
  const sheetsWithTables = check.grids.filter((g) => (check.tables[g.name] ?? []).length > 0);
  const [sheet, setSheet] = useState((sheetsWithTables[0] ?? check.grids[0])?.name ?? "");
  const grid = check.grids.find((g) => g.name === sheet);
  const layout = check.tables[sheet]?.[0]?.layout ?? null;
  const saved = mappings.find((m) => m.sheet === sheet);
  const confidence = check.report.sheets.find((r) => r.name === sheet)?.tables[0]?.confidence ?? 0;

  const initial = useMemo<MappingDraft>(() => {
    if (saved) {
      return { sheet, headerTop: saved.headerTop + 1, headerBottom: saved.headerBottom + 1, columns: saved.columns };
    }
    if (layout) {
      return {
        sheet,
        headerTop: layout.headerTop + 1,
        headerBottom: layout.headerBottom + 1,
        columns: columnsOf(layout),
      };
    }
    return { sheet, headerTop: 1, headerBottom: 1, columns: {} };
  }, [sheet, saved, layout]);
  // Edits belong to the mapping they started from: a new check or another sheet starts afresh.
  const [edit, setEdit] = useState<{ base: MappingDraft; draft: MappingDraft } | null>(null);
  const draft = edit && edit.base === initial ? edit.draft : initial;
  const setDraft = (change: (d: MappingDraft) => MappingDraft) => setEdit({ base: initial, draft: change(draft) });

  const letters = useMemo(
    () => Array.from({ length: Math.max(grid?.colCount ?? 0, 1) }, (_, i) => columnLetters(i)),
    [grid],
  );
  const setColumn = (field: FieldName, letter: string) =>
    setDraft((d) => ({ ...d, columns: { ...d.columns, [field]: letter || undefined } }));
  const setHeader = (which: "headerTop" | "headerBottom", text: string) => {
    const n = Number(text);
    if (Number.isInteger(n) && n >= 1) setDraft((d) => ({ ...d, [which]: n }));
  };
  const pct = `${Math.round(confidence * 100)}%`;

  return (
    <section aria-label={tx.t("tabMapping")}>
      {check.grids.length > 1 && (
        <Field label={tx.t("sheet")}>
          <Select value={sheet} onChange={(_, d) => setSheet(d.value)}>
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
        <MessageBar intent="warning">
          <MessageBarBody>{layout ? tx.t("mappingUnsure", { confidence: pct }) : tx.t("noTable")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        <Field label={tx.t("headerRows")}>
          <div className={s.row}>
            <Input
              className={s.narrow}
              type="number"
              aria-label="headerTop"
              value={String(draft.headerTop)}
              onChange={(_, d) => setHeader("headerTop", d.value)}
            />
            <span>–</span>
            <Input
              className={s.narrow}
              type="number"
              aria-label="headerBottom"
              value={String(draft.headerBottom)}
              onChange={(_, d) => setHeader("headerBottom", d.value)}
            />
          </div>
        </Field>
      </div>
      <Table size="extra-small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{tx.t("mappingField")}</TableHeaderCell>
            <TableHeaderCell>{tx.t("mappingColumn")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fieldsToShow(draft.columns).map((field) => (
            <TableRow key={field}>
              <TableCell>{tx.field(field)}</TableCell>
              <TableCell>
                <Select
                  aria-label={tx.field(field)}
                  value={draft.columns[field] ?? ""}
                  onChange={(_, d) => setColumn(field, d.value)}
                >
                  <option value="">{tx.t("mappingNone")}</option>
                  {letters.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </Select>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={busy || !draft.columns.indicator}
          onClick={() => onSave(toManualMapping(draft, layout))}
        >
          {tx.t("mappingSave")}
        </Button>
      </div>
    </section>
  );
}

import { useMemo, useState } from "react";
import { Badge, Field, makeStyles, Select, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Finding, Report, Severity } from "../../core/report/schema";
import type { Texts } from "../i18n";
import { findingMessage, findingTitle } from "../../core/messages";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: "none",
    padding: "6px 4px",
    font: "inherit",
    color: "inherit",
  },
  clickable: { cursor: "pointer", ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover } },
  head: { display: "flex", gap: "6px", alignItems: "center", marginBottom: "2px" },
  group: { marginTop: "12px" },
});

interface Located {
  sheet: string;
  finding: Finding;
}

interface Props {
  report: Report;
  tx: Texts;
  onSelect(sheet: string, cell: string): void;
}

/** Findings grouped by severity, filterable by code; a finding with a cell selects it when clicked. */
export function FindingsList({ report, tx, onSelect }: Props) {
  const s = useStyles();
  const [code, setCode] = useState("");
  const all = useMemo<Located[]>(
    () => report.sheets.flatMap((sh) => sh.findings.map((finding) => ({ sheet: sh.name, finding }))),
    [report],
  );
  const codes = useMemo(() => [...new Set(all.map((l) => l.finding.code))].sort(), [all]);
  const shown = code ? all.filter((l) => l.finding.code === code) : all;
  const manySheets = report.sheets.length > 1;

  if (all.length === 0) return <Text>{tx.t("noFindings")}</Text>;
  return (
    <section aria-label={tx.t("tabFindings")}>
      <Field label={tx.t("filterByCode")}>
        <Select value={code} onChange={(_, d) => setCode(d.value)}>
          <option value="">{tx.t("allCodes")}</option>
          {codes.map((c) => (
            <option key={c} value={c}>
              {findingTitle(c, tx.lang)}
            </option>
          ))}
        </Select>
      </Field>
      {SEVERITIES.map((sev) => {
        const group = shown.filter((l) => l.finding.severity === sev);
        if (group.length === 0) return null;
        return (
          <div key={sev} className={s.group} data-severity={sev}>
            <Subtitle2 as="h3">
              {tx.severity(sev)}（{group.length}）
            </Subtitle2>
            <ul className={s.list}>
              {group.map(({ sheet, finding: f }, i) => {
                const where = f.cell ? (manySheets ? `${sheet}!${f.cell}` : f.cell) : tx.t("sheetLevel");
                const body = (
                  <>
                    <span className={s.head}>
                      <Badge appearance="tint" color={BADGE[sev]}>
                        {where}
                      </Badge>
                      <Text size={200} weight="semibold" title={f.code}>
                        {findingTitle(f.code, tx.lang)}
                      </Text>
                    </span>
                    <Text size={300}>{findingMessage(f, tx.lang)}</Text>
                  </>
                );
                const cell = f.cell;
                return (
                  <li key={`${sheet}-${f.code}-${f.cell}-${i}`} data-code={f.code}>
                    {cell ? (
                      <button
                        type="button"
                        className={`${s.item} ${s.clickable}`}
                        title={tx.t("selectCell")}
                        onClick={() => onSelect(sheet, cell)}
                      >
                        {body}
                      </button>
                    ) : (
                      <div className={s.item}>{body}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

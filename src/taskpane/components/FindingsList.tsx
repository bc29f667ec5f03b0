import { memo, useMemo, useState } from "react";
import { Badge, Field, makeStyles, Select, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Finding, FindingCode, Report, Severity } from "../../core/report/schema";
import type { Texts } from "../i18n";
import { findingMessage, findingTitle } from "../../core/messages";
import { LazyDetails } from "./LazyDetails";
import { Pager, usePage } from "./Pager";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};
/** Findings per page: enough to read through, few enough that the pane stays quick. */
const PAGE = 100;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "left",
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: "none",
    padding: "6px 4px",
    font: "inherit",
    color: "inherit",
  },
  clickable: { cursor: "pointer", ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover } },
  head: { display: "flex", gap: "6px", alignItems: "center", flexWrap: "wrap", marginBottom: "2px" },
  where: { whiteSpace: "nowrap" },
  message: { overflowWrap: "anywhere" },
  group: { marginTop: "12px" },
  details: { fontSize: tokens.fontSizeBase200, padding: "0 4px 6px" },
  moves: { margin: "4px 0 0", paddingLeft: "16px", overflowWrap: "anywhere" },
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

/**
 * The message without the move list the shift message carries at its end: the moves are listed
 * behind 「詳細」 instead (a row can need a dozen).
 */
function withoutMoves(f: Finding, message: string): string {
  const moves = f.params.moves;
  if (!f.moves?.length || typeof moves !== "string" || !message.endsWith(moves)) return message;
  return message.slice(0, -moves.length).replace(/[:：]\s*$/, "。");
}

/** Findings grouped by severity, filterable by kind, a page at a time; a finding with a cell selects it when clicked. */
export function FindingsList({ report, tx, onSelect }: Props) {
  const s = useStyles();
  const [code, setCode] = useState("");
  const all = useMemo<Located[]>(() => {
    const located = report.sheets.flatMap((sh) => sh.findings.map((finding) => ({ sheet: sh.name, finding })));
    return SEVERITIES.flatMap((sev) => located.filter((l) => l.finding.severity === sev));
  }, [report]);
  const codes = useMemo(() => [...new Set(all.map((l) => l.finding.code))], [all]);
  const shown = useMemo(() => (code ? all.filter((l) => l.finding.code === code) : all), [all, code]);
  const counts = useMemo(() => {
    const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const l of shown) n[l.finding.severity]++;
    return n;
  }, [shown]);
  const { page, shown: onPage, setPage } = usePage(shown, PAGE);
  const manySheets = report.sheets.length > 1;

  if (all.length === 0) return <Text>{tx.t("noFindings")}</Text>;
  const pager = <Pager total={shown.length} page={page} size={PAGE} tx={tx} onPage={setPage} />;
  return (
    <section aria-label={tx.t("tabFindings")}>
      <Field label={tx.t("filterByKind")}>
        <Select value={code} onChange={(_, d) => setCode(d.value)}>
          <option value="">{tx.t("allKinds")}</option>
          {codes
            .map((c) => [c, findingTitle(c, tx.lang)] as const)
            .sort((a, b) => a[1].localeCompare(b[1], tx.lang))
            .map(([c, title]) => (
              <option key={c} value={c}>
                {title}
              </option>
            ))}
        </Select>
      </Field>
      {pager}
      {SEVERITIES.map((sev) => {
        const group = onPage.filter((l) => l.finding.severity === sev);
        if (group.length === 0) return null;
        return (
          <div key={sev} className={s.group} data-severity={sev}>
            <Subtitle2 as="h3">
              {tx.severity(sev)}（{counts[sev]}）
            </Subtitle2>
            <ul className={s.list}>
              {group.map(({ sheet, finding }, i) => (
                <FindingItem
                  key={`${sheet}-${finding.code}-${finding.cell}-${i}`}
                  sheet={sheet}
                  finding={finding}
                  manySheets={manySheets}
                  tx={tx}
                  onSelect={onSelect}
                />
              ))}
            </ul>
          </div>
        );
      })}
      {pager}
    </section>
  );
}

interface ItemProps {
  sheet: string;
  finding: Finding;
  manySheets: boolean;
  tx: Texts;
  onSelect(sheet: string, cell: string): void;
}

const FindingItem = memo(function FindingItem({ sheet, finding: f, manySheets, tx, onSelect }: ItemProps) {
  const s = useStyles();
  const where = f.cell ? (manySheets ? `${sheet}!${f.cell}` : f.cell) : tx.t("sheetLevel");
  const title = findingTitle(f.code as FindingCode, tx.lang);
  const message = withoutMoves(f, findingMessage(f, tx.lang));
  const body = (
    <>
      <span className={s.head}>
        <Badge appearance="tint" color={BADGE[f.severity]} className={s.where}>
          {where}
        </Badge>
        {/* The code stays within reach for support, in the tooltip only. */}
        <Text size={200} weight="semibold" title={f.code}>
          {title}
        </Text>
      </span>
      <Text size={300} className={s.message}>
        {message}
      </Text>
    </>
  );
  const cell = f.cell;
  return (
    <li data-code={f.code}>
      {cell ? (
        <button
          type="button"
          className={`${s.item} ${s.clickable}`}
          aria-label={`${where} ${title}: ${message} (${tx.t("selectCell")})`}
          onClick={() => onSelect(sheet, cell)}
        >
          {body}
        </button>
      ) : (
        <div className={s.item}>{body}</div>
      )}
      {f.moves && f.moves.length > 0 && (
        <LazyDetails className={s.details} summary={tx.t("movesDetail", { n: f.moves.length })}>
          {() => (
            <ul className={s.moves}>
              {f.moves!.map((m) => (
                <li key={`${m.from}-${m.to}`}>{tx.t("moveLine", { from: m.from, to: m.to, text: m.text })}</li>
              ))}
            </ul>
          )}
        </LazyDetails>
      )}
    </li>
  );
});

import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Summary as SummaryData } from "../../core/report/schema";
import type { Texts } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", gap: "12px", alignItems: "center", flexWrap: "wrap", padding: "8px 0" },
  count: { display: "flex", flexDirection: "column", alignItems: "center", minWidth: "56px" },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Counts by severity and the verdict: 提出可 when no error remains. */
export function Summary({ summary, tx }: { summary: SummaryData; tx: Texts }) {
  const s = useStyles();
  const ready = summary.errors === 0;
  const counts: [string, number, string][] = [
    ["errors", summary.errors, tx.t("errors")],
    ["warnings", summary.warnings, tx.t("warnings")],
    ["infos", summary.infos, tx.t("infos")],
    ["rows", summary.rows, tx.t("rows")],
  ];
  return (
    <section className={s.root} aria-label={tx.t("summaryLabel")}>
      <Badge size="large" appearance="filled" color={ready ? "success" : "danger"} data-testid="verdict">
        {ready ? tx.t("ready") : tx.t("needsFix")}
      </Badge>
      {counts.map(([id, n, label]) => (
        <div key={id} className={s.count} data-testid={`count-${id}`}>
          <span className={s.number}>{n}</span>
          <Text size={200}>{label}</Text>
        </div>
      ))}
    </section>
  );
}

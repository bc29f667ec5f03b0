import {
  Badge,
  Button,
  Checkbox,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { TargetStatus } from "../../core/report/schema";
import type { Texts } from "../i18n";
import type { PreviewRow } from "../model/preview";
import type { TrendSeries } from "../model/series";
import { TrendChart } from "./TrendChart";

const STATUS_COLOR: Record<TargetStatus, "success" | "danger" | "brand" | "warning" | "subtle"> = {
  match: "success",
  mismatch: "danger",
  computed: "brand",
  unverifiable: "warning",
  "not-applicable": "subtle",
};

const useStyles = makeStyles({
  actions: { display: "flex", gap: "8px", margin: "8px 0" },
  // The row above and its explanation read as one: no rule between them.
  main: { borderBottomStyle: "none" },
  explanation: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, paddingBottom: "6px" },
  // A shifted row can put a whole paragraph in the target cell: three lines, the rest on hover.
  clamp: {
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    fontSize: tokens.fontSizeBase200,
  },
  indicator: { display: "flex", flexDirection: "column", gap: "2px" },
  empty: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  rows: PreviewRow[];
  ticked: ReadonlySet<string>;
  trends: ReadonlyMap<string, TrendSeries>;
  tx: Texts;
  busy: boolean;
  canRevert: boolean;
  onToggle(key: string, on: boolean): void;
  onApply(): void;
  onRevert(): void;
}

/** The recalculation preview: one line per indicator, ticked lines are written by 適用. */
export function RecalcPreview({ rows, ticked, trends, tx, busy, canRevert, onToggle, onApply, onRevert }: Props) {
  const s = useStyles();
  const tickedCount = rows.filter((r) => r.fill && ticked.has(r.key)).length;
  return (
    <section aria-label={tx.t("tabRecalc")}>
      <div className={s.actions}>
        <Button appearance="primary" disabled={busy || tickedCount === 0} onClick={onApply}>
          {tx.t("apply")}
          {tickedCount > 0 ? `（${tickedCount}）` : ""}
        </Button>
        <Button disabled={busy || !canRevert} onClick={onRevert}>
          {tx.t("revert")}
        </Button>
      </div>
      {rows.length === 0 ? (
        <Text>{tx.t("noPreview")}</Text>
      ) : (
        <Table size="extra-small" aria-label={tx.t("recalc")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: 44 }} />
              <TableHeaderCell>{tx.t("colIndicator")}</TableHeaderCell>
              <TableHeaderCell>{tx.t("colCurrent")}</TableHeaderCell>
              <TableHeaderCell>{tx.t("colComputed")}</TableHeaderCell>
              <TableHeaderCell style={{ width: 84 }}>{tx.t("colStatus")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.flatMap((r) => {
              const trend = trends.get(r.key);
              return [
                <TableRow key={r.key} data-row={r.key} className={s.main}>
                  <TableCell>
                    {r.fill && (
                      <Checkbox
                        checked={ticked.has(r.key)}
                        aria-label={tx.t("tickRow", { indicator: r.indicator })}
                        onChange={(_, d) => onToggle(r.key, d.checked === true)}
                      />
                    )}
                  </TableCell>
                  <TableCell>
                    <div className={s.indicator}>
                      <Text size={200}>{r.indicator}</Text>
                      {trend && <TrendChart series={trend} label={tx.t("chartLabel", { indicator: r.indicator })} />}
                    </div>
                  </TableCell>
                  <TableCell>
                    {r.current === null ? (
                      <span className={s.empty}>{tx.t("empty")}</span>
                    ) : (
                      <span className={s.clamp} title={r.current}>
                        {r.current}
                      </span>
                    )}
                  </TableCell>
                  <TableCell>{r.computed ?? <span className={s.empty}>{tx.t("notComputable")}</span>}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={STATUS_COLOR[r.status]}>
                      {tx.targetStatus(r.status)}
                    </Badge>
                  </TableCell>
                </TableRow>,
                // The explanation is long prose: a full-width line under its row fits a narrow pane.
                <TableRow key={`${r.key}-explanation`} data-explains={r.key}>
                  <TableCell />
                  <TableCell colSpan={4} className={s.explanation} aria-label={tx.t("colExplanation")}>
                    {tx.lang === "en" ? r.explanationEn : r.explanation}
                  </TableCell>
                </TableRow>,
              ];
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

import { memo } from "react";
import { Badge, Button, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { TargetStatus } from "../../core/report/schema";
import type { Texts } from "../i18n";
import type { PreviewRow, WrittenForm } from "../model/preview";
import type { TrendSeries } from "../model/series";
import { TrendChart } from "./TrendChart";
import { DisabledReason } from "./DisabledReason";
import { Pager, usePage } from "./Pager";

const STATUS_COLOR: Record<TargetStatus, "success" | "danger" | "brand" | "warning" | "subtle"> = {
  match: "success",
  mismatch: "danger",
  computed: "brand",
  unverifiable: "warning",
  "not-applicable": "subtle",
};
/** Indicators per page (each carries a chart and a few lines of explanation). */
const PAGE = 50;

const useStyles = makeStyles({
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", margin: "8px 0 4px" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "32px minmax(0, 1fr)",
    columnGap: "4px",
    padding: "8px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", gap: "6px", alignItems: "flex-start", justifyContent: "space-between", flexWrap: "wrap" },
  name: { overflowWrap: "break-word", minWidth: "8em", flex: "1 1 8em" },
  // Labels on the left, values on the right; a value wraps between words, never inside a number.
  values: {
    display: "grid",
    gridTemplateColumns: "fit-content(45%) minmax(0, 1fr)",
    columnGap: "8px",
    rowGap: "2px",
    margin: "4px 0",
    fontSize: tokens.fontSizeBase200,
  },
  label: { color: tokens.colorNeutralForeground3, margin: 0 },
  value: { margin: 0, overflowWrap: "break-word" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  explanation: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
    margin: "2px 0 0",
  },
});

interface Props {
  rows: PreviewRow[];
  ticked: ReadonlySet<string>;
  trends: Readonly<Record<string, TrendSeries>>;
  tx: Texts;
  busy: boolean;
  canRevert: boolean;
  onToggle(key: string, on: boolean): void;
  onApply(): void;
  onRevert(): void;
}

/** The recalculation preview: one entry per indicator, a page at a time; ticked entries are written by 適用. */
export function RecalcPreview({ rows, ticked, trends, tx, busy, canRevert, onToggle, onApply, onRevert }: Props) {
  const s = useStyles();
  const { page, shown, setPage } = usePage(rows, PAGE);
  let tickedCount = 0;
  for (const r of rows) if (r.fill && ticked.has(r.key)) tickedCount++;
  // While busy the spinner beside 検証 says why; otherwise each disabled button says it in words.
  const applyWhy =
    busy || tickedCount > 0 ? null : tx.t("whyLine", { button: tx.t("apply"), why: tx.t("whyApplyDisabled") });
  const revertWhy =
    busy || canRevert ? null : tx.t("whyLine", { button: tx.t("revert"), why: tx.t("whyRevertDisabled") });
  const pager = <Pager total={rows.length} page={page} size={PAGE} tx={tx} onPage={setPage} />;
  return (
    <section aria-label={tx.t("tabRecalc")}>
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy || applyWhy !== null}
          aria-describedby={applyWhy ? "why-apply" : undefined}
          onClick={onApply}
        >
          {tx.t("apply")}
          {tickedCount > 0 ? `（${tickedCount}）` : ""}
        </Button>
        <Button
          disabledFocusable={busy || revertWhy !== null}
          aria-describedby={revertWhy ? "why-revert" : undefined}
          onClick={onRevert}
        >
          {tx.t("revert")}
        </Button>
      </div>
      <DisabledReason id="why-apply" text={applyWhy} />
      <DisabledReason id="why-revert" text={revertWhy} />
      {rows.length === 0 ? (
        <Text>{tx.t("noPreview")}</Text>
      ) : (
        <>
          {pager}
          <ul className={s.list} aria-label={tx.t("recalc")}>
            {shown.map((r) => (
              <PreviewItem
                key={r.key}
                row={r}
                ticked={ticked.has(r.key)}
                trend={trends[r.key]}
                tx={tx}
                onToggle={onToggle}
              />
            ))}
          </ul>
          {pager}
        </>
      )}
    </section>
  );
}

function formText(form: WrittenForm, tx: Texts): string {
  switch (form.kind) {
    case "reason":
      return tx.t("formReason", { why: tx.lang === "en" ? form.whyEn : form.why });
    case "basis":
      return tx.t("formBasis", { words: form.words });
    case "as-computed":
      return tx.t("formAsComputed");
    case "parts":
      return tx.t("formParts");
    case "digits":
      return tx.t("formDigits", {
        place: form.decimals === 0 ? tx.t("placeWhole") : tx.t("placeDecimal", { n: form.decimals }),
      });
  }
}

interface ItemProps {
  row: PreviewRow;
  ticked: boolean;
  trend: TrendSeries | undefined;
  tx: Texts;
  onToggle(key: string, on: boolean): void;
}

/** One indicator; memoised so that ticking a box re-renders that entry alone. */
const PreviewItem = memo(function PreviewItem({ row: r, ticked, trend, tx, onToggle }: ItemProps) {
  const s = useStyles();
  const noWrite = r.exact === null ? null : r.status === "match" ? tx.t("noWriteMatch") : tx.t("noWriteSame");
  return (
    <li className={s.item} data-row={r.key} data-status={r.status}>
      <div>
        {r.fill && (
          <Checkbox
            checked={ticked}
            aria-label={tx.t("tickRow", { indicator: r.indicator })}
            onChange={(_, d) => onToggle(r.key, d.checked === true)}
          />
        )}
      </div>
      <div>
        <div className={s.head}>
          <Text size={300} className={s.name} data-name>
            {r.indicator}
          </Text>
          <Badge appearance="tint" color={STATUS_COLOR[r.status]}>
            {tx.targetStatus(r.status)}
          </Badge>
        </div>
        {trend && <TrendChart series={trend} label={tx.t("chartLabel", { indicator: r.indicator })} />}
        <dl className={s.values}>
          <dt className={s.label}>{tx.t("colCurrent")}</dt>
          <dd className={s.value} data-number="current">
            {r.current ?? <span className={s.muted}>{tx.t("empty")}</span>}
          </dd>
          <dt className={s.label}>{tx.t("colExact")}</dt>
          <dd className={s.value} data-number="exact">
            {r.exact ?? <span className={s.muted}>{tx.t("notComputable")}</span>}
          </dd>
          {(r.written !== null || noWrite !== null) && (
            <>
              <dt className={s.label}>{tx.t("colWritten")}</dt>
              <dd className={`${s.value} ${r.written !== null ? s.strong : s.muted}`} data-number="written">
                {r.written ?? noWrite}
              </dd>
            </>
          )}
          {r.form && (
            <>
              <dt className={s.label}>{tx.t("colWhy")}</dt>
              <dd className={s.value} data-form={r.form.kind}>
                {formText(r.form, tx)}
              </dd>
            </>
          )}
        </dl>
        <p className={s.explanation} aria-label={tx.t("colExplanation")}>
          {tx.lang === "en" ? r.explanationEn : r.explanation}
        </p>
      </div>
    </li>
  );
});

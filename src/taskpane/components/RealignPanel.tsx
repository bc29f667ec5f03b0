import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../i18n";
import type { Realignment } from "../flows";
import { moveLine, realignLabel, realignPreviewLabel } from "../port-notices";
import { LazyDetails } from "./LazyDetails";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "4px", margin: "4px 0" },
  list: { margin: 0, paddingLeft: "16px", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

interface Props {
  rows: Realignment[];
  lang: Lang;
  busy: boolean;
  onRealign(): void;
}

/** 列のずれを直す: the cells COLUMN_SHIFT would move (collapsed), and the one button that moves them. */
export function RealignPanel({ rows, lang, busy, onRealign }: Props) {
  const s = useStyles();
  const moves = rows.flatMap((r) => r.moves.map((m) => ({ row: r.row, ...m })));
  return (
    <section className={s.root} aria-label={realignLabel(rows.length, lang)}>
      <Button size="small" disabled={busy} onClick={onRealign}>
        {realignLabel(rows.length, lang)}
      </Button>
      <LazyDetails summary={realignPreviewLabel(moves.length, lang)}>
        {() => (
          <ul className={s.list}>
            {moves.map((m) => (
              <li key={`${m.row}:${m.from}`}>{moveLine(m.row, m.from, m.to, m.text, lang)}</li>
            ))}
          </ul>
        )}
      </LazyDetails>
    </section>
  );
}

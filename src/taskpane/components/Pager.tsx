import { useState } from "react";
import { Button, makeStyles, Text } from "@fluentui/react-components";
import type { Texts } from "../i18n";

const useStyles = makeStyles({
  nav: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", margin: "8px 0" },
});

/**
 * Long lists are shown a page at a time: 10,000 rows as one list would build hundreds of
 * thousands of DOM nodes and make every click slow. The page returns to 1 when the list changes.
 */
export function usePage<T>(items: readonly T[], size: number): { page: number; shown: T[]; setPage(p: number): void } {
  const [state, setState] = useState<{ items: readonly T[]; page: number }>({ items, page: 0 });
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = state.items === items ? Math.min(state.page, pages - 1) : 0;
  return {
    page,
    shown: items.slice(page * size, page * size + size),
    setPage: (p) => setState({ items, page: Math.max(0, Math.min(p, pages - 1)) }),
  };
}

interface Props {
  total: number;
  page: number;
  size: number;
  tx: Texts;
  onPage(page: number): void;
}

export function Pager({ total, page, size, tx, onPage }: Props) {
  const s = useStyles();
  if (total <= size) return null;
  const from = page * size + 1;
  const to = Math.min(total, from + size - 1);
  return (
    <nav className={s.nav} aria-label={tx.t("pageNav")}>
      <Button size="small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {tx.t("pagePrev")}
      </Button>
      <Text size={200} aria-live="polite">
        {tx.t("pageOf", {
          from: from.toLocaleString("en-US"),
          to: to.toLocaleString("en-US"),
          total: total.toLocaleString("en-US"),
        })}
      </Text>
      <Button size="small" disabled={to >= total} onClick={() => onPage(page + 1)}>
        {tx.t("pageNext")}
      </Button>
    </nav>
  );
}

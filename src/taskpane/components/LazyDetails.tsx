import { useState, type ReactNode } from "react";

interface Props {
  summary: string;
  className?: string;
  /** The content, built only once the details are opened. */
  children: () => ReactNode;
}

/**
 * A 「詳細」 that builds its content when opened: a shift's moves, or every cell 列のずれを直す
 * would move (thousands on a large sheet), are no DOM while nobody reads them.
 */
export function LazyDetails({ summary, className, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

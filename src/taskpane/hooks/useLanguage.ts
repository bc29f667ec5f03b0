import { useCallback, useEffect, useState } from "react";
import type { WorkbookPort } from "../../port/workbook-port";
import { isLang, type Lang } from "../i18n";

/** The display language, Japanese until the workbook says otherwise; a change is saved in the workbook. */
export function useLanguage(port: WorkbookPort): [Lang, (lang: Lang) => Promise<void>] {
  const [lang, setLang] = useState<Lang>("ja");
  useEffect(() => {
    let live = true;
    port.getSetting("language").then(
      (saved) => {
        if (live && isLang(saved)) setLang(saved);
      },
      // An unreadable setting leaves the default language; nothing to tell the user.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);
  const choose = useCallback(
    async (next: Lang) => {
      setLang(next);
      await port.setSetting("language", next);
    },
    [port],
  );
  return [lang, choose];
}

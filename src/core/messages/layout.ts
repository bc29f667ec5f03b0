import type { Catalog } from "./types";

/** Messages of the layout family. Owner: src/core/layout. */
export const layoutMessages: Catalog = {
  LAYOUT_NOT_FOUND: {
    ja: "シート「{sheet}」にKPI表が見つかりません（指標・現状値・目標値などの見出し行を探しました）。",
    en: 'No KPI table found on sheet "{sheet}" (looked for a header row with indicator, baseline and target columns).',
  },
};

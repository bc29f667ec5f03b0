import type { Catalog } from "./types";

/** Messages of the direction family (TARGET_DIRECTION variants). */
export const directionMessages: Catalog = {
  "TARGET_DIRECTION.down": {
    ja: "目標値「{found}」が現状（{currentCell}: 「{current}」）を下回っています。増やすことを目指す指標のため、理由や根拠の記入がない場合は確認してください。",
    en: 'The target "{found}" is below the current value ("{current}" in {currentCell}) for an indicator meant to rise; check it, or write the reason or basis.',
  },
  "TARGET_DIRECTION.up": {
    ja: "目標値「{found}」が現状（{currentCell}: 「{current}」）を上回っています。減らすことを目指す指標（または根拠に削減・減少とある指標）のため、確認してください。",
    en: 'The target "{found}" is above the current value ("{current}" in {currentCell}) for an indicator meant to fall (or whose basis says to reduce it); check it.',
  },
};

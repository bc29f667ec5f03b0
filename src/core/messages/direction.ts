import { code, message } from "./define";

type DirectionParams = { found: string; current: string; currentCell: string };

/** The direction family: TARGET_DIRECTION variants. */
export const directionCodes = {
  TARGET_DIRECTION: code({
    severity: "warning",
    title: { ja: "目標値の増減の向き", en: "Target moves the wrong way" },
    variants: {
      down: message<DirectionParams>()(
        "目標値「{found}」が現状値「{current}」（{currentCell}）より小さくなっています。増やすことを目指す指標のため、目標値を確認するか、減らす理由を根拠に書いてください。",
        'The target "{found}" is below the current value "{current}" ({currentCell}) for an indicator meant to rise. Check the target, or write the reason in the basis.',
      ),
      up: message<DirectionParams>()(
        "目標値「{found}」が現状値「{current}」（{currentCell}）より大きくなっています。減らすことを目指す指標（または根拠に削減・減少とある指標）のため、目標値を確認してください。",
        'The target "{found}" is above the current value "{current}" ({currentCell}) for an indicator meant to fall (or whose basis says to reduce it). Check the target.',
      ),
    },
  }),
};

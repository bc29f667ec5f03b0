import type { Catalog } from "./types";

/** Messages of the schema family (status rules, required fields, values, duplicates). */
export const schemaMessages: Catalog = {
  REQUIRED_MISSING: {
    ja: "「{field}」が空欄です（状態: {status}）。この欄は必ず記入してください。",
    en: "The {fieldEn} is blank (status: {status}). This field is required.",
  },
  STATUS_INVALID: {
    ja: "指標変更の可否「{found}」は使えません。継続・変更・削除・新規のいずれかを記入してください。",
    en: 'Status "{found}" is not valid. Write one of 継続 (continue), 変更 (change), 削除 (delete), 新規 (new).',
  },
  REASON_MISSING: {
    ja: "「{status}」の指標ですが、変更・削除理由が空欄です。理由を記入してください。",
    en: "The indicator is marked {status} but the reason for the change/deletion is blank.",
  },
  "REASON_MISSING.new": {
    ja: "新規指標ですが、追加理由が空欄です。追加理由を記入してください。",
    en: "A new indicator (新規) without a reason for adding it.",
  },
  DELETED_HAS_TARGET: {
    ja: "削除する指標に目標値「{found}」が入っています。削除する場合は目標値を空欄にしてください。",
    en: 'The indicator is marked 削除 (delete) but has a target "{found}". Leave the target blank for a deleted indicator.',
  },
  TARGET_MISSING: {
    ja: "「{status}」の指標ですが、目標値が空欄です。",
    en: "The indicator is marked {status} but its target value is blank.",
  },
  VALUE_UNPARSEABLE: {
    ja: "「{found}」を数値として読み取れません（例: 17,842人/年、12.4%、実績なし）。",
    en: '"{found}" cannot be read as a value (expected e.g. 17,842人/年, 12.4%, 実績なし).',
  },
  DUPLICATE_INDICATOR: {
    ja: "指標「{indicator}」は{firstRow}行目と重複しています。",
    en: 'Indicator "{indicator}" already appears in row {firstRow}.',
  },
};

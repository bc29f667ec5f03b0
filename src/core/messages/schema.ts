import { code, message } from "./define";
import type { Bilingual } from "./lang";

/** The schema family: status rules, required fields, values, duplicates. */
export const schemaCodes = {
  REQUIRED_MISSING: code({
    severity: "error",
    title: { ja: "必須項目の空欄", en: "Required field blank" },
    variants: {
      default: message<{ field: Bilingual; status: string }>()(
        "「{field}」の欄が空欄です。「{status}」の指標では必ず記入してください。",
        "The {field} is blank; it is required for an indicator marked {status}.",
      ),
    },
  }),
  STATUS_INVALID: code({
    severity: "error",
    title: { ja: "変更区分の誤り", en: "Invalid status" },
    variants: {
      default: message<{ found: string }>()(
        "指標変更の可否の欄に「{found}」と書かれています。「継続」「変更」「削除」「新規」のいずれかを記入してください。",
        'The status column holds "{found}". Write one of 継続 (continue), 変更 (change), 削除 (delete) or 新規 (new).',
      ),
    },
  }),
  REASON_MISSING: code({
    severity: "error",
    title: { ja: "理由の記入漏れ", en: "Reason missing" },
    variants: {
      default: message<{ status: string }>()(
        "「{status}」とした指標ですが、変更・削除の理由が空欄です。理由を記入してください。",
        "The indicator is marked {status}, but the reason for the change or deletion is blank. Write the reason.",
      ),
      new: message()(
        "新規の指標ですが、追加の理由が空欄です。理由を記入してください。",
        "A new indicator (新規) without a reason for adding it. Write the reason.",
      ),
    },
  }),
  DELETED_HAS_TARGET: code({
    severity: "error",
    title: { ja: "削除する指標に目標値", en: "Target on a deleted indicator" },
    variants: {
      default: message<{ found: string }>()(
        "削除する指標に目標値「{found}」が記入されています。削除する場合は目標値を空欄にしてください。",
        'The indicator is marked 削除 (delete) but has a target "{found}". Leave the target blank for a deleted indicator.',
      ),
    },
  }),
  TARGET_MISSING: code({
    severity: "error",
    title: { ja: "目標値の記入漏れ", en: "Target missing" },
    variants: {
      default: message<{ status: string }>()(
        "「{status}」とした指標ですが、目標値が空欄です。目標値を記入してください。",
        "The indicator is marked {status}, but its target is blank. Enter the target.",
      ),
    },
  }),
  VALUE_UNPARSEABLE: code({
    severity: "error",
    title: { ja: "読み取れない値", en: "Unreadable value" },
    variants: {
      default: message<{ found: string }>()(
        "「{found}」を数値として読み取れません。「17,842人/年」「12.4%」「実績なし」のように、数値と単位で記入してください。",
        '"{found}" cannot be read as a value. Write a number with its unit, such as 17,842人/年, 12.4% or 実績なし.',
      ),
      "formula-error": message<{ found: string }>()(
        "このセルの数式がエラー（{found}）になっているため、値を読み取れません。数式の参照先を確認して直してください。",
        "The cell's formula gives an error ({found}), so no value can be read. Check what the formula refers to and correct it.",
      ),
    },
  }),
  DUPLICATE_INDICATOR: code({
    severity: "warning",
    title: { ja: "指標の重複", en: "Duplicate indicator" },
    variants: {
      default: message<{ indicator: string; firstRow: number }>()(
        "指標「{indicator}」は{firstRow}行目にもあります。同じ指標を二度載せていないか確認してください。",
        'Indicator "{indicator}" already appears in row {firstRow}. Check that it is not listed twice.',
      ),
    },
  }),
};

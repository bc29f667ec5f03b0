/**
 * Why an input file cannot be read, as one line in Japanese and English. The CLI prints this
 * line (exit 2) instead of a stack trace.
 */
export type WorkbookErrorKind =
  | "not-found"
  | "empty-file"
  | "not-xlsx"
  | "encrypted"
  | "legacy-xls"
  | "corrupt"
  | "too-large"
  | "unsafe-xml"
  | "no-sheets"
  | "no-workbooks"
  | "sheet-not-found"
  | "same-file"
  | "not-regular-file"
  | "output-exists"
  | "output-not-file"
  | "output-twice"
  | "write-failed";

const REASONS: Record<WorkbookErrorKind, { ja: string; en: string }> = {
  "not-found": { ja: "ファイルが見つかりません", en: "file not found" },
  "empty-file": { ja: "ファイルが空です（0バイト）", en: "the file is empty (0 bytes)" },
  "not-xlsx": {
    ja: "Excelブック（.xlsx）ではありません",
    en: "not an Excel workbook (.xlsx)",
  },
  encrypted: {
    ja: "パスワード保護された（暗号化された）ブックは読めません。パスワードを解除して保存し直してください",
    en: "the workbook is password-protected (encrypted); remove the password and save it again",
  },
  "legacy-xls": {
    ja: "旧形式のExcelファイル（.xls）は読めません。.xlsx形式で保存し直してください",
    en: "legacy Excel files (.xls) are not supported; save it as .xlsx",
  },
  corrupt: {
    ja: "ブックが壊れているか、途中で切れています",
    en: "the workbook is damaged or truncated",
  },
  "too-large": {
    ja: "ブックが大きすぎるため読みません（上限を超えています）",
    en: "the workbook is too large to read (over the limit)",
  },
  "unsafe-xml": {
    ja: "ブックのXMLに文書型定義（DTD）があるため読みません",
    en: "the workbook's XML carries a document type definition (DTD); not read",
  },
  "no-sheets": { ja: "ワークシートがありません", en: "the workbook has no worksheets" },
  "no-workbooks": {
    ja: "フォルダに .xlsx / .xlsm ファイルがありません",
    en: "no .xlsx / .xlsm files in the folder",
  },
  "sheet-not-found": { ja: "指定されたシートがありません", en: "no sheet of that name" },
  "same-file": {
    ja: "出力先が入力ファイル（またはそのリンク）です。入力は書き換えません",
    en: "the output is an input file (or a link to one); an input is never overwritten",
  },
  "not-regular-file": {
    ja: "通常のファイルではありません（デバイス、パイプ、フォルダーは読みません）",
    en: "not a regular file (devices, pipes and folders are not read)",
  },
  "output-exists": {
    ja: "出力先のファイルが既にあります。上書きするには --force を付けてください",
    en: "the output file already exists; add --force to overwrite it",
  },
  "output-not-file": {
    ja: "出力先が通常のファイルではありません（フォルダーなど）",
    en: "the output is not a regular file (a folder or similar)",
  },
  "output-twice": {
    ja: "同じ出力先に2つの入力の結果を書こうとしています。--out にファイル名を分けて指定してください",
    en: "two inputs would be written to the same output; give them separate --out paths",
  },
  "write-failed": {
    ja: "注記付きのコピーを書き出せませんでした",
    en: "the annotated copy could not be written",
  },
};

export class WorkbookError extends Error {
  readonly kind: WorkbookErrorKind;
  readonly file: string;
  readonly reasonJa: string;
  readonly reasonEn: string;

  constructor(kind: WorkbookErrorKind, file: string, detail?: string) {
    const r = REASONS[kind];
    const suffix = detail ? `: ${detail}` : "";
    super(`${r.en}${suffix}`);
    this.name = "WorkbookError";
    this.kind = kind;
    this.file = file;
    this.reasonJa = r.ja + suffix;
    this.reasonEn = r.en + suffix;
  }

  /** The one line printed on stderr: 「file: 理由 / reason」. */
  line(): string {
    return `${this.file}: ${this.reasonJa} / ${this.reasonEn}`;
  }
}

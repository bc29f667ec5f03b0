import type { Lang } from "../core/messages/lang";

/** `kpi-check FILE.xlsx|DIR/ [FILE2.xlsx …] [--json] [--lang ja|en] [--out FILE.xlsx|DIR/] [--force] [--sheet NAME] [--help]` */
export interface CliArgs {
  files: string[];
  json: boolean;
  lang: Lang;
  out: string | null;
  sheet: string | null;
  /** Replace an existing --out file. */
  force: boolean;
  help: boolean;
}

export class UsageError extends Error {
  constructor(
    readonly reasonJa: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
    this.name = "UsageError";
  }
}

export const USAGE = `使い方 / usage: kpi-check FILE.xlsx|DIR/ [FILE2.xlsx …] [--json] [--lang ja|en] [--out FILE.xlsx|DIR/] [--force] [--sheet NAME]

  DIR/            フォルダ内の .xlsx / .xlsm をすべて検査（サブフォルダも）。複数ファイルは1行ずつ要約
                  check every .xlsx / .xlsm under a folder; several files give one summary line each

  --json          JSONレポートを出力（ファイル1つなら1つのレポート、複数ならレポートの配列）
                  print the JSON report (one report for one file; an array of reports for several)
  --lang ja|en    表示言語（既定 ja） / language of the summary (default ja)
  --out PATH      注記付きのコピーを書き出す（入力は変更しない）。DIR/ なら DIR/<名前>-checked.xlsx
                  write an annotated copy (the input is never changed); DIR/ gives DIR/<name>-checked.xlsx
  --force         --out の既存ファイルを上書きする（入力ファイルは上書きしない）
                  overwrite an existing --out file (never an input file)
  --sheet NAME    このシートだけを検査 / check only this sheet
  --help          この説明 / this help

終了コード / exit code: 0 = エラーなし / no errors, 1 = エラーあり / errors found, 2 = 読めない入力 / unusable input`;

function valueOf(argv: string[], i: number, name: string): string {
  const v = argv[i + 1];
  if (v === undefined || v.startsWith("--")) {
    throw new UsageError(`${name} に値がありません`, `${name} needs a value`);
  }
  return v;
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { files: [], json: false, lang: "ja", out: null, sheet: null, force: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") args.help = true;
    else if (a === "--json") args.json = true;
    else if (a === "--force") args.force = true;
    else if (a === "--lang") {
      const v = valueOf(argv, i++, a);
      if (v !== "ja" && v !== "en")
        throw new UsageError(`--lang は ja か en です: ${v}`, `--lang must be ja or en: ${v}`);
      args.lang = v;
    } else if (a === "--out") args.out = valueOf(argv, i++, a);
    else if (a === "--sheet") args.sheet = valueOf(argv, i++, a);
    else if (a.startsWith("-")) throw new UsageError(`不明なオプション: ${a}`, `unknown option: ${a}`);
    else args.files.push(a);
  }
  if (!args.help && args.files.length === 0) {
    throw new UsageError("ファイルを指定してください", "give at least one .xlsx file or folder");
  }
  return args;
}

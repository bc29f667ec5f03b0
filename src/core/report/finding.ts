import { catalog } from "../messages";
import { render, type MessageParams } from "../messages/format";
import type { Finding, FindingCode, Severity } from "./schema";

export interface FindingInput {
  code: FindingCode;
  severity: Severity;
  /** 1-based sheet row, or null for the sheet. */
  row: number | null;
  cell: string | null;
  /** Catalogue key; defaults to the code. Use "CODE.variant" for a variant's wording. */
  key?: string;
  params?: MessageParams;
  found?: string;
  expected?: string;
  moves?: Finding["moves"];
}

/** Builds a finding with its Japanese and English messages from the catalogue. */
export function makeFinding(input: FindingInput): Finding {
  const key = input.key ?? input.code;
  const params = input.params ?? {};
  const { ja, en } = render(catalog, key, params);
  const f: Finding = {
    code: input.code,
    severity: input.severity,
    row: input.row,
    cell: input.cell,
    message: ja,
    messageEn: en,
    messageKey: key,
    params,
  };
  if (input.found !== undefined) f.found = input.found;
  if (input.expected !== undefined) f.expected = input.expected;
  if (input.moves) f.moves = input.moves;
  return f;
}

/**
 * A message in both languages. `{name}` placeholders are filled from a finding's params;
 * numbers are formatted with thousands separators by the formatter.
 */
export interface MessageTemplate {
  ja: string;
  en: string;
}
export type Catalog = Record<string, MessageTemplate>;

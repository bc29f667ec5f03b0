/** A sample workbook as data: sheets of cell texts (null = empty cell) and merged ranges. */
export interface SampleSheet {
  name: string;
  /** Row-major cells from A1; every string is written as text, exactly as given. */
  rows: (string | null)[][];
  /** Merged ranges in A1 notation ("A5:A6"); the value sits in the top-left cell only. */
  merges: string[];
  /** Column widths in Excel character units, A first. */
  widths: number[];
  /** 1-based rows drawn as header rows (bold, grey fill, wrapped). */
  headerRows: number[];
}

export interface SampleWorkbook {
  /** File name under samples/. */
  file: string;
  sheets: SampleSheet[];
}

/**
 * Caps on what one input file may make the reader do. A real KPI workbook of 100,000 rows is
 * ~4 MB zipped and ~30 MB of sheet XML; these leave an order of magnitude of room while a
 * hostile file (a zip bomb, a sheet of millions of cells, XML nested without end) stops with
 * one line of reason (exit 2) in seconds and within a few hundred MB, instead of exhausting
 * the machine. Declared sizes are checked before anything is inflated, actual sizes while
 * inflating (a zip may lie about them).
 */
export const LIMITS = {
  /** Bytes of the .xlsx file itself, read whole into memory. */
  fileBytes: 256 * 1024 * 1024,
  /** Uncompressed bytes of one part (a sheet's XML, the shared strings). */
  partBytes: 256 * 1024 * 1024,
  /** Uncompressed bytes of all parts read from one package. */
  totalBytes: 512 * 1024 * 1024,
  /** Cells with a value in the whole workbook. */
  cells: 5_000_000,
  /** Nesting of XML elements (a sheet needs about 8). */
  xmlDepth: 64,
  /**
   * Characters in one run between two "<" (a text node, or a tag with its attributes). The
   * parser holds a run whole; Excel's longest cell is 32,767 characters (~330,000 written as
   * character references), so this is several times any real run.
   */
  xmlRun: 1024 * 1024,
} as const;

/** Excel's own grid: rows 1..1,048,576, columns A..XFD. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

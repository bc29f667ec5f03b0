import type { Grid } from "../../src/core/grid/grid";
import { cellAddress, columnLetters } from "../../src/core/grid/grid";
import {
  type FakeCell,
  type FakeCellFormat,
  type FakeComment,
  type FakeHyperlink,
  type FakeNote,
  type FakePageLayout,
  type FakeSheet,
  type FakeVisibility,
  type FakeWorkbookState,
  type Rect,
  displayKey,
  fakeError,
  formatDisplay,
  formulaKey,
  parseRect,
  quoteSheet,
  rectAddress,
  splitSheetAddress,
  stateFromGrids,
  usedRect,
} from "./fake-excel-state";
import { excelReading } from "./fake-typing";

import type { ExcelRun } from "../../src/excel/excel-port";
import type { RequirementChecker } from "../../src/excel/requirements";

export * from "./fake-excel-state";

/**
 * An in-memory Excel that behaves like Office.js's proxy model where the adapter relies on it:
 * - `load()` only queues; properties are readable after `context.sync()`, never before, and a
 *   property that was not loaded throws PropertyNotLoaded;
 * - writes and method calls are queued and applied, in order, at `sync` (so a load queued after
 *   a write sees the written state); a failing operation aborts the rest of the batch;
 * - every `sync` is counted; every cell write is recorded in `writeLog`;
 * - `*OrNullObject` gives a null object (its `isNullObject` after sync; using it further fails);
 * - APIs above the configured ExcelApi version fail at sync with ApiNotFound;
 * - a batch whose writes exceed `payloadLimit` bytes fails with RequestPayloadSizeLimitExceeded,
 *   one whose loads do with ResponsePayloadSizeLimitExceeded (its writes already applied, its
 *   loads not delivered); a range load above `rangeCellLimit` cells fails with RangeExceedsLimit.
 * Values typed into cells are interpreted like Excel: "=…" is a formula, "#N/A" an error, numbers,
 * 1,000, 12.4%, dates, TRUE and full-width digits become numbers/booleans (fake-typing.ts), and a
 * leading apostrophe keeps the rest as text — unless the cell is formatted as text ("@").
 * Also like Excel: a protected sheet refuses changes (AccessDenied); a RangeAreas of more than 512
 * areas cannot return its address (GeneralException); merged areas are found by their top-left
 * cell; deleting a threaded comment deletes its replies; sheets have ids that survive a rename.
 * User actions (typing, renaming, inserting rows, notes, replies) are in fake-user.ts.
 * No Node APIs here: the browser harness bundles this file.
 */

export interface FakeExcelOptions {
  /** ExcelApi version the host supports, e.g. "1.14". Default "1.18". */
  apiVersion?: string;
  /** Bytes one batch may return. Default 5 MB (Excel on the web). */
  payloadLimit?: number;
  /** Cells one range may return. Default 5,000,000. */
  rangeCellLimit?: number;
  /**
   * The code oversize failures come with. Excel often reports them as "GeneralException" rather
   * than the documented payload/range codes; default: the documented codes.
   */
  oversizeCode?: string;
}

export interface FakeWrite {
  sheet: string;
  address: string;
  property: string;
  value: unknown;
}

type Staged = { payload: number; commit: () => void };
type Op = () => Staged | void;

const ERROR_VALUES = new Set(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"]);

function versionAtLeast(have: string, need: string): boolean {
  const [a1, a2 = 0] = have.split(".").map(Number);
  const [b1, b2 = 0] = need.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

function jsonSize(v: unknown): number {
  return JSON.stringify(v)?.length ?? 0;
}

export class FakeExcel {
  state: FakeWorkbookState;
  readonly apiVersion: string;
  readonly payloadLimit: number;
  readonly rangeCellLimit: number;
  readonly oversizeCode: string | undefined;
  syncCount = 0;
  writeLog: FakeWrite[] = [];
  /** A test's way to make one cell write fail (GeneralException) in the middle of a batch. */
  failWhen: ((write: FakeWrite) => boolean) | null = null;

  failIfAsked(write: FakeWrite): void {
    if (this.failWhen?.(write))
      throw fakeError("GeneralException", `write refused: ${write.property} ${write.address}`);
  }

  /** Ids already given out in this session (Excel never gives a sheet's id to another). */
  private sheetIds = 0;

  /** A fresh Worksheet.id, above every id in the workbook. */
  newSheetId(): string {
    const numbers = this.state.sheets.map((s) => Number(/^\{sheet-(\d+)\}$/.exec(s.id ?? "")?.[1] ?? 0));
    this.sheetIds = Math.max(this.sheetIds, ...numbers) + 1;
    return `{sheet-${this.sheetIds}}`;
  }

  constructor(state: FakeWorkbookState, options: FakeExcelOptions = {}) {
    this.state = state;
    this.apiVersion = options.apiVersion ?? "1.18";
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.rangeCellLimit = options.rangeCellLimit ?? 5_000_000;
    this.oversizeCode = options.oversizeCode;
  }

  /** An oversize failure, with the code this host gives it. */
  oversize(code: string, message: string): Error {
    return fakeError(this.oversizeCode ?? code, message);
  }

  static fromGrids(
    grids: Grid[],
    options: FakeExcelOptions & { fills?: Record<string, Record<string, string>> } = {},
  ): FakeExcel {
    return new FakeExcel(stateFromGrids(grids, options.fills), options);
  }

  /** The workbook file: its state as JSON. */
  save(): string {
    return JSON.stringify(this.state);
  }

  /** Opens a saved workbook in a fresh host (counters reset). */
  static open(saved: string, options: FakeExcelOptions = {}): FakeExcel {
    return new FakeExcel(JSON.parse(saved) as FakeWorkbookState, options);
  }

  /** A deep copy of the state, for before/after comparisons. */
  snapshotState(): FakeWorkbookState {
    return JSON.parse(this.save()) as FakeWorkbookState;
  }

  /** `Excel.run`: a fresh request context; pending operations are synced when the batch ends. */
  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending) await context.sync();
    return result;
  };

  /** `Office.context.requirements`. */
  requirements = {
    isSetSupported: (name: string, minVersion = "1.1"): boolean =>
      name === "ExcelApi" && versionAtLeast(this.apiVersion, minVersion),
  };

  supports(version: string): boolean {
    return versionAtLeast(this.apiVersion, version);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.state.sheets.find((s) => s.name === name);
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    return this.sheet(sheet)?.cells[address];
  }

  displayText(sheet: FakeSheet, address: string, cell: FakeCell | undefined): string {
    if (!cell) return "";
    const fmt = cell.numberFormat ?? "General";
    return this.state.displays[displayKey(cell.value, fmt)] ?? formatDisplay(cell.value, fmt);
  }

  /** Applies `change` to the cell, dropping it when it ends up empty and unformatted. */
  updateCell(sheet: FakeSheet, address: string, change: (cell: FakeCell) => void): void {
    if (sheet.protected) throw fakeError("AccessDenied", `sheet ${sheet.name} is protected`);
    const cell: FakeCell = { ...(sheet.cells[address] ?? { value: "" }) };
    change(cell);
    const empty =
      cell.value === "" &&
      !cell.formula &&
      !cell.error &&
      !cell.numberFormat &&
      !cell.fill &&
      !cell.format &&
      !cell.hyperlink;
    if (empty) delete sheet.cells[address];
    else sheet.cells[address] = cell;
  }

  /** Excel's reading of a typed-in value. */
  enterValue(sheet: FakeSheet, address: string, input: unknown): void {
    this.updateCell(sheet, address, (cell) => {
      delete cell.formula;
      delete cell.error;
      const asText = cell.numberFormat === "@";
      if (typeof input === "string" && ERROR_VALUES.has(input) && !asText) {
        cell.value = input;
        cell.error = input;
      } else if (typeof input === "string" && input.startsWith("'") && !asText) {
        // Excel's text prefix: the rest is stored as text, whatever it looks like.
        cell.value = input.slice(1);
      } else if (typeof input === "string" && input.startsWith("=") && !asText) {
        cell.formula = input.slice(1);
        cell.value = this.state.formulaResults[formulaKey(sheet.name, address, cell.formula)] ?? "";
      } else if (typeof input === "string" && !asText && excelReading(input)) {
        const typed = excelReading(input)!;
        cell.value = typed.value;
        if (typed.numberFormat && !cell.numberFormat) cell.numberFormat = typed.numberFormat;
      } else if (typeof input === "string" || typeof input === "number" || typeof input === "boolean") {
        cell.value = input;
      } else if (input === null || input === undefined) {
        cell.value = "";
      } else {
        throw fakeError("InvalidArgument", `Unsupported cell value ${JSON.stringify(input)}`);
      }
    });
  }
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: { op: Op; writeBytes: number }[] = [];

  constructor(readonly host: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(op: Op, writeBytes = 0): void {
    this.queue.push({ op, writeBytes });
  }

  /** Queues an operation that fails at sync when the host is below `version`. */
  requireApi(version: string, what: string): void {
    if (!this.host.supports(version)) {
      this.enqueue(() => {
        throw fakeError("ApiNotFound", `${what} needs ExcelApi ${version}`);
      });
    }
  }

  async sync(): Promise<void> {
    this.host.syncCount++;
    const batch = this.queue;
    this.queue = [];
    const requestBytes = batch.reduce((n, b) => n + b.writeBytes, 0);
    if (requestBytes > this.host.payloadLimit) {
      throw this.host.oversize("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    const staged: Staged[] = [];
    for (const { op } of batch) {
      const s = op();
      if (s) staged.push(s);
    }
    const responseBytes = staged.reduce((n, s) => n + s.payload, 0);
    if (responseBytes > this.host.payloadLimit) {
      throw this.host.oversize("ResponsePayloadSizeLimitExceeded", `response of ${responseBytes} bytes`);
    }
    staged.forEach((s) => s.commit());
  }
}

function parseProps(spec: string | string[] | undefined): string[] {
  if (spec === undefined) throw fakeError("InvalidArgument", "load() without property names (loads everything)");
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((p) => p.trim()).filter(Boolean);
}

/** The proxy base: queued loads, loaded-or-throw reads, null objects. */
abstract class FakeObject<T> {
  private loadedValues = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  constructor(readonly context: FakeContext) {}

  protected get host(): FakeExcel {
    return this.context.host;
  }

  /** What the proxy stands for, at execution time; null for a null object. Throws when missing. */
  abstract resolve(): T | null;

  /** The target of a method or write: a null object cannot be used. */
  protected target(): T {
    const t = this.resolve();
    if (t === null) throw fakeError("InvalidObjectPath", `${this.constructor.name} is a null object`);
    return t;
  }

  protected abstract readProp(prop: string, target: T): unknown;

  load(spec?: string | string[]): this {
    const props = parseProps(spec);
    this.context.enqueue(() => {
      const t = this.resolve();
      const out = new Map<string, unknown>();
      if (t !== null) for (const p of props) out.set(p, this.readProp(p, t));
      return { payload: jsonSize([...out.values()]), commit: () => this.commitLoad(t === null, out) };
    });
    return this;
  }

  commitLoad(isNull: boolean, values: Map<string, unknown>): void {
    this.nullObject = isNull;
    values.forEach((v, k) => this.loadedValues.set(k, v));
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw fakeError("PropertyNotLoaded", "isNullObject read before load+sync");
    return this.nullObject;
  }

  protected loaded<V>(prop: string): V {
    if (this.nullObject) throw fakeError("InvalidObjectPath", `${prop} read on a null object`);
    if (!this.loadedValues.has(prop)) {
      throw fakeError("PropertyNotLoaded", `${this.constructor.name}.${prop} was not loaded (or not synced)`);
    }
    return this.loadedValues.get(prop) as V;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly notes: FakeAnnotationCollection;
  readonly comments: FakeAnnotationCollection;

  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.notes = new FakeAnnotationCollection(context, "notes");
    this.comments = new FakeAnnotationCollection(context, "comments");
  }
}

class FakeWorksheetCollection extends FakeObject<FakeSheet[]> {
  private itemList: FakeWorksheet[] | undefined;

  resolve(): FakeSheet[] {
    return this.host.state.sheets;
  }

  protected readProp(prop: string): unknown {
    throw fakeError("InvalidArgument", `worksheets.load("${prop}"): load items/<property>`);
  }

  override load(spec?: string | string[]): this {
    const props = parseProps(spec).map((p) => {
      const m = /^items\/(\w+)$/.exec(p);
      if (!m) throw fakeError("InvalidArgument", `worksheets.load("${p}"): load items/<property>`);
      return m[1];
    });
    this.context.enqueue(() => {
      const items = this.resolve().map((s) => {
        const item = new FakeWorksheet(this.context, { name: s.name });
        const values = new Map(props.map((p) => [p, item.readSheetProp(p, s)] as const));
        return { item, values };
      });
      return {
        payload: jsonSize(items.map((i) => [...i.values.values()])),
        commit: () => {
          items.forEach((i) => i.item.commitLoad(false, i.values));
          this.itemList = items.map((i) => i.item);
        },
      };
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemList) throw fakeError("PropertyNotLoaded", "worksheets.items was not loaded");
    return this.itemList;
  }

  /** By name or by id, as Office.js accepts either. */
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, { name });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.requireApi("1.4", "getItemOrNullObject");
    return new FakeWorksheet(this.context, { name, orNull: true });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, { active: true });
  }

  add(name: string): FakeWorksheet {
    this.context.enqueue(() => {
      const state = this.host.state;
      if (this.host.sheet(name)) throw fakeError("ItemAlreadyExists", `sheet ${name}`);
      state.sheets.push({ id: this.host.newSheetId(), name, visibility: "Visible", cells: {}, merges: [] });
    });
    return new FakeWorksheet(this.context, { name });
  }
}

/** A sheet by name (or by a name known only at execution time), or the active sheet. */
type SheetRef = { name?: string | (() => string); active?: boolean; orNull?: boolean };

class FakeWorksheet extends FakeObject<FakeSheet> {
  constructor(
    context: FakeContext,
    private readonly ref: SheetRef,
  ) {
    super(context);
  }

  resolve(): FakeSheet | null {
    const ref = this.ref.name;
    const name = this.ref.active ? this.host.state.activeSheet : typeof ref === "function" ? ref() : ref;
    const sheets = this.host.state.sheets;
    const sheet = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.id !== undefined && s.id === name);
    if (sheet) return sheet;
    if (this.ref.orNull) return null;
    throw fakeError("ItemNotFound", `worksheet ${name}`);
  }

  readSheetProp(prop: string, sheet: FakeSheet): unknown {
    if (prop === "name") return sheet.name;
    if (prop === "visibility") return sheet.visibility;
    if (prop === "id") return sheet.id ?? sheet.name;
    throw fakeError("InvalidArgument", `Worksheet.${prop} is not modelled`);
  }

  /** WorksheetProtection: only `protected` is modelled. */
  get protection(): FakeProtection {
    return new FakeProtection(this);
  }

  /** Only freezeRows is modelled (ExcelApi 1.7). */
  get freezePanes(): { freezeRows(count: number): void } {
    return {
      freezeRows: (count) => {
        this.context.requireApi("1.7", "freezePanes");
        this.context.enqueue(() => {
          this.target().frozenRows = count;
        });
      },
    };
  }

  /** Worksheet.autoFilter (ExcelApi 1.9): apply to a range of this sheet, remove. */
  get autoFilter(): { apply(range: FakeRange): void; remove(): void } {
    return {
      apply: (range) => {
        this.context.requireApi("1.9", "autoFilter");
        this.context.enqueue(() => {
          const t = range.resolve();
          if (!t || t.sheet !== this.target()) throw fakeError("InvalidArgument", "autoFilter range of another sheet");
          // Like Excel: one AutoFilter per sheet; applying another range replaces it.
          t.sheet.autoFilter = rectAddress(t.rect);
        });
      },
      remove: () => {
        this.context.requireApi("1.9", "autoFilter");
        this.context.enqueue(() => {
          delete this.target().autoFilter;
        });
      },
    };
  }

  /** Worksheet.pageLayout (ExcelApi 1.9): what a print setup sets. */
  get pageLayout(): FakePageLayoutProxy {
    this.context.requireApi("1.9", "pageLayout");
    return new FakePageLayoutProxy(this);
  }

  get id(): string {
    return this.loaded("id");
  }

  protected readProp(prop: string, sheet: FakeSheet): unknown {
    return this.readSheetProp(prop, sheet);
  }

  get name(): string {
    return this.loaded("name");
  }

  get visibility(): FakeVisibility {
    return this.loaded("visibility");
  }

  set visibility(v: FakeVisibility) {
    this.context.enqueue(() => {
      const sheet = this.target();
      if (v !== "Visible" && this.host.state.activeSheet === sheet.name) {
        throw fakeError("InvalidOperation", "cannot hide the active sheet");
      }
      sheet.visibility = v;
    });
  }

  activate(): void {
    this.context.enqueue(() => {
      const sheet = this.target();
      if (sheet.visibility !== "Visible") throw fakeError("InvalidOperation", "cannot activate a hidden sheet");
      this.host.state.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      const sheet = this.target();
      const state = this.host.state;
      const visible = state.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
      if (visible.length === 0) throw fakeError("InvalidOperation", "cannot delete the last visible sheet");
      state.sheets = state.sheets.filter((s) => s !== sheet);
      state.notes = state.notes.filter((n) => n.sheet !== sheet.name);
      state.comments = state.comments.filter((c) => c.sheet !== sheet.name);
      if (state.activeSheet === sheet.name) state.activeSheet = visible[0].name;
    });
  }

  getRange(address?: string): FakeRange {
    const rect = address === undefined ? null : parseRect(address);
    return new FakeRange(this, () => rect ?? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this, (s) => usedRect(s, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requireApi("1.4", "getUsedRangeOrNullObject");
    return new FakeRange(this, (s) => usedRect(s, valuesOnly), true);
  }

  /** The sheet itself, for children of this proxy (a null sheet cannot have children). */
  sheetTarget(): FakeSheet {
    return this.target();
  }
}

type RangeTarget = { sheet: FakeSheet; rect: Rect };

const CELL_PROPS = new Set(["values", "text", "numberFormat", "formulas", "valueTypes"]);

class FakeRange extends FakeObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  /** Where the range is, found when it is first used: like Excel's, a used range does not follow later writes. */
  private located: Rect | null | undefined;

  constructor(
    readonly worksheet: FakeWorksheet,
    private readonly locate: (sheet: FakeSheet) => Rect | null,
    private readonly orNull = false,
  ) {
    super(worksheet.context);
    this.format = new FakeRangeFormat(this);
  }

  resolve(): RangeTarget | null {
    const sheet = this.worksheet.sheetTarget();
    if (this.located === undefined) this.located = this.locate(sheet);
    const rect = this.located;
    if (rect) return { sheet, rect };
    if (this.orNull) return null;
    throw fakeError("ItemNotFound", "range");
  }

  /** Every cell address of the target, row by row. */
  cells(t: RangeTarget): string[][] {
    const letters: string[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) letters.push(columnLetters(c));
    const rows: string[][] = [];
    for (let r = t.rect.top; r <= t.rect.bottom; r++) rows.push(letters.map((l) => `${l}${r + 1}`));
    return rows;
  }

  protected readProp(prop: string, t: RangeTarget): unknown {
    const { rect, sheet } = t;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (CELL_PROPS.has(prop) && rows * cols > this.host.rangeCellLimit) {
      throw this.host.oversize("RangeExceedsLimit", `range of ${rows * cols} cells`);
    }
    const each = (f: (cell: FakeCell | undefined, address: string) => unknown): unknown[][] =>
      this.cells(t).map((row) => row.map((a) => f(sheet.cells[a], a)));
    switch (prop) {
      case "values":
        return each((c) => c?.value ?? "");
      case "text":
        return each((c, a) => this.host.displayText(sheet, a, c));
      case "numberFormat":
        return each((c) => c?.numberFormat ?? "General");
      case "formulas":
        return each((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? "")));
      case "valueTypes":
        return each((c) => {
          const v = c?.value ?? "";
          if (c?.error) return "Error";
          if (v === "") return "Empty";
          return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      case "address":
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      default:
        throw fakeError("InvalidArgument", `Range.${prop} is not modelled`);
    }
  }

  get values(): unknown[][] {
    return this.loaded("values");
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }
  get address(): string {
    return this.loaded("address");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }

  set values(v: unknown) {
    this.writeCells("values", v, (sheet, a, x) => this.host.enterValue(sheet, a, x));
  }
  set formulas(v: unknown) {
    this.writeCells("formulas", v, (sheet, a, x) => this.host.enterValue(sheet, a, x));
  }
  set numberFormat(v: unknown) {
    this.writeCells("numberFormat", v, (sheet, a, x) =>
      this.host.updateCell(sheet, a, (cell) => {
        if (typeof x !== "string") throw fakeError("InvalidArgument", "numberFormat must be text");
        if (x === "General") delete cell.numberFormat;
        else cell.numberFormat = x;
      }),
    );
  }
  set hyperlink(v: FakeHyperlink) {
    this.context.requireApi("1.7", "Range.hyperlink");
    this.writeCells(
      "hyperlink",
      v,
      (sheet, a, x) =>
        this.host.updateCell(sheet, a, (cell) => {
          const link = x as FakeHyperlink;
          cell.hyperlink = { ...link };
          if (link.textToDisplay !== undefined) {
            delete cell.formula;
            cell.value = link.textToDisplay;
          }
        }),
      false,
    );
  }

  /**
   * Queues a per-cell write. A 2-D array must match the range's shape (Excel throws otherwise);
   * a single value (or, for hyperlink, an object) applies to every cell.
   */
  private writeCells(
    property: string,
    input: unknown,
    apply: (sheet: FakeSheet, address: string, value: unknown) => void,
    arraysAllowed = true,
  ): void {
    this.context.enqueue(() => {
      const t = this.target();
      const addresses = this.cells(t);
      const grid = arraysAllowed && Array.isArray(input) ? (input as unknown[][]) : null;
      if (grid && (grid.length !== addresses.length || grid.some((r, i) => r.length !== addresses[i].length))) {
        throw fakeError("InvalidArgument", `${property}: array shape does not match ${rectAddress(t.rect)}`);
      }
      addresses.forEach((row, i) =>
        row.forEach((a, j) => {
          const value = grid ? grid[i][j] : input;
          this.host.failIfAsked({ sheet: t.sheet.name, address: a, property, value });
          apply(t.sheet, a, value);
          this.host.writeLog.push({ sheet: t.sheet.name, address: a, property, value });
        }),
      );
    }, jsonSize(input));
  }

  /** Range.clear(applyTo): "All" (default), "Contents" or "Formats". */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.context.enqueue(() => {
      const t = this.target();
      const inRect = (address: string): boolean => {
        const r = parseRect(address);
        return r.top >= t.rect.top && r.top <= t.rect.bottom && r.left >= t.rect.left && r.left <= t.rect.right;
      };
      for (const address of Object.keys(t.sheet.cells).filter(inRect)) {
        this.host.updateCell(t.sheet, address, (cell) => {
          if (applyTo !== "Formats") {
            cell.value = "";
            delete cell.formula;
            delete cell.error;
            delete cell.hyperlink;
          }
          if (applyTo !== "Contents") {
            delete cell.numberFormat;
            delete cell.fill;
            delete cell.format;
          }
        });
        this.host.writeLog.push({ sheet: t.sheet.name, address, property: `clear:${applyTo}`, value: null });
      }
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const t = this.target();
      if (this.host.state.activeSheet !== t.sheet.name) {
        throw fakeError("InvalidOperation", "select() on a sheet that is not active");
      }
      this.host.state.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
    });
  }

  /** The merged areas intersecting the range. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi("1.13", "getMergedAreasOrNullObject");
    // Like Excel: a merged area belongs to the range that holds its top-left cell.
    return new FakeRangeAreas(this, (t) =>
      t.sheet.merges.filter((m) => {
        const r = parseRect(m);
        return r.top >= t.rect.top && r.top <= t.rect.bottom && r.left >= t.rect.left && r.left <= t.rect.right;
      }),
    );
  }

  /** Only "Formulas" is modelled: the formula cells, as runs of adjacent cells in a row. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.context.requireApi("1.9", "getSpecialCellsOrNullObject");
    if (cellType !== "Formulas") throw fakeError("InvalidArgument", `special cells ${cellType} are not modelled`);
    return new FakeRangeAreas(this, (t) => {
      const areas: string[] = [];
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        let start = -1;
        for (let c = t.rect.left; c <= t.rect.right + 1; c++) {
          const isFormula = c <= t.rect.right && t.sheet.cells[cellAddress(r, c)]?.formula !== undefined;
          if (isFormula && start < 0) start = c;
          if (!isFormula && start >= 0) {
            areas.push(rectAddress({ top: r, left: start, bottom: r, right: c - 1 }));
            start = -1;
          }
        }
      }
      return areas;
    });
  }
}

/** Range.format: the fill, and the settings the 検証結果 sheets make (write-only here). */
class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: FakeFont;

  constructor(private readonly range: FakeRange) {
    this.fill = new FakeRangeFill(range);
    this.font = new FakeFont((on) => this.eachCell("font.bold", on, (f) => (f.bold = on)));
  }

  set wrapText(on: boolean) {
    this.eachCell("wrapText", on, (f) => (f.wrapText = on));
  }

  set verticalAlignment(v: string) {
    this.eachCell("verticalAlignment", v, (f) => (f.verticalAlignment = v));
  }

  /** Column width in points, for every column of the range (ExcelApi 1.2). */
  set columnWidth(points: number) {
    this.range.context.requireApi("1.2", "columnWidth");
    this.range.context.enqueue(() => {
      const t = this.range.resolve();
      if (!t) throw fakeError("InvalidObjectPath", "format of a null range");
      const widths = (t.sheet.columnWidths ??= {});
      for (let c = t.rect.left; c <= t.rect.right; c++) widths[columnLetters(c)] = points;
    });
  }

  /** Row heights follow the text: nothing to keep in the fake but that the call is allowed. */
  autofitRows(): void {
    this.range.context.requireApi("1.2", "autofitRows");
    this.range.context.enqueue(() => {
      this.range.resolve();
    });
  }

  eachCell(property: string, value: unknown, change: (format: FakeCellFormat) => void): void {
    this.range.context.enqueue(() => {
      const t = this.range.resolve();
      if (!t) throw fakeError("InvalidObjectPath", "format of a null range");
      const host = this.range.context.host;
      for (const a of this.range.cells(t).flat()) {
        host.updateCell(t.sheet, a, (cell) => {
          cell.format = { ...cell.format };
          change(cell.format);
        });
        host.writeLog.push({ sheet: t.sheet.name, address: a, property, value });
      }
    });
  }
}

/** Range.format.font: only setting bold is modelled. */
class FakeFont {
  constructor(private readonly setBold: (on: boolean) => void) {}

  set bold(on: boolean) {
    this.setBold(on);
  }
}

class FakePageLayoutProxy {
  constructor(private readonly sheet: FakeWorksheet) {}

  private set(change: (layout: FakePageLayout) => void): void {
    this.sheet.context.enqueue(() => {
      const target = this.sheet.sheetTarget();
      change((target.pageLayout ??= {}));
    });
  }

  set orientation(v: string) {
    this.set((l) => (l.orientation = v));
  }
  set paperSize(v: string) {
    this.set((l) => (l.paperSize = v));
  }
  set zoom(v: FakePageLayout["zoom"]) {
    this.set((l) => (l.zoom = { ...v }));
  }
  setPrintTitleRows(rows: string): void {
    this.set((l) => (l.printTitleRows = rows));
  }
}

class FakeRangeFill extends FakeObject<RangeTarget> {
  constructor(private readonly range: FakeRange) {
    super(range.context);
  }

  resolve(): RangeTarget | null {
    return this.range.resolve();
  }

  protected readProp(prop: string, t: RangeTarget): unknown {
    if (prop === "pattern" && !this.host.supports("1.9")) throw fakeError("ApiNotFound", "RangeFill.pattern needs 1.9");
    const seen = new Set(
      this.range.cells(t).flatMap((row) =>
        row.map((a) => {
          const fill = t.sheet.cells[a]?.fill;
          // Excel reports an unfilled cell as white with pattern "None".
          if (prop === "color") return fill?.color ?? "#FFFFFF";
          if (prop === "pattern") return fill?.pattern ?? "None";
          throw fakeError("InvalidArgument", `RangeFill.${prop} is not modelled`);
        }),
      ),
    );
    return seen.size === 1 ? [...seen][0] : null;
  }

  get color(): string {
    return this.loaded("color");
  }
  get pattern(): string {
    return this.loaded("pattern");
  }

  set color(color: string) {
    this.eachCell("fill.color", color, (cell) => {
      cell.fill = {
        color: color.toUpperCase(),
        pattern: cell.fill && cell.fill.pattern !== "None" ? cell.fill.pattern : "Solid",
      };
    });
  }

  set pattern(pattern: string) {
    this.context.requireApi("1.9", "RangeFill.pattern");
    this.eachCell("fill.pattern", pattern, (cell) => {
      if (pattern === "None") delete cell.fill;
      else cell.fill = { color: cell.fill?.color ?? "#000000", pattern };
    });
  }

  clear(): void {
    this.eachCell("fill.clear", null, (cell) => delete cell.fill);
  }

  private eachCell(property: string, value: unknown, change: (cell: FakeCell) => void): void {
    this.context.enqueue(() => {
      const t = this.range.resolve();
      if (!t) throw fakeError("InvalidObjectPath", "fill of a null range");
      for (const a of this.range.cells(t).flat()) {
        this.host.failIfAsked({ sheet: t.sheet.name, address: a, property, value });
        this.host.updateCell(t.sheet, a, change);
        this.host.writeLog.push({ sheet: t.sheet.name, address: a, property, value });
      }
    });
  }
}

/** More areas than this and Excel cannot return a RangeAreas' address. */
const MAX_AREAS_ADDRESS = 512;

/** Merged areas or special cells of a range: a null object when there are none. */
class FakeRangeAreas extends FakeObject<{ sheet: FakeSheet; areas: string[] }> {
  constructor(
    private readonly range: FakeRange,
    private readonly areasOf: (t: RangeTarget) => string[],
  ) {
    super(range.context);
  }

  resolve(): { sheet: FakeSheet; areas: string[] } | null {
    const t = this.range.resolve();
    if (!t) throw fakeError("InvalidObjectPath", "areas of a null range");
    const areas = this.areasOf(t);
    return areas.length ? { sheet: t.sheet, areas } : null;
  }

  protected readProp(prop: string, t: { sheet: FakeSheet; areas: string[] }): unknown {
    if (prop === "address") {
      if (t.areas.length > MAX_AREAS_ADDRESS) throw fakeError("GeneralException", `address of ${t.areas.length} areas`);
      return t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${a}`).join(", ");
    }
    if (prop === "areaCount") return t.areas.length;
    throw fakeError("InvalidArgument", `RangeAreas.${prop} is not modelled`);
  }

  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }
}

/** "'S'!A1" or a FakeRange (single cell) → sheet + address, resolved at execution time. */
function cellRef(context: FakeContext, where: FakeRange | string): { sheet: string; address: string } {
  if (typeof where !== "string") {
    const t = where.resolve();
    if (!t || t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right) {
      throw fakeError("InvalidArgument", "a note or comment needs a single cell");
    }
    return { sheet: t.sheet.name, address: rectAddress(t.rect) };
  }
  const { sheet, address } = splitSheetAddress(where);
  if (!sheet || !context.host.sheet(sheet))
    throw fakeError("InvalidArgument", `cell address needs its sheet: ${where}`);
  return { sheet, address: rectAddress(parseRect(address)) };
}

function hasAnnotation(host: FakeExcel, ref: { sheet: string; address: string }): boolean {
  const at = (n: { sheet: string; address: string }): boolean => n.sheet === ref.sheet && n.address === ref.address;
  return host.state.notes.some(at) || host.state.comments.some(at);
}

type AnnotationList = "notes" | "comments";

/** workbook.notes (ExcelApi 1.18) and workbook.comments (1.10): a cell holds at most one of either. */
class FakeAnnotationCollection extends FakeObject<FakeNote[]> {
  private itemList: FakeAnnotation[] | undefined;

  constructor(
    context: FakeContext,
    private readonly kind: AnnotationList,
  ) {
    super(context);
  }

  private get api(): string {
    return this.kind === "notes" ? "1.18" : "1.10";
  }

  resolve(): FakeNote[] {
    return this.host.state[this.kind];
  }

  protected readProp(prop: string): unknown {
    throw fakeError("InvalidArgument", `${this.kind}.load("${prop}"): load items/<property>`);
  }

  override load(spec?: string | string[]): this {
    this.context.requireApi(this.api, this.kind);
    const props = parseProps(spec).map((p) => {
      const m = /^items\/(\w+)$/.exec(p);
      if (!m) throw fakeError("InvalidArgument", `${this.kind}.load("${p}"): load items/<property>`);
      return m[1];
    });
    this.context.enqueue(() => {
      const items = this.resolve().map((a) => {
        const item = new FakeAnnotation(this.context, this.kind, () => this.resolve().find((x) => x === a), false);
        return { item, values: new Map(props.map((p) => [p, item.readAnnotation(p, a)] as const)) };
      });
      return {
        payload: jsonSize(items.map((i) => [...i.values.values()])),
        commit: () => {
          items.forEach((i) => i.item.commitLoad(false, i.values));
          this.itemList = items.map((i) => i.item);
        },
      };
    });
    return this;
  }

  get items(): FakeAnnotation[] {
    if (!this.itemList) throw fakeError("PropertyNotLoaded", `${this.kind}.items was not loaded`);
    return this.itemList;
  }

  add(cellAddress: FakeRange | string, content: string): FakeAnnotation {
    this.context.requireApi(this.api, `${this.kind}.add`);
    let added: FakeNote | undefined;
    this.context.enqueue(() => {
      const host = this.host;
      const at = cellRef(this.context, cellAddress);
      if (host.sheet(at.sheet)?.protected) throw fakeError("AccessDenied", `sheet ${at.sheet} is protected`);
      if (hasAnnotation(host, at))
        throw fakeError("InvalidOperation", `cell ${at.address} already has a note or comment`);
      if (this.kind === "comments") {
        const comment: FakeComment = { id: `c${host.state.nextCommentId++}`, ...at, content };
        host.state.comments.push(comment);
        added = comment;
      } else {
        added = { ...at, content };
        host.state.notes.push(added);
      }
    }, jsonSize(content));
    return new FakeAnnotation(this.context, this.kind, () => added, false);
  }

  /** notes: by cell address ("'S'!A1"); comments: by id. */
  getItem(key: string): FakeAnnotation {
    this.context.requireApi(this.api, `${this.kind}.getItem`);
    return new FakeAnnotation(this.context, this.kind, this.finder(key), false);
  }

  getItemOrNullObject(key: string): FakeAnnotation {
    this.context.requireApi(this.kind === "notes" ? "1.18" : "1.14", `${this.kind}.getItemOrNullObject`);
    return new FakeAnnotation(this.context, this.kind, this.finder(key), true);
  }

  private finder(key: string): () => FakeNote | undefined {
    if (this.kind === "comments") return () => this.host.state.comments.find((c) => c.id === key);
    return () => {
      const at = cellRef(this.context, key);
      return this.host.state.notes.find((n) => n.sheet === at.sheet && n.address === at.address);
    };
  }
}

class FakeAnnotation extends FakeObject<FakeNote> {
  constructor(
    context: FakeContext,
    private readonly kind: AnnotationList,
    private readonly find: () => FakeNote | undefined,
    private readonly orNull: boolean,
  ) {
    super(context);
  }

  resolve(): FakeNote | null {
    const a = this.find();
    if (a) return a;
    if (this.orNull) return null;
    throw fakeError("ItemNotFound", `${this.kind} item`);
  }

  readAnnotation(prop: string, a: FakeNote): unknown {
    if (prop === "content") return a.content;
    if (prop === "id" && this.kind === "comments") return (a as FakeComment).id;
    if (prop === "resolved" && this.kind === "comments") return (a as FakeComment).resolved ?? false;
    throw fakeError("InvalidArgument", `${this.kind} item .${prop} is not modelled`);
  }

  protected readProp(prop: string, a: FakeNote): unknown {
    return this.readAnnotation(prop, a);
  }

  get id(): string {
    return this.loaded("id");
  }
  get content(): string {
    return this.loaded("content");
  }
  get resolved(): boolean {
    return this.loaded("resolved");
  }

  set resolved(on: boolean) {
    this.context.enqueue(() => {
      const c = this.target() as FakeComment;
      if (this.kind !== "comments") throw fakeError("InvalidArgument", "notes cannot be resolved");
      c.resolved = on;
    });
  }

  /** Comment.replies: only getCount() is modelled. */
  get replies(): { getCount(): FakeResult<number> } {
    return {
      getCount: () => {
        const result = new FakeResult<number>();
        this.context.enqueue(() => {
          const n = (this.target() as FakeComment).replies?.length ?? 0;
          return { payload: 8, commit: () => result.set(n) };
        });
        return result;
      },
    };
  }

  getLocation(): FakeRange {
    const sheet = new FakeWorksheet(this.context, { name: () => this.target().sheet });
    return new FakeRange(sheet, () => parseRect(this.target().address));
  }

  delete(): void {
    this.context.enqueue(() => {
      const a = this.target();
      if (this.host.sheet(a.sheet)?.protected) throw fakeError("AccessDenied", `sheet ${a.sheet} is protected`);
      const list: FakeNote[] = this.host.state[this.kind];
      this.host.state[this.kind] = list.filter((x) => x !== a) as FakeComment[];
    });
  }
}

/** A ClientResult: `value` readable after the sync. */
class FakeResult<T> {
  private v: { value: T } | null = null;

  set(value: T): void {
    this.v = { value };
  }

  get value(): T {
    if (!this.v) throw fakeError("PropertyNotLoaded", "ClientResult.value read before sync");
    return this.v.value;
  }
}

class FakeProtection extends FakeObject<FakeSheet> {
  constructor(private readonly sheet: FakeWorksheet) {
    super(sheet.context);
  }

  resolve(): FakeSheet | null {
    return this.sheet.resolve();
  }

  protected readProp(prop: string, sheet: FakeSheet): unknown {
    if (prop === "protected") return sheet.protected === true;
    throw fakeError("InvalidArgument", `WorksheetProtection.${prop} is not modelled`);
  }

  get protected(): boolean {
    return this.loaded("protected");
  }
}

class FakeSettingCollection {
  constructor(private readonly context: FakeContext) {}

  add(key: string, value: unknown): FakeSetting {
    this.context.requireApi("1.4", "settings");
    const stored = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    this.context.enqueue(() => {
      this.context.host.state.settings[key] = stored;
    }, jsonSize(value));
    return new FakeSetting(this.context, key, false);
  }

  getItem(key: string): FakeSetting {
    this.context.requireApi("1.4", "settings");
    return new FakeSetting(this.context, key, false);
  }

  getItemOrNullObject(key: string): FakeSetting {
    this.context.requireApi("1.4", "settings");
    return new FakeSetting(this.context, key, true);
  }
}

class FakeSetting extends FakeObject<{ key: string; value: unknown }> {
  constructor(
    context: FakeContext,
    private readonly key: string,
    private readonly orNull: boolean,
  ) {
    super(context);
  }

  resolve(): { key: string; value: unknown } | null {
    const settings = this.host.state.settings;
    if (Object.prototype.hasOwnProperty.call(settings, this.key)) return { key: this.key, value: settings[this.key] };
    if (this.orNull) return null;
    throw fakeError("ItemNotFound", `setting ${this.key}`);
  }

  protected readProp(prop: string, s: { key: string; value: unknown }): unknown {
    if (prop === "key") return s.key;
    if (prop === "value") return s.value;
    throw fakeError("InvalidArgument", `Setting.${prop} is not modelled`);
  }

  get value(): unknown {
    return this.loaded("value");
  }

  delete(): void {
    this.context.enqueue(() => {
      this.target();
      delete this.host.state.settings[this.key];
    });
  }
}

/** What createExcelPort needs, served by the fake (it stands in for Excel.run and Office.context.requirements). */
export function fakeOfficeDeps(host: FakeExcel): { run: ExcelRun; requirements: RequirementChecker } {
  return { run: host.run as unknown as ExcelRun, requirements: host.requirements };
}

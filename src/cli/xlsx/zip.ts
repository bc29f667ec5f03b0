import { Inflate } from "fflate";
import { inflateRawSync } from "zlib";
import { WorkbookError } from "../errors";
import { LIMITS } from "./limits";

/** One file of the zip, as its central directory lists it. */
interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  /** Uncompressed size as declared; checked against LIMITS before inflating and while inflating. */
  size: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A size or offset of 0xFFFFFFFF means "see the ZIP64 record": 4 GiB or more, always over the caps. */
const ZIP64_MARK = 0xffffffff;
/**
 * Parts up to this size are inflated whole by Node's zlib, quick from the first call as a
 * check of a real 20–200-row sheet needs; larger ones are streamed through fflate, so the bytes
 * of a 10 MB sheet are never held whole (held whole, such buffers were measured to leave the
 * process ~35 MB larger at its peak on the 100,000-row bench).
 */
const WHOLE_PART_BYTES = 1024 * 1024;
/**
 * Bytes decoded into one piece of text for the sink. A piece stays under V8's largest ordinary
 * object (128 KB; 32 K characters of two-byte text take 64 KB): a larger string is allocated on
 * its own, and the 154 KB pieces the streaming inflater yields took ~10× the CPU to decode
 * (sheet1 of the 100,000-row bench, 15 MB: 100 ms → 10 ms).
 */
const TEXT_PIECE_BYTES = 32 * 1024;
/** Compressed bytes handed to the streaming inflater at a time: one push can yield at most ~1,000× this. */
const PUSH_BYTES = 16 * 1024;

const MB = 1024 * 1024;
const sizeText = (n: number) => (n >= 1024 * MB ? `${(n / (1024 * MB)).toFixed(1)} GB` : `${Math.ceil(n / MB)} MB`);

/**
 * The parts of an OOXML package, inflated one at a time as a stream of text. Only the central
 * directory is read up front; nothing is inflated whose declared size is over the caps, and
 * inflating stops as soon as a part yields more than it declared.
 */
export class ZipPackage {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(
    private readonly buf: Buffer,
    private readonly label: string,
  ) {
    const end = this.findEndRecord();
    const count = buf.readUInt16LE(end + 10);
    let p = buf.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) this.corrupt();
      const flags = buf.readUInt16LE(p + 8);
      const nameLen = buf.readUInt16LE(p + 28);
      const entry: Entry = {
        name: buf.toString("utf8", p + 46, p + 46 + nameLen),
        method: buf.readUInt16LE(p + 10),
        compressedSize: buf.readUInt32LE(p + 20),
        size: buf.readUInt32LE(p + 24),
        localHeader: buf.readUInt32LE(p + 42),
      };
      // An encrypted zip entry (not the CFB-wrapped encryption Excel uses) cannot be a workbook part.
      if (flags & 1) this.corrupt();
      // OPC part names are case-insensitive.
      this.entries.set(entry.name.replace(/^\//, "").toLowerCase(), entry);
      p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** Declared uncompressed size of a part (0 when absent). */
  sizeOf(name: string): number {
    return this.entries.get(name.toLowerCase())?.size ?? 0;
  }

  /**
   * Inflates a part and hands its UTF-8 text to `sink` piece by piece, with the count of bytes
   * inflated so far. Throws WorkbookError "too-large" before inflating anything over the caps,
   * "corrupt" for a damaged entry or one that yields more or less than it declared (a part
   * inflated whole hands on no text before it is found sound; a streamed one stops at the
   * first byte past its declared size).
   */
  streamText(name: string, sink: (text: string, bytesSoFar: number) => void): void {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) this.corrupt();
    this.checkDeclared(entry);
    if (entry.method !== 0 && entry.method !== 8) this.corrupt();
    const start = this.dataStart(entry);
    const data = this.buf.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) this.corrupt();

    const decoder = new TextDecoder("utf-8");
    let produced = 0;
    const take = (chunk: Uint8Array, final: boolean) => {
      if (produced + chunk.length > entry.size) this.corrupt();
      for (let p = 0; p < chunk.length || p === 0; p += TEXT_PIECE_BYTES) {
        const piece = chunk.subarray(p, p + TEXT_PIECE_BYTES);
        produced += piece.length;
        sink(decoder.decode(piece, { stream: !(final && p + TEXT_PIECE_BYTES >= chunk.length) }), produced);
      }
    };
    if (entry.method === 8 && entry.size > WHOLE_PART_BYTES) this.inflateInPieces(data, take);
    else {
      const bytes = entry.method === 8 ? this.inflateWhole(data, entry.size) : data;
      if (bytes.length !== entry.size) this.corrupt();
      take(bytes, true);
    }
    if (produced !== entry.size) this.corrupt();
    this.inflated += produced;
  }

  /** Inflates a small part whole; zlib stops as soon as the output passes the declared size. */
  private inflateWhole(data: Uint8Array, size: number): Uint8Array {
    try {
      return inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
    } catch {
      return this.corrupt(); // invalid or truncated deflate data, or more than declared
    }
  }

  private inflateInPieces(data: Uint8Array, take: (chunk: Uint8Array, final: boolean) => void): void {
    const inflater = new Inflate(take);
    try {
      for (let p = 0; p < data.length || p === 0; p += PUSH_BYTES) {
        inflater.push(data.subarray(p, p + PUSH_BYTES), p + PUSH_BYTES >= data.length);
      }
    } catch (err) {
      if (err instanceof WorkbookError) throw err;
      this.corrupt(); // fflate: invalid or truncated deflate data
    }
  }

  private checkDeclared(entry: Entry): void {
    const over = (size: number, cap: number, what: string) =>
      new WorkbookError("too-large", this.label, `${what} ${sizeText(size)} > ${sizeText(cap)}`);
    if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) {
      throw over(2 ** 32, LIMITS.partBytes, entry.name);
    }
    if (entry.size > LIMITS.partBytes) throw over(entry.size, LIMITS.partBytes, entry.name);
    if (this.inflated + entry.size > LIMITS.totalBytes) {
      throw over(this.inflated + entry.size, LIMITS.totalBytes, "total");
    }
  }

  private dataStart(entry: Entry): number {
    const p = entry.localHeader;
    if (p + 30 > this.buf.length || this.buf.readUInt32LE(p) !== LOCAL) this.corrupt();
    return p + 30 + this.buf.readUInt16LE(p + 26) + this.buf.readUInt16LE(p + 28);
  }

  /** The end-of-central-directory record sits in the last 22 + up to 65,535 (comment) bytes. */
  private findEndRecord(): number {
    const stop = Math.max(0, this.buf.length - 22 - 0xffff);
    for (let p = this.buf.length - 22; p >= stop; p--) {
      if (this.buf.readUInt32LE(p) === EOCD) return p;
    }
    return this.corrupt();
  }

  private corrupt(): never {
    throw new WorkbookError("corrupt", this.label);
  }
}

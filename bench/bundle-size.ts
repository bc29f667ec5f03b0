import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

export interface BundleResult {
  rawBytes: number;
  gzipBytes: number;
  files: { file: string; rawBytes: number; gzipBytes: number }[];
}

/**
 * The production task pane as the browser loads it: taskpane.html and the scripts and styles it
 * references in dist-web/ (office.js comes from Microsoft's CDN and is not counted).
 */
export function measureBundle(outDir: string): BundleResult {
  const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
  const referenced = [...html.matchAll(/(?:src|href)=["']?([^"'\s>]+\.(?:js|css))/g)]
    .map((m) => m[1])
    .filter((ref) => !/^https?:/.test(ref))
    .map((ref) => ref.replace(/^\.?\//, ""));
  const files = ["taskpane.html", ...referenced].map((file) => {
    const data = fs.readFileSync(path.join(outDir, file));
    return { file, rawBytes: data.length, gzipBytes: zlib.gzipSync(data, { level: 9 }).length };
  });
  return {
    rawBytes: files.reduce((n, f) => n + f.rawBytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    files,
  };
}

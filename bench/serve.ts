import * as fs from "fs";
import * as http from "http";
import * as path from "path";

/** dist-web/ on 127.0.0.1 (a random port): its files, and JSON at the given paths (bench/pane.ts). */
export function serve(outDir: string, json: Record<string, () => string> = {}): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const body = json[url.pathname];
    if (body) {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(body());
    }
    const file = path.join(outDir, path.normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, ""));
    if (!file.startsWith(outDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end();
    }
    const type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript" : "";
    res.writeHead(200, type ? { "content-type": type } : {});
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

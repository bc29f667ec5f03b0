/**
 * The address the production task pane is served from, and the checks that keep the dev
 * address (https://localhost:3000/) out of what `npm run build` emits. Used by webpack.config.js;
 * plain CommonJS so the build needs no TypeScript step.
 */

/** The dev server's address, as written in manifest.xml. */
const DEV_URL = "https://localhost:3000/";

/**
 * Any http(s) URL on the loopback: what must never reach a municipality's manifest or page. The
 * host must end there, so https://localhost-proxy.city.lg.jp/ is not one.
 */
const LOCAL_URL =
  /https?:\/\/(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])(?![\w.-])(?::\d+)?(?:\/[^\s"'<>)]*)?/gi;

/** Hosts reserved for documentation (RFC 2606/6761): a placeholder, never a real server. */
const PLACEHOLDER_HOST = /(?:^|\.)(?:example(?:\.(?:com|net|org|jp))?|invalid|test)$/i;

const HOW =
  "ADDIN_URL=https://<配置先>/ npm run build  (or: npm run build -- --env addinUrl=https://<host>/) — see README「配置 / Deploying」";

/** The loopback URLs in a text, in order of appearance. */
function localUrls(text) {
  return text.match(LOCAL_URL) ?? [];
}

/**
 * Checks the production address given by the person building and returns it with one trailing
 * slash. Throws (ja + en) when it is missing, not https, on the loopback or a placeholder host.
 */
function productionUrl(value) {
  const raw = (value ?? "").trim();
  if (!raw) {
    throw new Error(`配置先のURLが指定されていません。 / The production URL is not set.\n  ${HOW}`);
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`配置先のURL「${raw}」を読み取れません。 / "${raw}" is not a URL.\n  ${HOW}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `配置先は https で始まる必要があります（Office の要件）: ${raw} / Office add-ins must be served over https.`,
    );
  }
  if (localUrls(url.origin).length > 0) {
    throw new Error(`配置先に localhost は使えません: ${raw} / The production URL cannot be the loopback.`);
  }
  if (PLACEHOLDER_HOST.test(url.hostname)) {
    throw new Error(
      `「${url.hostname}」は例示用のホスト名です。実際の配置先を指定してください。 / The host ${url.hostname} is a placeholder, not a server.`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(
      `配置先のURLに ? や # は付けられません: ${raw} / The production URL cannot have a query or fragment.`,
    );
  }
  return url.origin + url.pathname.replace(/\/*$/, "/");
}

/**
 * manifest.xml with every dev address replaced by `url` and the developers' comments dropped
 * (they describe the dev setup); throws if any loopback URL is left (one written in another form
 * than DEV_URL).
 */
function productionManifest(xml, url) {
  const out = xml
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .split(DEV_URL)
    .join(url);
  const left = localUrls(out);
  if (left.length > 0) {
    throw new Error(`manifest.xml: localhost URL left after replacing ${DEV_URL}: ${[...new Set(left)].join(", ")}`);
  }
  return out;
}

module.exports = { DEV_URL, localUrls, productionUrl, productionManifest };

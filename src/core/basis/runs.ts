import type { NumToken, Scan } from "./tokens";
import type { Role } from "./roles";
import { gap, isKw, isNum } from "./scan";

/** For the role stage: numbers the text joins into one thing, by token index — a path, a product. */
export interface Run extends Array<number> {
  role: Role;
}

/**
 * 「8.4⇒9.2⇒10.0」 (three numbers or more, any kind, nothing between) is a path; 「8人×2社/年」
 * (two counts or more, × glued to the number before it) is a product of factors.
 */
export function joined(scan: Scan, join: "arrow" | "times"): Run[] {
  const toks = scan.tokens;
  const least = join === "arrow" ? 3 : 2;
  const fits = (t: (typeof toks)[number]): t is NumToken => isNum(t) && (join === "arrow" || t.kind === "count");
  const out: Run[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!fits(toks[i])) continue;
    const run = Object.assign([i], { role: (join === "arrow" ? "path" : "factor") as Role });
    for (let j = i; ; j += 2) {
      const [kw, next] = [toks[j + 1], toks[j + 2]];
      if (!isKw(kw, join) || !fits(next) || gap(scan, toks[j], kw).trim() !== "") break;
      if (join === "arrow" ? gap(scan, kw, next).trim() !== "" : gap(scan, kw, next).length > 10) break;
      run.push(j + 2);
    }
    if (run.length >= least) {
      out.push(run);
      i = run[run.length - 1];
    }
  }
  return out;
}

import { scoreCorpus, summary } from "./score";

/** `node scripts/run-ts.js tests/core/basis/corpus/print.ts`: the corpus score, row by row. */
void scoreCorpus().then((scores) => {
  for (const s of scores) {
    const t = s.report?.target;
    const got = t?.computed?.value ?? t?.parts.map((p) => p.computed?.value ?? "—").join("/") ?? "—";
    const mark = `${s.computable ? (s.computedOk ? "C" : "c") : " "}${s.statusOk ? "S" : "s"}${s.wrongNumberVerdict ? "W" : " "}`;
    const want = s.golden.expect.computedAny ?? s.golden.parts ?? [s.golden.expect.computed];
    process.stdout.write(
      `${mark} ${s.golden.id}\t${t?.status ?? "NO ROW"}\t${got}\twant ${want.join("|")} ${s.golden.expect.status.join("|")}\t${t?.rule ?? ""}\t${(t?.explanation ?? "").slice(0, 110)}\n`,
    );
  }
  process.stdout.write(JSON.stringify(summary(scores)) + "\n");
});

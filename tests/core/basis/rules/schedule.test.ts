import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("schedule", () => {
  const TEXT = "R8とR9に各1回、R10とR11に各2回、R12に3回の実施を見込む。";

  it("reads a value per year and picks the target year's", () => {
    const r = rule(TEXT);
    expect(r.kind).toBe("schedule");
    if (r.kind !== "schedule") return;
    expect(r.entries.map((e) => `${e.year.label}:${e.value.value}`)).toEqual([
      "R8:1",
      "R9:1",
      "R10:2",
      "R11:2",
      "R12:3",
    ]);
    expect(ok(run(TEXT, data({ series: [], base: null }))).value).toBe(3);
  });

  it("is not computable when the target year is not scheduled", () => {
    expect(run(TEXT, data({ series: [], base: null, target: "R13" }))).toMatchObject({
      ok: false,
      reason: "not-in-schedule",
    });
  });

  it("reads a range: R8～R10に各1回、R11に2回", () => {
    const r = rule("R8～R10に各1回、R11に2回");
    expect(r.kind === "schedule" && r.entries.map((e) => e.year.label)).toEqual(["R8", "R9", "R10", "R11"]);
  });

  it("reads years joined by ・ and は: R8・R9は各2件、R10は3件", () => {
    const r = rule("R8・R9は各2件、R10は3件とする");
    expect(r.kind === "schedule" && r.entries.map((e) => `${e.year.label}:${e.value.value}`)).toEqual([
      "R8:2",
      "R9:2",
      "R10:3",
    ]);
    expect(ok(run("R11に1校、R12に2校を整備する", data({ series: [], base: null }))).value).toBe(2);
  });

  it("near miss: a value to reach by a year (までに) is no entry of a schedule", () => {
    expect(parseBasis("R8に100人、R12年度までに300人を目指す")).not.toMatchObject({ kind: "schedule" });
  });

  it("needs two years: R12に3回 alone is a level to reach", () => {
    expect(parseBasis("R12に3回の実施を見込む")).toMatchObject({ kind: "reach-level" });
  });
});

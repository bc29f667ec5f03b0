import { rolesOf, type Role } from "../../../src/core/basis/roles";
import { tokenize } from "../../../src/core/basis/tokens";
import { normalize } from "../../../src/core/text/normalize";

const roles = (text: string) => rolesOf(tokenize(normalize(text)));
/** Each number as written with its role: "640人:population". */
const tagged = (text: string) => roles(text).numbers.map((n) => `${n.token.text}:${n.role}${n.use ? `/${n.use}` : ""}`);
const roleOf = (text: string, written: string): Role | undefined =>
  roles(text).numbers.find((n) => n.token.text === written)?.role;

/** Issue 14, point 1: one stage gives every number of a goal clause its role; rules read it. */
describe("the role stage", () => {
  it("places the population before a rate and the count worked out after it", () => {
    expect(tagged("入所者数(640人)の3パーセントである19人を目標とする")).toEqual([
      "640人:population",
      "3パーセント:rate",
      "19人:worked",
    ]);
    expect(tagged("利用者1,200人のうち5%にあたる60人以上")).toEqual(["1,200人:population", "5%:rate", "60人:worked"]);
    expect(tagged("在宅者の4.2%(11人)以上とする")).toEqual(["4.2%:rate", "11人:worked"]);
    expect(tagged("対象世帯(350世帯)の20%以上")).toEqual(["350世帯:population", "20%:rate"]);
  });

  it("places the count a factor works out to, after it, or the amount of change written before it", () => {
    expect(tagged("約2倍(600人)を目指す")).toEqual(["2倍:rate", "600人:worked"]);
    expect(tagged("約480人(1.2倍)増加する")).toEqual(["480人:worked", "1.2倍:rate"]);
    expect(roles("約480人(1.2倍)増加する").numbers[0].before).toBe(true);
    expect(tagged("現状の1.5倍にあたる900件とする")).toEqual(["1.5倍:rate", "900件:worked"]);
  });

  it("near miss: a count further from the factor is a level of its own", () => {
    expect(tagged("1.2倍の増加で600人にする")).toEqual(["1.2倍:rate", "600人:level"]);
    expect(tagged("600人、2倍")).toEqual(["600人:level", "2倍:rate"]);
  });

  it("near miss: a count far from the rate, or a bare number, is a level, not a population or a result", () => {
    expect(roleOf("施設は12施設あり、満足度を80%に高める", "12施設")).toBe("level");
    expect(roleOf("3%の増加で、利用者を500人とする", "500人")).toBe("level");
    expect(roleOf("入所者数(640)の3%", "640")).toBe("level");
  });

  it("marks the base written in the text, yearly steps and rates", () => {
    expect(tagged("42人から毎年80人以上へ")).toEqual(["42人:base", "80人:step"]);
    expect(tagged("約5,900人の半減を目指す")).toEqual(["5,900人:base"]);
    expect(tagged("年1%の増加を目指す")).toEqual(["1%:rate"]);
    expect(tagged("1,200t/年以下とする")).toEqual(["1,200t/年:level"]);
  });

  it("tells a rate of change, yearly or once, from a level to reach", () => {
    const yearly = (text: string) =>
      roles(text).numbers.map((n) => `${n.token.text}:${n.role}${n.yearly ? "/yearly" : ""}`);
    expect(yearly("年1%の増加を目指す")).toEqual(["1%:rate/yearly"]);
    expect(yearly("毎年5%削減する")).toEqual(["5%:rate/yearly"]);
    expect(yearly("R6から30%の増加を目指す")).toEqual(["30%:rate"]);
    expect(yearly("満足度を75%に向上させる")).toEqual(["75%:level"]);
    expect(yearly("60%まで引き上げる")).toEqual(["60%:level"]);
    expect(yearly("年間100人の増加")).toEqual(["100人:step/yearly"]);
    expect(yearly("50人/年の削減を図る")).toEqual(["50人/年:step/yearly"]);
    // Near miss: a level counted per year, with no change word, is no step.
    expect(yearly("1,200t/年以下とする")).toEqual(["1,200t/年:level"]);
  });

  it("near miss: 「5%にあたる」「5%に相当」 is a share's rate, not a level", () => {
    expect(roleOf("入所者数の5%にあたる6人", "5%")).toBe("rate");
    expect(roleOf("基準値の5%に相当する量を削減", "5%")).toBe("rate");
  });

  it("says what the text does over a period: a mean, a total, or nothing", () => {
    expect(tagged("3年間平均で1,200t以下とする")).toEqual(["3年間:period/mean", "1,200t:level"]);
    expect(tagged("5か年の平均値で年2%の削減")).toEqual(["5か年:period/mean", "2%:rate"]);
    expect(tagged("5年間で2,000人")).toEqual(["5年間:period/total", "2,000人:level"]);
    expect(tagged("5か年の累計で300件を目指す")).toEqual(["5か年:period/total", "300件:level"]);
    expect(tagged("今後5年間、毎年10人増やす")).toEqual(["5年間:period/span", "10人:step"]);
    expect(tagged("3年ごとに1校の増加を目指す")).toEqual(["3年ごと:period/every", "1校:level"]);
    expect(tagged("2か年1組織ずつ増やす")).toEqual(["2か年:period/every", "1組織:level"]);
    // Near miss: with 年間, or a で before the count of a か年, it is a total over the span.
    expect(tagged("5年間で20校")).toEqual(["5年間:period/total", "20校:level"]);
    expect(tagged("2か年で100人")).toEqual(["2か年:period/total", "100人:level"]);
  });

  it("near miss: a past period is marked past, neither a mean nor a total of the target", () => {
    expect(tagged("過去3年間の平均で1,200tであった")).toEqual(["3年間:period/past", "1,200t:level"]);
    expect(tagged("直近5か年で2,000人を受け入れた")).toEqual(["5か年:period/past", "2,000人:level"]);
    expect(tagged("前期の5年間の累計で300件")).toEqual(["5年間:period/past", "300件:level"]);
  });

  it("marks factors of a product and the values of a path, and a factor named by a rate word", () => {
    expect(tagged("平均従業員数8人×誘致企業2社/年")).toEqual(["8人:factor", "2社/年:factor"]);
    expect(tagged("1校あたり30人×年4回")).toEqual(["1校:level", "30人:factor", "4回:factor"]);
    expect(tagged("8.4⇒9.2⇒10.0を目指す")).toEqual(["8.4:path", "9.2:path", "10.0:path"]);
    expect(tagged("R6年度実績×伸び率(1.136)")).toEqual(["1.136:rate"]);
    expect(tagged("成長率1.05を乗じる")).toEqual(["1.05:rate"]);
    // Near miss: two values are no path; a percent is no factor of counts; a mean rate word, or
    // a number far from it or too large for a factor, is no factor.
    expect(tagged("8.4⇒9.2")).toEqual(["8.4:level", "9.2:level"]);
    expect(tagged("8%×2")).toEqual(["8%:rate", "2:level"]);
    expect(tagged("平均伸び率(1.05)")).toEqual(["1.05:level"]);
    expect(tagged("伸び率(12)")).toEqual(["12:level"]);
  });

  it("marks a number the text sets, and a past peak's value, as a level", () => {
    expect(tagged("満足度を50%とする")).toEqual(["50%:level"]);
    expect(tagged("年間10件とする")).toEqual(["10件:level"]);
    expect(tagged("過去最高の定着率(2020年度:85%)を目指す")).toEqual(["85%:level"]);
    // Near miss: a change set as the goal keeps its rate or step.
    expect(tagged("年10件の増加とする")).toEqual(["10件:step"]);
    expect(tagged("5%の削減とする")).toEqual(["5%:rate"]);
  });

  it("dates a number written for years, and one to reach by a year", () => {
    const dated = (text: string) =>
      roles(text).numbers.map(
        (n) => `${n.token.text}:${(n.years ?? []).map((y) => y.label).join("+")}${n.until ? "/until" : ""}`,
      );
    expect(dated("R8とR9に各1回、R10に2回")).toEqual(["1回:R8+R9", "2回:R10"]);
    expect(dated("R8～R10に各1件")).toEqual(["1件:R8+R9+R10"]);
    expect(dated("令和12年度までに300人を目指す")).toEqual(["300人:R12/until"]);
    // Near miss: a year with more words before the number dates nothing.
    expect(dated("R6の現状から300人増やす")).toEqual(["300人:"]);
    expect(dated("R8に向けて毎年1回")).toEqual(["1回:"]);
  });

  it("finds the level the clause aims at, and a range's floor", () => {
    const goal = (text: string) => {
      const r = roles(text);
      const at = (i: number | undefined) => r.numbers.find((n) => n.at === i)?.token.text;
      return r.goal ? [at(r.goal.at), at(r.goal.floor)].filter((x) => x !== undefined) : [];
    };
    expect(goal("満足度を75%に向上させる")).toEqual(["75%"]);
    expect(goal("利用者を800社にする")).toEqual(["800社"]);
    expect(goal("50%をめざす")).toEqual(["50%"]);
    expect(goal("96%以上を維持する")).toEqual(["96%"]);
    expect(goal("42人から80人へ")).toEqual(["80人"]);
    expect(goal("271人を超えないという目標")).toEqual(["271人"]);
    expect(goal("R12年度までに300人")).toEqual(["300人"]);
    expect(goal("毎年度80%")).toEqual(["80%"]);
    expect(goal("30%以上50%以下を保つ")).toEqual(["50%", "30%"]);
    // Near miss: a rate of change, a yearly step with a change word, a signed change aim at no level.
    expect(goal("R6から10%の増加を目指す")).toEqual([]);
    expect(goal("毎年100人増やす")).toEqual([]);
    expect(goal("+5%を目指す")).toEqual([]);
  });

  it("says what a percent is taken against when no number is written for it", () => {
    const against = (text: string) => roles(text).numbers.map((n) => `${n.token.text}:${n.against ?? "-"}`);
    expect(against("施設入所者数の12%以上")).toEqual(["12%:named"]);
    expect(against("人口の0.5%")).toEqual(["0.5%:named"]);
    expect(against("現状比で概ね85%以下")).toEqual(["85%:now"]);
    expect(against("R6比90%とする")).toEqual(["90%:now"]);
    // Near miss: a population with its number, a plain rate, a name not of a population.
    expect(against("入所者数(640人)の3%")).toEqual(["640人:-", "3%:-"]);
    expect(against("R6から10%の増加")).toEqual(["10%:-"]);
    expect(against("満足度の80%")).toEqual(["80%:-"]);
  });

  it("finds means over past years, of a rate, of yearly changes or of the values", () => {
    const means = (text: string) =>
      roles(text).means.map(
        (m) =>
          `${"last" in m.over ? `last${m.over.last}` : `${m.over.from.label}-${m.over.to.label}`}:${m.of}${m.direction ? `/${m.direction}` : ""}`,
      );
    expect(means("H18~H23までの平均減少率約6%")).toEqual(["H18-H23:rate/-1"]);
    expect(means("R4～R6の増の平均0.8ポイント")).toEqual(["R4-R6:changes/1"]);
    expect(means("R3～R6の平均減少数")).toEqual(["R3-R6:changes/-1"]);
    expect(means("R2年度からR6年度の平均値+10%")).toEqual(["R2-R6:values"]);
    expect(means("過去3か年平均を維持")).toEqual(["last3:values"]);
    // Near miss: 平均から増加 is a change from the mean; a rate word without its percent is no
    // mean rate; a span to come is not past; a range with no 平均 takes no mean.
    expect(means("R3～R6の平均から増加")).toEqual(["R3-R6:values"]);
    expect(means("H18~H23までの平均減少率を維持")).toEqual([]);
    expect(means("今後3か年の平均")).toEqual([]);
    expect(means("R3～R6の合計")).toEqual([]);
  });

  it("marks an amount of change once, when its change word closes the goal", () => {
    expect(tagged("R6から500人増加させる")).toEqual(["500人:change"]);
    expect(tagged("12,400キロリットル削減")).toEqual(["12,400:change"]);
    expect(tagged("30人の増加を目指す")).toEqual(["30人:change"]);
    expect(tagged("R6の実績値から30人増やすことを目指す")).toEqual(["30人:change"]);
    expect(tagged("現状値から5件引き下げ、安全を図る")).toEqual(["5件:change"]);
    // Near miss: a level to reach, a yearly step, a level set after the change.
    expect(tagged("30人まで増やす")).toEqual(["30人:level"]);
    expect(tagged("年30人増やすことを目指す")).toEqual(["30人:step"]);
    expect(tagged("30人増やし、80人とする")).toEqual(["30人:level", "80人:level"]);
    // Near miss: a past fact, a text with a rate, a count a period is about.
    expect(tagged("500人増加したため")).toEqual(["500人:level"]);
    expect(tagged("10%の増加で500人増加させる")).toEqual(["10%:rate", "500人:level"]);
    expect(tagged("5年間で2,000人増加させる")).toEqual(["5年間:period/total", "2,000人:level"]);
  });

  it("reads 「(1%×3年)」 as the number of periods the text sets", () => {
    expect(roles("年1%の増加(1%×3年)を見込む").periods).toBe(3);
    expect(roles("毎年2%×5年間の削減").periods).toBe(5);
    expect(roles("年1%の増加を見込む").periods).toBeUndefined();
  });

  it("counts a year restated in the other form once, with its base marker", () => {
    const years = (text: string) => roles(text).years.map((y) => [y.year.fy, y.isBase]);
    expect(years("平成22年(2010年)の実績から2030年に20%削減")).toEqual([
      [2010, true],
      [2030, false],
    ]);
    expect(years("2013年度(平成25年度)比で2030年度に46%削減")).toEqual([
      [2013, true],
      [2030, false],
    ]);
    expect(years("令和2年(2020年)を基準に令和12年(2030年)までに")).toEqual([
      [2020, true],
      [2030, false],
    ]);
    // A restatement naming another year is one year as first written, the clash kept apart.
    expect(years("平成22年(2013年)の値")).toEqual([[2010, true]]);
    expect(tokenize("平成22年(2013年)の値").yearClash).toMatchObject({ written: { fy: 2010 }, restated: { fy: 2013 } });
    // Near miss: two years of the same form side by side, or a bracket saying more, stay two years.
    expect(years("R6(R5)の値")).toHaveLength(2);
    expect(years("令和6年度(2023年度実績)から")).toHaveLength(2);
    expect(tokenize("令和6年度(2023年度実績)から").yearClash).toBeUndefined();
    expect(tokenize("平成22年(2010年)の値").yearClash).toBeUndefined();
  });
});

/**
 * Clauses of a basis sentence and the one about this row's indicator. A sentence may set two
 * indicators at once (「地域生活移行人数を23人、施設入所者数を8人削減して377人とする」): each
 * 「名詞をN」 clause belongs to the indicator its noun names, and shares the sentence's predicate
 * (とする, を目指す). Past facts (〜しました, 実績は…) set no goal and are dropped when a goal
 * clause remains; so are a means and another plan's statement leading into the goal.
 */
import { memoizeText } from "../text/memo";

const CLAUSE_END = /[、,。]/;
/** 「施設入所者数を8人」: a noun phrase, を, then a number — a clause that sets one indicator. */
const OBJECT_NUMBER = /を\s?(?:約|およそ)?\d/;

/** The noun phrase before 「をN」 in a clause (found from the を: no backtracking on long cells). */
function subjectOf(clause: string): string | null {
  const m = OBJECT_NUMBER.exec(clause);
  if (!m) return null;
  const before = clause.slice(0, m.index);
  const start = Math.max(before.lastIndexOf("を"), before.lastIndexOf("、"), before.lastIndexOf(","));
  const noun = before.slice(start + 1);
  return noun.length >= 2 ? noun : null;
}
/** The predicate the clauses share, from the last one: とする…, を目標…, を目指す…. */
const PREDICATE = /(?:とする|とし|を目標|を目指|をめざ|に設定|と設定).*$/;
const PAST_FACT = /(?:しました|ました|となっている|となりました|実績は|でした)/;
const GOAL = /(?:目指|めざ|とする|とし|見込|設定|目標|以上|以下|超えない)/;
/**
 * Lead-ins that are not this row's goal: the means (「焼却処理量を…に抑制することにより」) and
 * another plan's statement (「「…計画」では、…を目標にしており、」). What follows is the goal.
 */
const LEAD_INS = [
  /^.*?(?:することにより|することによって|ことにより)[、,]?/,
  /^.*?」では.*?(?:ており|ていて|であり)[、,]/,
];
const HAS_NUMBER = /\d/;

function withoutLeadIns(text: string): string {
  let out = text;
  for (const re of LEAD_INS) {
    const m = re.exec(out);
    if (m && HAS_NUMBER.test(out.slice(m[0].length)) && HAS_NUMBER.test(m[0])) out = out.slice(m[0].length);
  }
  return out;
}

function splitClauses(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_END.test(text[i])) {
      out.push(text.slice(at, i + 1));
      at = i + 1;
    }
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Characters the two names share (bigrams): 地域生活移行人数 ~ 地域生活移行者数. */
function likeness(a: string, b: string): number {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < b.length; i++) grams.add(b.slice(i, i + 2));
  let n = 0;
  for (let i = 0; i + 1 < a.length; i++) if (grams.has(a.slice(i, i + 2))) n++;
  return n;
}

/** A text's goal clauses, found once per text: only the choice among them depends on the row. */
interface TextClauses {
  /** The text without its past facts and lead-ins. */
  kept: string;
  /** Its clauses with their subjects, when two or more of them set an indicator each; else none. */
  clauses?: readonly string[];
  subjects?: readonly (string | null)[];
}

/** Memoised: rows share a basis phrase, and pickBasis reads basis, source and target cells. */
const clausesOf = memoizeText((text: string): TextClauses => {
  const sentences = text.split(/(?<=。)/).filter((s) => s.trim() !== "");
  const goals = sentences.filter((s) => !PAST_FACT.test(s) || !GOAL.test(s));
  const kept = withoutLeadIns(goals.length > 0 && goals.length < sentences.length ? goals.join("") : text);
  const clauses = splitClauses(kept);
  const subjects = clauses.map(subjectOf);
  return subjects.filter((s) => s !== null).length < 2 ? { kept } : { kept, clauses, subjects };
});

/**
 * The part of `text` about `indicator`: the clause whose subject is most like its name, with the
 * sentence's leading clauses that set no indicator (「R5年度末までに、」) and its predicate;
 * the whole text when it sets one indicator or none. Past-fact sentences are dropped while a
 * goal sentence remains.
 */
export function clauseFor(text: string, indicator: string): string {
  const { kept, clauses, subjects } = clausesOf(text);
  if (!clauses || !subjects || indicator.trim() === "") return kept;
  let best = -1;
  let bestScore = 0;
  subjects.forEach((s, i) => {
    const score = s ? likeness(s, indicator) : 0;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  if (best < 0) return kept;
  const lead = clauses
    .slice(
      0,
      clauses.findIndex((_, i) => subjects[i] !== null),
    )
    .join("");
  const chosen = clauses[best].replace(/[、,]$/, "");
  const predicate = PREDICATE.test(chosen) ? "" : (PREDICATE.exec(clauses[clauses.length - 1])?.[0] ?? "");
  return lead + chosen + predicate;
}

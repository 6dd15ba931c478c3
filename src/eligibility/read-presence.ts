// How much of their time the asker can be on site: "I can only be at CERN 50% of the time"
// (0.5), "half the time", "a third of my time", "full time at CERN" / "I could move to CERN full
// time" (1), "a full year at CERN" (1), "remote only" (0). A fraction counts only in a sentence
// about being somewhere (at, on site, move, relocate, spend, presence...). How much of a full week
// they can work anywhere ("I can only work part-time", "available 60%") is readAvailability.
const PLACE_CUE =
  /\b(?:at cern|on[- ]?site|onsite|in person|in geneva|at the lab|be at|be in|be present|present at|presence|spend|relocate|relocating|move to|moving to|be based|stay at|work from|travel|sur place|vor ort|in sede|en el sitio|in loco|presente|anwesend)\b/;
const PERCENT = /(?<![\w.])(\d{1,3})\s?%/;
const FRACTION =
  /\b(?:(half|a third|one third|two thirds|a quarter|one quarter|three quarters)\s(?:of\s)?(?:the|my|our)?\s?(?:time|week|working time|days?)|(full[- ]time|100 percent|all the time|all of my time|the whole time|every day|permanently|full year|whole year|a full year|temps plein|vollzeit|tempo pieno|tiempo completo)|(part[- ]time|some of the time|occasionally|from time to time|a few days|one day a week|two days a week|temps partiel|teilzeit|tempo parziale|tiempo parcial))\b/;
const FRACTIONS: Record<string, number> = {
  half: 0.5,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'two thirds': 2 / 3,
  'a quarter': 0.25,
  'one quarter': 0.25,
  'three quarters': 0.75,
};
const REMOTE =
  /\b(?:remote(?:ly)? only|only remote(?:ly)?|fully remote|work remotely|remotely|from home|a distanza|a distancia|a distance|telearbeit)\b/;
const NEG = /\b(?:not|never|cannot|can't|won't|unable|nicht|pas|non|no)\b|n't\b/;

function sentences(lower: string): string[] {
  return lower.split(/[.!?;\n]+/);
}

/** The fraction of time the asker can be on site, or undefined when they do not say. */
export function readPresence(lower: string): number | undefined {
  for (const s of sentences(lower)) {
    if (!PLACE_CUE.test(s) && !REMOTE.test(s)) continue;
    const pc = PERCENT.exec(s);
    if (pc?.[1] && PLACE_CUE.test(s)) return Math.min(1, Number(pc[1]) / 100);
    const f = FRACTION.exec(s);
    if (f && PLACE_CUE.test(s)) {
      // The negation must be in the fraction's own clause: "I'm not in CMS, but I can be at CERN full time".
      const before =
        s
          .slice(0, f.index)
          .split(/[,;:]|\b(?:but|and|though|although|however|mais|aber|ma|pero)\b/)
          .pop() ?? '';
      const negated = NEG.test(before);
      if (f[1]) return FRACTIONS[f[1]] ?? 0.5;
      // "I cannot be there full time": less than full time, by how much unknown (-1).
      if (f[2]) return negated ? -1 : 1;
      if (f[3]) return 0.5;
    }
    if (REMOTE.test(s) && !/\bnot\s(?:\w+\s)?remote/.test(s)) return 0;
  }
  return undefined;
}

const WORK_CUE =
  /\b(?:work|working|available|availability|commit|job|position|travailler|travaille|disponible|arbeiten|arbeite|verfugbar|lavorare|lavoro|disponibile|trabajar|trabajo)\b/;

/** The share of a full week the asker can work ("I can only work part-time": -1, less than full; "60%"; "full time": 1), or undefined. */
export function readAvailability(lower: string): number | undefined {
  for (const s of sentences(lower)) {
    if (!WORK_CUE.test(s) || PLACE_CUE.test(s)) continue;
    const pc = PERCENT.exec(s);
    if (pc?.[1] && /\b(?:work|available|availability|travailler|disponible|arbeiten|lavorare|trabajar)\b/.test(s))
      return Math.min(1, Number(pc[1]) / 100);
    const f = FRACTION.exec(s);
    if (!f) continue;
    const before =
      s
        .slice(0, f.index)
        .split(/[,;:]|\b(?:but|and|mais|aber|ma|pero)\b/)
        .pop() ?? '';
    const negated = NEG.test(before);
    if (f[1]) return FRACTIONS[f[1]] ?? 0.5;
    if (f[2]) return negated ? -1 : 1;
    if (f[3]) return negated ? 1 : -1;
  }
  return undefined;
}

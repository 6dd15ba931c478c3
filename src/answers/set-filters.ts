// The filters a question about several postings can add beyond words, skills and countries: a
// deadline window ("closing next month"), a stretch when postings are open ("open in March
// 2027"), a degree level required ("which jobs need a PhD?"), an organisation ("at CERN"), and a
// topic beyond the fields ("which jobs mention housing?").
import type { Posting } from '../corpus/posting.ts';
import { namesOfCity, researchSiteIn } from '../facts/gazetteer.ts';
import { LEVEL_NAMES } from './answer-degree.ts';
import type { SetFilter } from './answer-sets.ts';
import { type AskedTopic, aroundMention, mentionsOf } from './answer-topic.ts';
import { type AnswerEnv, statusOf } from './context.ts';
import { type DegreeLevel, degreeStance } from './degree-requirement.ts';
import { clip } from './text.ts';
import type { Window } from './time-span.ts';

/** Open postings whose deadline falls in the window. */
export function closingIn(env: AnswerEnv, w: Window): SetFilter {
  return {
    describe: `with a deadline ${w.label}`,
    test: (p) => !!p.deadline && p.deadline.date >= w.from && p.deadline.date <= w.to && statusOf(env, p) === 'open',
  };
}

/** Postings open at some time in the window: not closed before it starts, not posted after it ends. */
export function openDuring(w: Window): SetFilter {
  return {
    describe: `open ${w.label}`,
    test: (p) => !!p.deadline && p.deadline.date >= w.from && (!p.posted || p.posted.date <= w.to),
  };
}

/**
 * Postings that require the degree (or, `without`, those that do not); the others that accept or
 * exclude it are named after the list, so "needs a PhD" never lists a post closed to PhD holders.
 */
export function requiringDegree(env: AnswerEnv, level: DegreeLevel, without: boolean): SetFilter {
  const name = LEVEL_NAMES[level];
  const requiring = env.index.derived(
    `requiring ${level}`,
    () => new Set(env.index.postings().filter((p) => degreeStance(p, level).stance === 'requires')),
  );
  return {
    describe: without ? `not requiring ${name}` : `requiring ${name}`,
    test: (p) => requiring.has(p) !== without,
    detail: (p) => {
      const s = degreeStance(p, level);
      return s.quote ? `"${clip(s.quote.text, 140)}"${s.quote.line ? ` (line ${s.quote.line})` : ''}` : null;
    },
    note: () => {
      if (without) return null;
      const others = { accepts: [] as Posting[], excludes: [] as Posting[], students: [] as Posting[] };
      for (const p of env.index.postings().slice(0, 2000)) {
        const s = degreeStance(p, level).stance;
        if (s === 'accepts' || s === 'excludes' || s === 'students') others[s].push(p);
      }
      const say = (ps: Posting[]) =>
        ps
          .slice(0, 5)
          .map((p) => `"${clip(p.title, 60)}" (${p.source.file})`)
          .join(', ') + (ps.length > 5 ? ` and ${ps.length - 5} more` : '');
      const parts: string[] = [];
      if (others.accepts.length) parts.push(`${name} is one option or a plus, not required, in ${say(others.accepts)}`);
      if (others.excludes.length) parts.push(`holders of ${name} cannot apply to ${say(others.excludes)}`);
      if (others.students.length)
        parts.push(
          `${say(others.students)} ${others.students.length === 1 ? 'is' : 'are'} for students working towards ${name}`,
        );
      return parts.length ? `Not listed: ${parts.join('; ')}.` : null;
    },
  };
}

const LEVEL_ORDER: Record<DegreeLevel, number> = { bachelor: 1, master: 2, phd: 3 };

/**
 * "which jobs accept a master's?": the postings a holder of the degree may apply to, by what
 * they say of that degree (required or accepted, holders not excluded) or a minimum degree no
 * higher; those that state no degree are counted after the list, not guessed.
 */
export function openToDegree(env: AnswerEnv, level: DegreeLevel): SetFilter {
  const name = LEVEL_NAMES[level];
  const open = env.index.derived(`open to ${level}`, () => {
    const out = new Set<Posting>();
    for (const p of env.index.postings()) {
      const s = degreeStance(p, level).stance;
      if (s === 'excludes' || s === 'students') continue;
      if (s === 'requires' || s === 'accepts' || (p.degree && LEVEL_ORDER[p.degree] <= LEVEL_ORDER[level])) out.add(p);
    }
    return out;
  });
  return {
    describe: `open to someone with ${name}`,
    test: (p) => open.has(p),
    detail: (p) => {
      const s = degreeStance(p, level);
      if (s.quote && s.stance !== 'silent')
        return `"${clip(s.quote.text, 140)}"${s.quote.line ? ` (line ${s.quote.line})` : ''}`;
      const min = p.degree ? degreeStance(p, p.degree).quote : undefined;
      if (min) return `"${clip(min.text, 140)}"${min.line ? ` (line ${min.line})` : ''}`;
      return p.degree ? `asks for at least ${LEVEL_NAMES[p.degree]}` : null;
    },
    note: () => {
      const silent = env.index.postings().filter((p) => !p.degree && degreeStance(p, level).stance === 'silent').length;
      return silent > 0
        ? `${silent} other posting${silent === 1 ? ' states' : 's state'} no degree requirement; ask ${silent === 1 ? 'its contact' : 'their contacts'}.`
        : null;
    },
  };
}

/**
 * Postings in a city or at a site: by their location's words, else by the research site their
 * location or organisation is ("CERN" is at Meyrin, near Geneva). Not any mention in the text.
 */
export function inPlace(env: AnswerEnv, places: string[]): SetFilter {
  // "Genève" finds a posting in Geneva, and "Geneva" one in Genf.
  const wanted = [...new Set(places.flatMap((p) => namesOfCity(p)).map((p) => p.toLowerCase()))];
  const at = env.index.derived(`in place ${wanted.join('|')}`, () => {
    const out = new Set<Posting>();
    for (const p of env.index.postings()) {
      const location = p.location?.text.toLowerCase() ?? '';
      const site = researchSiteIn(p.location?.text ?? '') ?? researchSiteIn(p.organisation ?? '');
      const siteTowns = site ? [site.city, site.near ?? ''].map((t) => t.toLowerCase()) : [];
      if (wanted.some((w) => location.includes(w) || siteTowns.includes(w))) out.add(p);
    }
    return out;
  });
  return {
    describe: `in ${places.join(' or ')}`,
    test: (p) => at.has(p),
    detail: (p) => p.location?.text ?? p.organisation,
  };
}

/** Postings of an organisation or at its site: by their organisation and location, not any mention. */
export function atOrganisation(env: AnswerEnv, orgs: string[]): SetFilter {
  const lower = orgs.map((o) => o.toLowerCase());
  // Worked out once per organisation until the postings change: a list tests every posting.
  const at = env.index.derived(`at organisation ${lower.join('|')}`, () => {
    const out = new Set<Posting>();
    for (const p of env.index.postings()) {
      const org = p.organisation?.toLowerCase() ?? '';
      const place = p.location?.text.toLowerCase() ?? '';
      if (lower.some((o) => org.includes(o) || place.includes(o))) out.add(p);
    }
    return out;
  });
  return {
    describe: `at ${orgs.join(' or ')}`,
    test: (p) => at.has(p),
    detail: (p) => p.location?.text ?? p.organisation,
  };
}

/** Postings whose own lines speak of the topic. */
export function mentioningTopic(topic: AskedTopic): SetFilter {
  return {
    describe: `mentioning ${topic.name}`,
    test: (p) => topic.mentions.test(p.text),
    detail: (p) => {
      const m = mentionsOf(p, topic)[0];
      return m ? `"${aroundMention(m.text, topic, 140)}"${m.line ? ` (line ${m.line})` : ''}` : null;
    },
  };
}

/**
 * "which jobs don't need C++?": postings that do not require the skill; one that only wishes
 * for it says so beside it.
 */
export function notRequiringSkill(skill: string): SetFilter {
  const required = (p: Posting) => p.requiredSkills.find((s) => s.skills.includes(skill));
  return {
    describe: `not requiring ${skill}`,
    test: (p) => !required(p),
    detail: (p) => {
      const d = p.desiredSkills.find((s) => s.skills.includes(skill));
      return d ? `${skill} only desired: "${clip(d.text, 120)}" (line ${d.line})` : null;
    },
  };
}

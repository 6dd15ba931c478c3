// A page's schema.org JobPosting (JSON-LD in <script type="application/ld+json">): the facts a
// job board states for its search engines, in fixed keys. They are read as facts the format
// states (like front matter): the organisation (hiringOrganization), the place (jobLocation),
// when it was posted (datePosted) and until when one may apply (validThrough), the pay
// (baseSalary) and full or part time (employmentType), and the title when the page shows none.
// Only a page with one JobPosting: a list of several is not one role's.
import type { SalaryFact, WorkloadFact } from '../posting.ts';
import type { RawRole } from '../role.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Stated = NonNullable<RawRole['stated']>;

export interface JobPostingFacts {
  title?: { text: string; line: number };
  stated: Stated;
}

const scriptRe = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

const isObject = (v: Json | undefined): v is { [k: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The JobPosting objects of a JSON-LD value: itself, in an array, or in an @graph. */
function jobPostings(v: Json, out: Array<{ [k: string]: Json }>, depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(v)) for (const x of v) jobPostings(x, out, depth + 1);
  else if (isObject(v)) {
    const type = v['@type'];
    if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) out.push(v);
    if (v['@graph']) jobPostings(v['@graph'], out, depth + 1);
  }
}

const textOf = (v: Json | undefined): string | null => {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(v)) return textOf(v[0]);
  if (isObject(v)) return textOf(v.name);
  return null;
};

/** "Lund, Sweden" from a Place's PostalAddress (or a plain string). */
function placeOf(v: Json | undefined): string | null {
  const place = Array.isArray(v) ? v[0] : v;
  if (typeof place === 'string') return textOf(place);
  if (!isObject(place)) return null;
  const address = place.address;
  if (typeof address === 'string') return textOf(address);
  if (!isObject(address)) return textOf(place.name);
  const parts = [address.addressLocality, address.addressRegion, address.addressCountry]
    .map((p) => textOf(p))
    .filter((p): p is string => p !== null);
  return parts.length ? [...new Set(parts)].join(', ') : null;
}

const PERIODS: Record<string, 'year' | 'month' | 'hour'> = { YEAR: 'year', MONTH: 'month', HOUR: 'hour' };

const amountOf = (v: Json | undefined): number | null => {
  const n = typeof v === 'string' ? Number(v.replace(/[,\s]/g, '')) : v;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
};

/**
 * A MonetaryAmount: a currency and a number or a QuantitativeValue (value, or minValue and
 * maxValue, with unitText YEAR / MONTH / HOUR). A day's or a week's pay has no period of ours.
 */
function salaryOf(v: Json | undefined, line: number): SalaryFact | null {
  if (!isObject(v)) return null;
  const currency = typeof v.currency === 'string' ? v.currency.trim().toUpperCase() : '';
  const q = v.value;
  const quantity = isObject(q) ? q : { value: q ?? null };
  const min = amountOf(quantity.minValue) ?? amountOf(quantity.value);
  const max = amountOf(quantity.maxValue) ?? min;
  const unit = textOf(quantity.unitText ?? v.unitText)?.toUpperCase() ?? null;
  const period = unit ? PERIODS[unit] : null;
  if (!/^[A-Z]{3}$/.test(currency) || min === null || max === null || max < min || period === undefined) return null;
  const text = `baseSalary: ${currency} ${min}${max > min ? `–${max}` : ''}${period ? ` per ${period}` : ''}`;
  return { text, line, min, max, currency, period, net: null };
}

/** employmentType FULL_TIME is full time; PART_TIME a workload without a fraction; both, neither. */
function workloadOf(v: Json | undefined, at: { text: string; line: number }): WorkloadFact | null {
  const types = (Array.isArray(v) ? v : [v]).map((t) => (typeof t === 'string' ? t.toUpperCase() : ''));
  const full = types.some((t) => /^FULL[_\s-]?TIME$/.test(t));
  const part = types.some((t) => /^PART[_\s-]?TIME$/.test(t));
  if (full === part) return null;
  return { ...at, fte: full ? 1 : null };
}

/** The facts of the page's one JobPosting, each cited at the line its key is on; null without one. */
export function readJobPosting(html: string): JobPostingFacts | null {
  if (!html.includes('ld+json')) return null;
  const found: Array<{ [k: string]: Json }> = [];
  let scriptAt = 0;
  for (const m of html.matchAll(scriptRe)) {
    try {
      const before = found.length;
      jobPostings(JSON.parse(m[1] ?? '') as Json, found);
      if (found.length > before) scriptAt = m.index ?? 0;
    } catch {
      // A broken block states nothing.
    }
  }
  const job = found.length === 1 ? found[0] : undefined;
  if (!job) return null;
  const lineOfKey = (key: string): number => {
    const at = html.indexOf(`"${key}"`, scriptAt);
    let n = 1;
    for (let i = html.indexOf('\n'); i >= 0 && i < (at < 0 ? scriptAt : at); i = html.indexOf('\n', i + 1)) n++;
    return n;
  };
  const day = (key: string) => {
    const v = job[key];
    const m = typeof v === 'string' ? isoDay.exec(v.trim()) : null;
    if (!m) return undefined;
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    return Number.isNaN(Date.parse(`${date}T00:00:00Z`))
      ? undefined
      : { text: `${key}: ${v}`, line: lineOfKey(key), date };
  };
  const stated: Stated = {};
  const deadline = day('validThrough');
  if (deadline) stated.deadline = deadline;
  const posted = day('datePosted');
  if (posted) stated.posted = posted;
  const organisation = textOf(job.hiringOrganization);
  if (organisation && organisation.length <= 160) stated.organisation = organisation;
  const place = placeOf(job.jobLocation);
  if (place && place.length <= 200) stated.location = { text: place, line: lineOfKey('jobLocation') };
  const pay = job.baseSalary;
  const salary = salaryOf(Array.isArray(pay) ? pay[0] : pay, lineOfKey('baseSalary'));
  if (salary) stated.salary = salary;
  const workload = workloadOf(job.employmentType, {
    text: `employmentType: ${[job.employmentType].flat().join(', ').slice(0, 100)}`,
    line: lineOfKey('employmentType'),
  });
  if (workload) stated.workload = workload;
  const title = textOf(job.title);
  return { ...(title && title.length <= 200 ? { title: { text: title, line: lineOfKey('title') } } : {}), stated };
}

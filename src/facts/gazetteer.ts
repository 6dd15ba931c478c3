// Which country a place is in: the research sites of research-sites.json first (laboratories and
// the small towns they sit in), then the cities of the `city-timezones` package (7,300 cities
// with their country, province and population; MIT; from Natural Earth's populated places).
// The city table is read on the first question only: most postings name their country outright.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import worldCountries, { type Country } from 'world-countries';
import localNames from './local-names.json' with { type: 'json' };
import sitesData from './research-sites.json' with { type: 'json' };

interface CityRow {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string;
  province: string;
}

export interface ResearchSite {
  name: string;
  aliases: string[];
  city: string;
  near?: string;
  country: string;
}

export const researchSites = sitesData.sites as ResearchSite[];

const siteByAlias = new Map<string, ResearchSite>();
for (const s of researchSites) {
  for (const a of [s.name, ...s.aliases, s.city])
    if (!siteByAlias.has(a.toLowerCase())) siteByAlias.set(a.toLowerCase(), s);
}

const siteNames = new Set(researchSites.flatMap((s) => [s.name, ...s.aliases].map((a) => a.toLowerCase())));

/** Whether a name is a research site's own name ("CERN", "ALMA"), not the town it is in. */
export function isResearchSiteName(name: string): boolean {
  return siteNames.has(name.trim().toLowerCase());
}

const siteOfAlias = new Map<string, ResearchSite>();
for (const s of researchSites) for (const a of [s.name, ...s.aliases]) siteOfAlias.set(a, s);
// One pattern for every alias, longest first, compiled once.
const siteAliasRe = new RegExp(
  `(?:^|[^\\p{L}])(${[...siteOfAlias.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}])`,
  'u',
);

/** The research site whose name or alias an institution's name holds ("Paul Scherrer Institute PSI"). */
export function researchSiteIn(text: string): ResearchSite | null {
  return researchSiteMention(text)?.site ?? null;
}

/** The first research site a text names, with its alias as written ("Harwell Campus"). */
export function researchSiteMention(text: string): { alias: string; site: ResearchSite } | null {
  const m = siteAliasRe.exec(text.length > 500 ? text.slice(0, 500) : text);
  const site = m?.[1] ? siteOfAlias.get(m[1]) : undefined;
  return m?.[1] && site ? { alias: m[1], site } : null;
}

/** The research site a name is (an alias or the town of one), or null. */
export function findResearchSite(name: string): ResearchSite | null {
  return siteByAlias.get(name.trim().toLowerCase()) ?? null;
}

const countryByIso2 = new Map<string, string>();
const iso2ByCountry = new Map<string, string>();
for (const c of worldCountries as unknown as Country[]) {
  countryByIso2.set(c.cca2, c.name.common);
  iso2ByCountry.set(c.name.common, c.cca2);
}

/** A country's two-letter ISO code ("Switzerland" -> "CH"), or null. */
export function iso2Of(country: string): string | null {
  return iso2ByCountry.get(country) ?? null;
}

interface Place {
  country: string;
  pop: number;
}
let cities: Map<string, Place> | null = null;
let provinces: Map<string, Place> | null = null;

const CITY_TABLE = 'city-timezones/data/cityMap.json';

/**
 * The package's table, read and parsed as JSON (30 ms) rather than bundled: the workers' parser
 * bundle would hold it as a 2 MB object literal that took 20 times longer to evaluate. Resolved
 * from this module, else (inside the bundle) from the main script and the working folder.
 */
function readCityTable(): CityRow[] {
  const bases: Array<() => string> = [
    () => import.meta.url,
    () => pathToFileURL(process.argv[1] ?? '').href,
    () => pathToFileURL(`${process.cwd()}/`).href,
  ];
  for (const base of bases) {
    try {
      const path = createRequire(base()).resolve(CITY_TABLE);
      return JSON.parse(readFileSync(path, 'utf8')) as CityRow[];
    } catch {
      // The next place to look from.
    }
  }
  return [];
}

function loadCities(): void {
  const rows = readCityTable();
  cities = new Map();
  provinces = new Map();
  const put = (map: Map<string, Place>, key: string, country: string, pop: number) => {
    const k = key.toLowerCase();
    const had = map.get(k);
    // The most populous place of a name is the one a posting means ("Santiago" is in Chile).
    if (!had || had.pop < pop) map.set(k, { country, pop });
  };
  for (const r of rows) {
    const country = countryByIso2.get(r.iso2);
    if (!country) continue;
    put(cities, r.city, country, r.pop);
    if (r.city_ascii !== r.city) put(cities, r.city_ascii, country, r.pop);
    if (r.province) put(provinces, r.province, country, r.pop);
  }
  // "Padova", "München": the city's own name, over any other place of that name.
  for (const p of localNames.places) {
    const country = countryByIso2.get(p.iso2);
    if (country) put(cities, p.name, country, Number.POSITIVE_INFINITY);
  }
}

/** The country of a city, a research site or a province/state, by its name; null when unknown. */
export function countryOfPlace(name: string): string | null {
  const key = name.trim().toLowerCase();
  if (!key || key.length > 60) return null;
  const site = siteByAlias.get(key);
  if (site) return site.country;
  if (!cities) loadCities();
  return cities?.get(key)?.country ?? provinces?.get(key)?.country ?? null;
}

// Each name of a city (lower case) -> all its names in five languages.
const sameCity = new Map<string, string[]>();
for (const names of localNames.sameCity) for (const n of names) sameCity.set(n.toLowerCase(), names);

/** A city's names in the languages of local-names.json ("Genève" -> Geneva, Genf...), or just the name. */
export function namesOfCity(name: string): string[] {
  return sameCity.get(name.trim().toLowerCase()) ?? [name];
}

/** Whether a name is a known city or research site (not a province). */
export function isKnownPlace(name: string): boolean {
  const key = name.trim().toLowerCase();
  if (!key || key.length > 60) return false;
  if (siteByAlias.has(key)) return true;
  if (!cities) loadCities();
  return cities?.has(key) ?? false;
}

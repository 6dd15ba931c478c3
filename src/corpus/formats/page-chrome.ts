// Page furniture around a posting in an HTML page saved from a browser: navigation, site header
// and footer, cookie banners, share buttons, sidebars. Told apart by tag, ARIA landmark role, and
// class or id words (./page-chrome.json); the posting itself sits in <main> or an <article>.
import type { HTMLElement } from 'node-html-parser';
import chrome from './page-chrome.json' with { type: 'json' };

const chromeTags = new Set(chrome.tags);
const chromeRoles = new Set(chrome.roles);
const chromeWords = new Set(chrome.words);
const bannerWords = new Set(chrome.bannerWords);
const otherVacancyHeadings = chrome.otherVacancyHeadings;
// Only attributes that name a part of the page; a cheap test before reading them.
const namingAttr = /\b(?:id|class|role|hidden|aria-hidden)\b/i;

/** A class or id token names one of `words`: the word itself, or the word as its first or last part. */
function namesOneOf(token: string, words: Set<string>): boolean {
  const t = token.toLowerCase();
  if (words.has(t)) return true;
  const parts = t.split(/[-_]/);
  return parts.length > 1 && (words.has(parts[0] ?? '') || words.has(parts[parts.length - 1] ?? ''));
}

const namesChrome = (token: string) => namesOneOf(token, chromeWords);
const namesBanner = (token: string) => namesOneOf(token, bannerWords);

/**
 * Whether an element is furniture to leave out. Inside the posting's own content (`inContent`:
 * under <main> or <article>) a <header>, <footer> or <aside> belongs to the posting and is kept.
 */
export function isPageChrome(el: HTMLElement, tag: string, inContent: boolean): boolean {
  if (chromeTags.has(tag)) return !(inContent && (tag === 'footer' || tag === 'aside'));
  // A site header holds the logo and the menu; a posting's own header holds its title alone.
  if (tag === 'header' && !inContent) return el.querySelector('h1') === null || el.querySelector('nav') !== null;
  const raw = el.rawAttrs;
  if (!raw || !namingAttr.test(raw)) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role')?.toLowerCase();
  if (role && chromeRoles.has(role)) return true;
  let banner = false;
  for (const name of ['id', 'class']) {
    const tokens = el.getAttribute(name)?.split(/\s+/);
    if (tokens?.some(namesChrome)) return true;
    banner ||= tokens?.some(namesBanner) ?? false;
  }
  // A site's banner (logo, motto) is furniture; a posting's own banner holds its title.
  return banner && el.querySelector('h1') === null;
}

/**
 * Whether a heading opens a box of other postings ("Other vacancies", "Similar jobs", "Weitere
 * Stellenangebote"): it, and what follows it up to the next heading of its level, is furniture.
 */
export function opensOtherVacancies(heading: string): boolean {
  const t = heading.trim().toLowerCase();
  if (t.length > 80) return false;
  return otherVacancyHeadings.some((h) => t.startsWith(h));
}

/** Whether an attribute string (a simple page's tag) names furniture: such a page is parsed fully. */
export function attrsNameChrome(attrs: string): boolean {
  if (!namingAttr.test(attrs)) return false;
  for (const m of attrs.matchAll(/\b(id|class|role)="([^"]*)"/gi)) {
    const [, name = '', value = ''] = m;
    if (
      name.toLowerCase() === 'role'
        ? chromeRoles.has(value.toLowerCase())
        : value.split(/\s+/).some((t) => namesChrome(t) || namesBanner(t))
    )
      return true;
  }
  return /\bhidden\b|aria-hidden="true"/i.test(attrs);
}

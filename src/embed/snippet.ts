/**
 * The embed snippet and the direct link a kommune puts on its own website (rules-api.md §4).
 * Pure functions, no DOM: the "For kommuner" page passes in the guide's own URLs, computed from
 * its location, and details already checked by src/embed/kommune.ts. The output is shown as
 * text (a read-only textarea), never as HTML, and every value is escaped for an HTML attribute
 * all the same, since the kommune pastes it into its own page.
 */
import { LOCALES } from '@/i18n/locales'
import { startPage } from './embedLogic'

export interface SnippetDetails {
  /** Locale code the guide starts in, e.g. "nb". */
  lang?: string
  /** The kommune's name as it should be shown, e.g. "Bergen kommune". */
  name?: string
  /** The kommune's page for refugees (https). */
  url?: string
  phone?: string
  email?: string
  /** County number (fylkesnummer), e.g. "46". */
  county?: string
}

/** Attribute / URL-parameter names, in the order they are written. */
export const SNIPPET_ORDER = [
  ['lang', 'lang'],
  ['name', 'kommune'],
  ['url', 'kommune-url'],
  ['phone', 'kommune-phone'],
  ['email', 'kommune-email'],
  ['county', 'county'],
] as const satisfies readonly (readonly [keyof SnippetDetails, string])[]

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
  // Keeps the snippet on one line whatever it is given.
  '\n': '&#10;',
  '\r': '&#13;',
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c)
}

/** The given details as [parameter name, value] pairs, in order; empty values left out. */
function givenDetails(details: SnippetDetails): [string, string][] {
  const out: [string, string][] = []
  for (const [key, param] of SNIPPET_ORDER) {
    const value = details[key]
    if (typeof value === 'string' && value.trim() !== '') out.push([param, value])
  }
  return out
}

/**
 * `<script src="…/embed.js" data-lang="nb" data-kommune="…" … async></script>`: one line, with
 * only the details given, in the order lang, kommune, kommune-url, kommune-phone, kommune-email,
 * county.
 */
export function buildSnippet(embedJsUrl: string, details: SnippetDetails): string {
  const attributes = [`src="${escapeAttribute(embedJsUrl)}"`, ...givenDetails(details).map(([param, value]) => `data-${param}="${escapeAttribute(value)}"`), 'async']
  return `<script ${attributes.join(' ')}></script>`
}

/**
 * The guide's address with the same details as URL parameters, for a direct link or a preview:
 * in the language's own folder where it has one (ar/index.html?lang=ar…).
 */
export function guideUrlWithDetails(indexUrl: string, details: SnippetDetails): string {
  const url = startPage(indexUrl, details.lang?.trim(), LOCALES.map((l) => l.code))
  for (const [param, value] of givenDetails(details)) url.searchParams.set(param, value)
  return url.href
}

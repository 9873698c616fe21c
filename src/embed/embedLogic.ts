/** The testable parts of embed.js (src/embed/embed.ts): the guide's address and the height message. */

export const HEIGHT_MESSAGE = 'intro-guide:height'

/** The snippet's data- attributes, passed on as URL parameters of the same names (rules-api.md §4). */
export const EMBED_PARAMS = ['lang', 'kommune', 'kommune-url', 'kommune-phone', 'kommune-email', 'county'] as const

/** Which messages embed.js needs, per locale (the build reads them from locales/*.json). */
export const EMBED_TEXT_KEYS = { title: 'app.name', open: 'embed.openFull' } as const

export interface EmbedText {
  title: string
  open: string
  dir: 'ltr' | 'rtl'
}

/**
 * The guide's start page in `lang`, from any file at the guide's root (embed.js, index.html):
 * the locale's own folder (<root>/ar/index.html, pre-rendered in that language, so it paints in
 * Arabic at once), and the root itself for Bokmål or a language the guide does not have.
 */
export function startPage(rootFile: string, lang: string | null | undefined, known: readonly string[]): URL {
  const own = Boolean(lang) && lang !== 'nb' && known.includes(lang as string)
  return new URL(own ? `./${lang}/index.html` : './index.html', rootFile)
}

/** The guide (next to embed.js) with the snippet's details; overlong values are cut. */
export function embedUrl(scriptSrc: string, attribute: (name: string) => string | null, known: readonly string[]): URL {
  const url = startPage(scriptSrc, attribute('lang'), known)
  for (const name of EMBED_PARAMS) {
    const value = attribute(name)
    if (value) url.searchParams.set(name, value.slice(0, 500))
  }
  return url
}

export function pickLanguage(wanted: string | null, texts: Record<string, EmbedText>): string {
  return wanted && Object.prototype.hasOwnProperty.call(texts, wanted) ? wanted : 'nb'
}

/**
 * The height from a message, or null when the message is not exactly
 * { type: 'intro-guide:height', height: <a sensible number of pixels> }.
 */
export function frameHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null
  const keys = Object.keys(data).sort()
  if (keys.length !== 2 || keys[0] !== 'height' || keys[1] !== 'type') return null
  const { type, height } = data as { type: unknown; height: unknown }
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return null
  if (height < 100 || height > 100_000) return null
  return Math.ceil(height)
}

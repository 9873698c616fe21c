/**
 * Where the guide's own files are (sw.js, manifest, embed.js, the locale folders), whatever page
 * it is opened on: each HTML page says how far it is from the root
 * (<meta name="intro-guide:root" content="./"> at the root, "../" in a locale's folder such as
 * ar/). Read once, when the app starts: the language picker may later move the address to another
 * folder (src/i18n), and a relative root would then point to the wrong place.
 */
import { LOCALES, SOURCE_LOCALE } from '@/i18n/locales'
import { PRERENDERED } from '@/router/prerendered'

import type { InjectionKey } from 'vue'

/** For pre-rendering: how far the page being rendered is from the root ("./" or "../"). */
export const PAGE_ROOT: InjectionKey<string> = Symbol('page root')

let root: string | undefined

/** The guide's root as an absolute URL ending in "/" (in development and tests: the page's folder). */
export function guideRoot(): string {
  if (root === undefined) {
    // baseURI, not the address: offline, the service worker may serve a page under a <base>.
    const here = typeof document === 'undefined' ? 'https://example.invalid/' : document.baseURI
    const meta = typeof document === 'undefined' ? null : document.querySelector<HTMLMetaElement>('meta[name="intro-guide:root"]')
    root = new URL(meta?.content || './', here).href
  }
  return root
}

/** A file at the guide's root, as an absolute URL (e.g. guideUrl('sw.js')). */
export const guideUrl = (file: string): string => new URL(file, guideRoot()).href

/**
 * The same page in another language's folder: <root>/<code>/<page>, keeping the query and the
 * #route. Bokmål lives at the root itself ("<base>/ stays Bokmål", rules-api.md §2), so choosing
 * it from a folder goes back there. `href` must be under the guide's root; otherwise it is
 * returned unchanged.
 */
export function addressInLocale(href: string, code: string, rootHref: string = guideRoot()): string {
  const url = new URL(href)
  const base = new URL(rootHref)
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return href
  let rest = url.pathname.slice(base.pathname.length)
  const folder = rest.split('/')[0] ?? ''
  if (rest.includes('/') && LOCALES.some((l) => l.code === folder)) rest = rest.slice(folder.length + 1)
  // Each folder has the pre-rendered pages only; any other file (404.html) becomes the folder's start.
  if (!Object.values(PRERENDERED).includes(rest)) rest = ''
  url.pathname = base.pathname + (code === SOURCE_LOCALE ? rest : `${code}/${rest}`)
  return url.href
}

/**
 * Before the address moves to another folder: make the head's links (icons, style sheets)
 * absolute, or the browser would look for ./favicon.svg in the new folder.
 */
export function pinHeadLinks(doc: Document = document): void {
  for (const link of doc.head.querySelectorAll<HTMLLinkElement>('link[href]')) link.setAttribute('href', link.href)
}

/** For tests: forget the root read from the page. */
export function resetGuideRoot(): void {
  root = undefined
}

/**
 * vue-i18n set-up. Messages are precompiled from locales/*.json at build time
 * (@intlify/unplugin-vue-i18n), so the runtime carries no message compiler; each locale is its
 * own chunk, loaded only when shown.
 */
import { ref } from 'vue'
import { createI18n } from 'vue-i18n'
import { findLocale, LOCALES, SOURCE_LOCALE, type FontNeed, type LocaleCode, type LocaleInfo } from './locales'
import { readSession, writeSession } from '@/lib/storage'
import { keepLocale } from '@/lib/offline'
import { addressInLocale, pinHeadLinks } from '@/lib/guideRoot'
import { editHashParams, hashParams } from '@/lib/hashQuery'

type Messages = Record<string, unknown>

const loaders = import.meta.glob<{ default: Messages }>('../../locales/*.json')

export const i18n = createI18n({
  legacy: false,
  locale: SOURCE_LOCALE,
  fallbackLocale: false,
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
  messages: {},
  // Parameters are not HTML-escaped: every message is shown as text ({{ }} and bound
  // attributes, which Vue never parses as HTML; nothing inserts HTML: test/component/safety). Escaping
  // them as well showed "Nord-Fron &amp; Sel" for a name with "&", and cost time on every
  // message on a slow phone.
  escapeParameter: false,
})

const LOCALE_KEY = 'intro-guide:locale'

/** True once the Bokmål messages are loaded: the text shown alongside needs them. */
export const sourceReady = ref(false)

export async function loadMessages(code: LocaleCode): Promise<void> {
  if (!i18n.global.availableLocales.includes(code)) {
    const load = loaders[`../../locales/${code}.json`]
    if (!load) throw new Error(`No messages for locale ${code}`)
    const mod = await load()
    i18n.global.setLocaleMessage(code, mod.default as never)
  }
  if (code === SOURCE_LOCALE) sourceReady.value = true
}

/** Pages whose messages are a chunk of their own per locale (locales/<page>/<code>.json). */
export type MessagePage = 'editor' | 'reviewers'

const pageLoaders = import.meta.glob<{ default: Messages }>('../../locales/*/*.json')
const pagesLoaded = new Set<string>()

/**
 * The messages of a page few people open, loaded with that page, so residents never download
 * them: the page for kommune web editors (locales/editor/, Bokmål and English only) and the
 * reviewers' page (locales/reviewers/, every locale).
 */
export async function loadPageMessages(page: MessagePage, code: LocaleCode): Promise<void> {
  // The locale's own messages first: merging into a locale not yet loaded would hide it.
  await loadMessages(code)
  const id = `${page}/${code}`
  if (pagesLoaded.has(id)) return
  const load = pageLoaders[`../../locales/${id}.json`]
  if (!load) throw new Error(`No ${page} messages for ${code}`)
  i18n.global.mergeLocaleMessage(code, (await load()).default as never)
  pagesLoaded.add(id)
}

export function currentLocale(): LocaleInfo {
  return findLocale(i18n.global.locale.value) ?? LOCALES[0]
}

/** Self-hosted fonts, as CSS chunks fetched only when a locale that needs them is shown. */
const FONT_CSS: Partial<Record<FontNeed, () => Promise<unknown>>> = {
  arabic: () => import('@/styles/fonts-arabic.css'),
  ethiopic: () => import('@/styles/fonts-ethiopic.css'),
}

/** Each call of setLocale gets a number; only the latest may switch (see setLocale). */
let latestRequest = 0

/**
 * Loads the messages, switches, and keeps <html lang dir> in step with the shown locale. The
 * last language asked for wins: a slow load that finishes after a later request is dropped
 * (picking Tigrinya, then English while Tigrinya still loads, ends in English). Resolves to
 * whether this request was the one shown.
 */
export async function setLocale(code: LocaleCode): Promise<boolean> {
  const request = ++latestRequest
  const info = findLocale(code) ?? LOCALES[0]
  await Promise.all([loadMessages(code), FONT_CSS[info.font]?.().catch(() => undefined)])
  if (request !== latestRequest) return false
  i18n.global.locale.value = code
  const html = document.documentElement
  html.lang = info.code
  html.dir = info.dir
  html.dataset.font = info.font
  // A human translation must not be overwritten by the browser's machine translation. Bokmål may
  // be: it is the fallback for people whose language we do not have.
  if (info.code === SOURCE_LOCALE) html.removeAttribute('translate')
  else html.setAttribute('translate', 'no')
  writeSession(LOCALE_KEY, info.code)
  // Bokmål alongside (bilingual mode, and the printed summary) needs the source messages too.
  if (info.code !== SOURCE_LOCALE) void loadMessages(SOURCE_LOCALE).catch(() => undefined)
  // Shown once, kept for offline use: its messages, font and pages (src/sw/sw.ts).
  if (!import.meta.env.SSR) void keepLocale(info.code)
  return true
}

/**
 * The address with `lang` set to the locale shown, before and after the #, where it was given:
 * a reload (or a shared link) then keeps the language the user chose, not the one the address
 * came with (e.g. ?lang=nb from a kommune's link).
 */
export function addressWithLanguage(href: string, code: string): string {
  const url = new URL(href)
  if (url.searchParams.has('lang')) url.searchParams.set('lang', code)
  url.hash = editHashParams(url.hash, (params) => params.has('lang') && (params.set('lang', code), true))
  return url.href
}

/**
 * The user picks a language: show it, and make the address say so, so a reload, a bookmark or a
 * shared link keeps it: the locale's own folder (<root>/ar/…, pre-rendered in that language;
 * Bokmål at the root), and ?lang= where the address has one.
 */
export async function chooseLocale(code: LocaleCode): Promise<boolean> {
  const shown = await setLocale(code)
  if (shown && typeof window !== 'undefined') {
    let next = addressWithLanguage(window.location.href, code)
    // The folders exist in the build only (scripts/prerender), not on the development server.
    if (import.meta.env.PROD) next = addressInLocale(next, code)
    if (next !== window.location.href) {
      pinHeadLinks()
      window.history.replaceState(window.history.state, '', next)
    }
  }
  return shown
}

/** The locale whose folder this page is in (<meta name="intro-guide:locale">), if any. */
export function pageLocale(doc: Pick<Document, 'querySelector'> | undefined = typeof document === 'undefined' ? undefined : document): string | null {
  return doc?.querySelector<HTMLMetaElement>('meta[name="intro-guide:locale"]')?.content ?? null
}

/**
 * ?lang= in the URL (before or after the #); then the locale of the page's folder (/ar/); then,
 * at the root, this tab's earlier choice; then Bokmål.
 */
export function initialLocale(location: Pick<Location, 'search' | 'hash'>, page: string | null = null): LocaleCode {
  const fromSearch = new URLSearchParams(location.search).get('lang')
  const fromHash = hashParams(location.hash).get('lang')
  const found = findLocale(fromSearch) ?? findLocale(fromHash) ?? findLocale(page) ?? findLocale(readSession(LOCALE_KEY))
  return (found?.code ?? SOURCE_LOCALE) as LocaleCode
}

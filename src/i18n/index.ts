/**
 * vue-i18n set-up. Messages are precompiled from locales/*.json at build time
 * (@intlify/unplugin-vue-i18n), so the runtime carries no message compiler; each locale is its
 * own chunk, loaded only when shown.
 */
import { ref } from 'vue'
import { createI18n } from 'vue-i18n'
import { findLocale, LOCALES, SOURCE_LOCALE, type FontNeed, type LocaleCode, type LocaleInfo } from './locales'
import { readSession, writeSession } from '@/lib/storage'

type Messages = Record<string, unknown>

const loaders = import.meta.glob<{ default: Messages }>('../../locales/*.json')

export const i18n = createI18n({
  legacy: false,
  locale: SOURCE_LOCALE,
  fallbackLocale: false,
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
  messages: {},
  // Our messages hold no HTML; escaping parameters is a second line of defence.
  escapeParameter: true,
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

const editorLoaders = import.meta.glob<{ default: Messages }>('../../locales/editor/*.json')

/**
 * The page for kommune web editors has its own messages (locales/editor/, Bokmål and English
 * only), loaded with that page, so residents never download them.
 */
export async function loadEditorMessages(code: 'nb' | 'en'): Promise<void> {
  // The locale's own messages first: merging into a locale not yet loaded would hide it.
  await loadMessages(code)
  if (i18n.global.te('editor.title', code)) return
  const load = editorLoaders[`../../locales/editor/${code}.json`]
  if (!load) throw new Error(`No editor messages for ${code}`)
  i18n.global.mergeLocaleMessage(code, (await load()).default as never)
}

export function currentLocale(): LocaleInfo {
  return findLocale(i18n.global.locale.value) ?? LOCALES[0]
}

/** Self-hosted fonts, as CSS chunks fetched only when a locale that needs them is shown. */
const FONT_CSS: Partial<Record<FontNeed, () => Promise<unknown>>> = {
  arabic: () => import('@/styles/fonts-arabic.css'),
  ethiopic: () => import('@/styles/fonts-ethiopic.css'),
}

/** Loads the messages, switches, and keeps <html lang dir> in step with the shown locale. */
export async function setLocale(code: LocaleCode): Promise<void> {
  const info = findLocale(code) ?? LOCALES[0]
  await Promise.all([loadMessages(code), FONT_CSS[info.font]?.().catch(() => undefined)])
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
}

/** ?lang= in the URL (before or after the #), then this tab's earlier choice, then Bokmål. */
export function initialLocale(location: Pick<Location, 'search' | 'hash'>): LocaleCode {
  const fromSearch = new URLSearchParams(location.search).get('lang')
  const hashQuery = location.hash.includes('?') ? location.hash.slice(location.hash.indexOf('?')) : ''
  const fromHash = new URLSearchParams(hashQuery).get('lang')
  const found = findLocale(fromSearch) ?? findLocale(fromHash) ?? findLocale(readSession(LOCALE_KEY))
  return (found?.code ?? SOURCE_LOCALE) as LocaleCode
}

/**
 * vue-i18n set-up. Messages are precompiled from locales/*.json at build time
 * (@intlify/unplugin-vue-i18n), so the runtime carries no message compiler; each locale is its
 * own chunk, loaded only when shown.
 */
import { createI18n } from 'vue-i18n'
import { findLocale, LOCALES, SOURCE_LOCALE, type LocaleCode, type LocaleInfo } from './locales'
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

export async function loadMessages(code: LocaleCode): Promise<void> {
  if (i18n.global.availableLocales.includes(code)) return
  const load = loaders[`../../locales/${code}.json`]
  if (!load) throw new Error(`No messages for locale ${code}`)
  const mod = await load()
  i18n.global.setLocaleMessage(code, mod.default as never)
}

export function currentLocale(): LocaleInfo {
  return findLocale(i18n.global.locale.value) ?? LOCALES[0]
}

/** Loads the messages, switches, and keeps <html lang dir> in step with the shown locale. */
export async function setLocale(code: LocaleCode): Promise<void> {
  await loadMessages(code)
  i18n.global.locale.value = code
  const info = findLocale(code) ?? LOCALES[0]
  document.documentElement.lang = info.code
  document.documentElement.dir = info.dir
  writeSession(LOCALE_KEY, info.code)
}

/** ?lang= in the URL (before or after the #), then this tab's earlier choice, then Bokmål. */
export function initialLocale(location: Pick<Location, 'search' | 'hash'>): LocaleCode {
  const fromSearch = new URLSearchParams(location.search).get('lang')
  const hashQuery = location.hash.includes('?') ? location.hash.slice(location.hash.indexOf('?')) : ''
  const fromHash = new URLSearchParams(hashQuery).get('lang')
  const found = findLocale(fromSearch) ?? findLocale(fromHash) ?? findLocale(readSession(LOCALE_KEY))
  return (found?.code ?? SOURCE_LOCALE) as LocaleCode
}

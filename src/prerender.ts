/**
 * Server-side entry used only at build time (scripts/prerender): renders a page of the guide to
 * HTML in one locale, so the information pages show before any script runs and with JavaScript
 * off, in every language. The browser app then starts on top of it (src/main.ts).
 */
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from './App.vue'
import { createAppRouter } from './router'
import { i18n, loadMessages } from './i18n'
import { LOCALES, SOURCE_LOCALE, type LocaleCode } from './i18n/locales'
import { pageTitle } from './i18n/pageTitle'
import { PAGE_ROOT } from './lib/guideRoot'

export { PRERENDERED } from './router'
export { LOCALES, SOURCE_LOCALE }

export interface Rendered {
  html: string
  title: string
  /** The page's description for search results and link previews, in the page's language: the
   * guide's question and its promise of privacy, both already translated. */
  description: string
}

/** `root`: how far the page's file is from the guide's root ("./", or "../" in a locale folder). */
export async function render(path: string, code: LocaleCode = SOURCE_LOCALE, root = './'): Promise<Rendered> {
  await loadMessages(SOURCE_LOCALE)
  await loadMessages(code)
  i18n.global.locale.value = code
  const app = createSSRApp(App)
  app.use(createPinia())
  app.use(i18n)
  app.provide(PAGE_ROOT, root)
  const router = createAppRouter(createMemoryHistory())
  app.use(router)
  await router.push(path)
  await router.isReady()
  const html = await renderToString(app)
  const t = (key: string) => i18n.global.t(key)
  return { html, title: pageTitle(t, router.currentRoute.value.meta.title), description: `${t('start.title')} ${t('start.private')}` }
}

/**
 * Server-side entry used only at build time (scripts/prerender.ts): renders a page of the guide
 * to HTML in Bokmål, so the information pages show before any script runs and with JavaScript
 * off. The browser app then starts on top of it (src/main.ts).
 */
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from './App.vue'
import { createAppRouter } from './router'
import { i18n, loadMessages } from './i18n'
import { SOURCE_LOCALE } from './i18n/locales'
import { pageTitle } from './i18n/pageTitle'

export { PRERENDERED } from './router'

export async function render(path: string): Promise<{ html: string; title: string }> {
  await loadMessages(SOURCE_LOCALE)
  i18n.global.locale.value = SOURCE_LOCALE
  const app = createSSRApp(App)
  app.use(createPinia())
  app.use(i18n)
  const router = createAppRouter(createMemoryHistory())
  app.use(router)
  await router.push(path)
  await router.isReady()
  const html = await renderToString(app)
  const t = (key: string) => i18n.global.t(key)
  return { html, title: pageTitle(t, router.currentRoute.value.meta.title) }
}

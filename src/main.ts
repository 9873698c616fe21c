import './lib/initialHash'
import './lib/takeHandover'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { currentLocale, i18n, initialLocale, pageLocale, setLocale } from './i18n'
import { guideRoot, guideUrl } from './lib/guideRoot'
import { keepLocale } from './lib/offline'
import { reportHeight } from './embed/reportHeight'
import { readSession, writeSession } from './lib/storage'
import { listenForClear } from './lib/clearAll'
import './styles/main.css'

// After a new version is deployed, a tab still running the old one may ask for a chunk that is
// gone: load the page again (answers are in sessionStorage, nothing is lost).
// Once: offline with a chunk missing, reloading again and again would help nobody.
window.addEventListener('vite:preloadError', () => {
  const last = Number(readSession(RELOADED_KEY) ?? 0)
  if (Date.now() - last < 30_000) return
  writeSession(RELOADED_KEY, String(Date.now()))
  window.location.reload()
})

const RELOADED_KEY = 'intro-guide:reloaded'

/**
 * Offline use after the first visit (scripts/pwa: the service worker precaches the guide), and
 * "add to home screen" (the manifest). Both after the page is up: neither may compete with the
 * first paint on a slow connection.
 */
function installable() {
  const link = document.createElement('link')
  link.rel = 'manifest'
  link.href = guideUrl('manifest.webmanifest')
  document.head.append(link)
  if (!('serviceWorker' in navigator)) return
  // At the guide's root, from any page (a locale's folder too): one worker for the whole guide.
  navigator.serviceWorker.register(guideUrl('sw.js'), { scope: guideRoot() }).catch(() => undefined)
  // The first visit is not controlled yet: once it is, keep the language shown on the device.
  const keep = () => void keepLocale(currentLocale().code)
  if (navigator.serviceWorker.controller) keep()
  else navigator.serviceWorker.addEventListener('controllerchange', keep, { once: true })
}

async function start() {
  guideRoot() // read where the guide's files are before any address change (src/lib/guideRoot.ts)
  const app = createApp(App)
  app.use(createPinia())
  app.use(i18n)
  // Messages first: the first paint is in the right language, never a flash of keys.
  try {
    await setLocale(initialLocale(window.location, pageLocale()))
  } catch {
    await setLocale('nb')
  }
  // A pre-rendered page (programme.html, …) opened without a #route starts on its own page.
  const page = document.querySelector<HTMLMetaElement>('meta[name="intro-guide:route"]')?.content
  if (page && page !== '/' && location.hash.replace(/^#\/?/, '') === '') await router.replace(page)
  app.use(router)
  await router.isReady()
  // Replaces the pre-rendered HTML (same content when the page and language match).
  app.mount('#app')
  document.documentElement.removeAttribute('data-prerender')
  reportHeight()
  // Answers cleared in another tab of the guide: clear them here too, and show the start page.
  listenForClear(() => void router.replace({ name: 'start' }))
  if (import.meta.env.PROD) installable()
}

void start()

import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n, initialLocale, setLocale } from './i18n'
import './styles/main.css'

async function start() {
  const app = createApp(App)
  app.use(createPinia())
  app.use(i18n)
  // Messages first: the first paint is in the right language, never a flash of keys.
  try {
    await setLocale(initialLocale(window.location))
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
}

void start()

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
  app.use(router)
  await router.isReady()
  app.mount('#app')
}

void start()

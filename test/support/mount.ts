/** Mounts a component with the app's real plugins: pinia, precompiled messages, the router. */
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Component } from 'vue'
import { i18n, setLocale } from '@/i18n'
import { router } from '@/router'
import type { LocaleCode } from '@/i18n/locales'

export async function mountWithApp<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {},
  locale: LocaleCode = 'nb',
) {
  const pinia = createPinia()
  setActivePinia(pinia)
  await setLocale(locale)
  const wrapper = mount(component, {
    ...options,
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router], ...(options.global ?? {}) },
  } as ComponentMountingOptions<C>)
  return wrapper
}

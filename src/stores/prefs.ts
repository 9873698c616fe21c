/**
 * Display preferences for this tab: "show Norwegian alongside" for a volunteer sitting beside
 * the resident. Kept in sessionStorage like the answers, gone when the tab closes.
 */
import { ref, watch } from 'vue'
import { defineStore } from 'pinia'
import { readSession, writeSession } from '@/lib/storage'

const KEY = 'intro-guide:bilingual'

export const usePrefsStore = defineStore('prefs', () => {
  const bilingual = ref(readSession(KEY) === '1')
  watch(bilingual, (on) => {
    writeSession(KEY, on ? '1' : '0')
    if (!import.meta.env.SSR) document.documentElement.toggleAttribute('data-bilingual', on)
  }, { immediate: true })
  return { bilingual }
})

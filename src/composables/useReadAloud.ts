/**
 * Reads the marked parts of a page aloud, sentence by sentence, with an on-device voice only
 * (src/lib/speech.ts). The element being read is highlighted (class "reading-now") and its
 * sentence is shown by the control. Stops when the page changes or the control goes away.
 */
import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { localVoice, sentences } from '@/lib/speech'

export type ReadState = 'idle' | 'reading' | 'paused'

/** What to read in a part of the page: the user's language, or the Bokmål shown alongside. */
export type ReadMode = 'own' | 'nb'

const synth = (): SpeechSynthesis | undefined => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined)

/** The device's voices. Some browsers list them only after 'voiceschanged', or after a first tap (iOS). */
async function deviceVoices(): Promise<SpeechSynthesisVoice[]> {
  const s = synth()
  if (!s) return []
  const now = s.getVoices()
  if (now.length) return now
  return new Promise((resolve) => {
    const done = () => resolve(s.getVoices())
    s.addEventListener('voiceschanged', done, { once: true })
    // A browser that never says so: look again shortly (this is not a test wait; the tap goes on).
    setTimeout(done, 1500)
  })
}

/** The text of an element to read, without the Bokmål shown alongside it (or only that). */
function textOf(el: Element, mode: ReadMode): string {
  const copy = el.cloneNode(true) as Element
  const drop = mode === 'own' ? '.nb-alongside, [aria-hidden="true"]' : '.nb-alongside__marker, [aria-hidden="true"]'
  copy.querySelectorAll(drop).forEach((n) => n.remove())
  return copy.textContent ?? ''
}

export function useReadAloud() {
  const state = ref<ReadState>('idle')
  const sentence = ref('')
  const reading = shallowRef<Element | null>(null)
  let queue: { el: Element; text: string }[] = []
  let run = 0

  const mark = (el: Element | null) => {
    reading.value?.classList.remove('reading-now')
    reading.value = el
    el?.classList.add('reading-now')
  }

  function stop() {
    run++
    queue = []
    synth()?.cancel()
    mark(null)
    sentence.value = ''
    state.value = 'idle'
  }

  /** Whether the device has an on-device voice for `locale` (asks for the voices if need be). */
  async function hasVoice(locale: string): Promise<boolean> {
    return localVoice(await deviceVoices(), locale) !== null
  }

  /**
   * Reads every element marked [data-read] under `root` (mode 'own'), or the Bokmål shown
   * alongside them (mode 'nb', read with a Bokmål voice). False when the device has no
   * on-device voice for it: nothing is spoken then.
   */
  async function start(root: Element, locale: string, mode: ReadMode = 'own'): Promise<boolean> {
    stop()
    const s = synth()
    const voiceLocale = mode === 'nb' ? 'nb' : locale
    const voice = localVoice(await deviceVoices(), voiceLocale)
    if (!s || !voice) return false
    const selector = mode === 'nb' ? '[data-read] .nb-alongside, [data-read] + .nb-alongside' : '[data-read]'
    queue = [...root.querySelectorAll(selector)].flatMap((el) => sentences(textOf(el, mode)).map((text) => ({ el, text })))
    const mine = ++run
    state.value = 'reading'
    const next = () => {
      if (mine !== run) return
      const item = queue.shift()
      if (!item) return stop()
      mark(item.el)
      sentence.value = item.text
      const u = new SpeechSynthesisUtterance(item.text)
      u.voice = voice
      u.lang = voice.lang
      u.onend = next
      u.onerror = () => (mine === run ? stop() : undefined)
      s.speak(u)
    }
    next()
    return true
  }

  function pause() {
    synth()?.pause()
    state.value = 'paused'
  }

  function resume() {
    synth()?.resume()
    state.value = 'reading'
  }

  onBeforeUnmount(stop)
  return { state, sentence, start, stop, pause, resume, hasVoice, supported: () => synth() !== undefined }
}

/**
 * Read aloud on the device only (rules-api.md §6, issue 16): which voice may read a locale, and
 * how a text is cut into sentences. Only voices with localService === true are ever used — a
 * network voice would send the text (the person's answers and situation) to a speech service.
 */

/** The voice languages that read each locale (primary subtags; Dari also as Persian of Afghanistan). */
const VOICE_LANGS: Record<string, readonly string[]> = {
  nb: ['nb', 'no'],
  prs: ['prs', 'fa-af'],
  kmr: ['kmr', 'ku'],
}

/** Whether a voice's language (BCP 47, e.g. "ar-SA", "nb_NO") reads the locale. */
export function voiceReads(voiceLang: string, locale: string): boolean {
  const lang = voiceLang.toLowerCase().replace(/_/g, '-')
  return (VOICE_LANGS[locale] ?? [locale]).some((want) => lang === want || lang.startsWith(`${want}-`))
}

export interface VoiceLike {
  lang: string
  localService: boolean
  name: string
  default?: boolean
}

/** An on-device voice for the locale (the device's default first), or null: never a network voice. */
export function localVoice<V extends VoiceLike>(voices: readonly V[], locale: string): V | null {
  const fitting = voices.filter((v) => v.localService === true && voiceReads(v.lang, locale))
  return fitting.find((v) => v.default) ?? fitting[0] ?? null
}

/** A text cut into sentences, at ., !, ?, the Arabic ؟ and the Ethiopic ። and ፧ (and line breaks). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?؟።፧…])\s+|\n+/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
}

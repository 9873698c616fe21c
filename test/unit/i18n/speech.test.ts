import { describe, expect, it } from 'vitest'
import { localVoice, sentences, voiceReads } from '@/lib/speech'

describe('voices for read aloud: on the device only, in the shown language', () => {
  const v = (name: string, lang: string, localService: boolean, def = false) => ({ name, lang, localService, default: def })

  it('matches a voice by the language, whatever the region or separator', () => {
    expect(voiceReads('ar-SA', 'ar')).toBe(true)
    expect(voiceReads('nb_NO', 'nb')).toBe(true)
    expect(voiceReads('no-NO', 'nb')).toBe(true)
    expect(voiceReads('fa-AF', 'prs')).toBe(true)
    expect(voiceReads('fa-IR', 'prs')).toBe(false)
    expect(voiceReads('nn-NO', 'nb')).toBe(false)
    expect(voiceReads('ar', 'ti')).toBe(false)
  })

  it('never a network voice, even the default one', () => {
    expect(localVoice([v('Cloud', 'ar-EG', false, true)], 'ar')).toBeNull()
    expect(localVoice([v('Cloud', 'ar-EG', false, true), v('Maged', 'ar-SA', true)], 'ar')?.name).toBe('Maged')
    expect(localVoice([v('A', 'ar-SA', true), v('B', 'ar-EG', true, true)], 'ar')?.name).toBe('B')
    expect(localVoice([v('Nora', 'nb-NO', true)], 'ti')).toBeNull()
  })

  it('cuts a text into sentences, also at the Arabic and Ethiopic question and full stops', () => {
    expect(sentences('Hei. Har du rett?  Ja!')).toEqual(['Hei.', 'Har du rett?', 'Ja!'])
    expect(sentences('هل لك حق؟ نعم.')).toEqual(['هل لك حق؟', 'نعم.'])
    expect(sentences('ሰላም። እወ፧ ')).toEqual(['ሰላም።', 'እወ፧'])
    expect(sentences(' \n › ')).toEqual([])
  })
})

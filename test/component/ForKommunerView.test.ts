import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ForKommunerView from '@/views/ForKommunerView.vue'
import { mountWithApp } from '../support/mount'
import { i18n } from '@/i18n'

beforeEach(() => sessionStorage.clear())

/** The page's own messages are a lazily loaded chunk: wait until the page shows its heading. */
async function shown(w: { find(selector: string): { exists(): boolean } }) {
  await vi.waitFor(() => {
    if (!w.find('h1').exists()) throw new Error('editor messages not loaded yet')
  })
}
afterEach(() => {
  document.body.innerHTML = ''
})

describe('ForKommunerView', () => {
  it('is in Bokmål for Bokmål, with every message found', async () => {
    const missing = vi.fn()
    i18n.global.setMissingHandler((locale, key) => { missing(locale, key); return key })
    const w = await mountWithApp(ForKommunerView, {}, 'nb')
    await shown(w)
    const root = w.find('[data-page="for-kommuner"]')
    expect(root.attributes('lang')).toBe('nb')
    expect(root.attributes('dir')).toBe('ltr')
    expect(w.find('h1').text()).toBe('For kommuner: veiviseren på nettsiden deres')
    expect(w.text()).not.toMatch(/editor\./)
    expect(missing).not.toHaveBeenCalled()
    expect(w.find('a.back-link').attributes('lang')).toBe('nb')
    expect(w.text()).toContain('23. november 2026')
    expect(w.find('pre code').text()).toMatch(/^<script src="http:\/\/localhost(:\d+)?\/embed\.js" data-lang="nb" data-kommune="Bergen kommune"/)
    i18n.global.setMissingHandler(null)
  })

  it('is in English for English, and in Bokmål (once loaded) for Arabic', async () => {
    let w = await mountWithApp(ForKommunerView, {}, 'en')
    await shown(w)
    expect(w.find('[data-page]').attributes('lang')).toBe('en')
    expect(w.find('h1').text()).toBe('For kommuner: the guide on your website')
    expect(w.text()).toContain('23 November 2026')
    w.unmount()
    w = await mountWithApp(ForKommunerView, {}, 'ar')
    await shown(w)
    expect(w.find('[data-page]').attributes('lang')).toBe('nb')
    expect(w.find('[data-page]').attributes('dir')).toBe('ltr')
    expect(w.find('h1').text()).toBe('For kommuner: veiviseren på nettsiden deres')
    const back = w.find('a.back-link')
    expect(back.attributes('lang')).toBe('ar')
    expect(back.attributes('dir')).toBe('rtl')
  })

  it('shows errors tied to the fields, keeps what was typed, then makes the snippet, link and preview', async () => {
    const w = await mountWithApp(ForKommunerView, {}, 'nb')
    await shown(w)
    await w.find('#embed-name').setValue('Bergen kommune')
    await w.find('#embed-url').setValue('http://bergen.kommune.no')
    await w.find('#embed-phone').setValue('123')
    // An address that would add a header to a mailto: link (issue: mailto injection).
    await w.find('#embed-email').setValue('flyktning?cc=attacker@evil.example')
    await w.find('form[data-form="embed"]').trigger('submit')
    await flushPromises()
    const summary = w.find('[data-error-summary]')
    expect(summary.exists()).toBe(true)
    expect(document.activeElement).toBe(summary.element)
    expect(summary.findAll('li')).toHaveLength(3)
    expect(w.find('#embed-email').attributes('aria-invalid')).toBe('true')
    const url = w.find('#embed-url')
    expect(url.attributes('aria-invalid')).toBe('true')
    expect(url.attributes('aria-describedby')).toBe('embed-url-hint embed-url-error')
    expect(w.find('#embed-url-error').text()).toContain('https://')
    expect(w.find('#embed-phone-error').text()).toContain('8 til 15')
    expect(w.find('#embed-name').attributes('aria-invalid')).toBeUndefined()
    expect((url.element as HTMLInputElement).value).toBe('http://bergen.kommune.no')
    expect(w.find('[data-embed-output]').exists()).toBe(false)
    expect(summary.text()).toContain("For eksempel: https://www.eksempel.kommune.no/flyktning.")

    await url.setValue('https://www.bergen.kommune.no/flyktning')
    await w.find('#embed-phone').setValue('+47 55 56 55 56')
    await w.find('#embed-email').setValue('')
    await w.find('#embed-lang').setValue('ar')
    await w.find('#embed-county').setValue('46')
    await w.find('form[data-form="embed"]').trigger('submit')
    await flushPromises()
    expect(w.find('[data-error-summary]').exists()).toBe(false)
    const snippet = (w.find('#embed-snippet').element as HTMLTextAreaElement).value
    expect(snippet).toMatch(/^<script src="http:\/\/localhost(:\d+)?\/embed\.js" data-lang="ar" data-kommune="Bergen kommune" data-kommune-url="https:\/\/www\.bergen\.kommune\.no\/flyktning" data-kommune-phone="\+47 55 56 55 56" data-county="46" async><\/script>$/)
    const link = (w.find('#embed-link').element as HTMLTextAreaElement).value
    expect(link).toMatch(/\/index\.html\?lang=ar&kommune=Bergen\+kommune&/)
    const frame = w.find('iframe[data-embed-preview]')
    expect(frame.attributes('src')).toBe(link)
    expect(frame.attributes('title')).toBe('Forhåndsvisning av veiviseren')
    expect(document.activeElement?.tagName).toBe('H3')

    // copy: clipboard missing → fallback message
    await w.find('[data-action="copy-embed-snippet"]').trigger('click')
    await flushPromises()
    expect(w.find('.copy-field__status').text()).toContain('Vi fikk ikke kopiert')
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await w.find('[data-action="copy-embed-link"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(link)
    expect(w.findAll('.copy-field__status')[1]!.text()).toBe('Kopiert.')

    // preview height from the guide's messages, only from its own window
    const iframe = frame.element as HTMLIFrameElement
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'intro-guide:height', height: 812.4 }, origin: window.location.origin, source: window }))
    await flushPromises()
    expect(iframe.style.blockSize).toBe('')
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'intro-guide:height', height: 812.4 }, origin: window.location.origin, source: iframe.contentWindow }))
    await flushPromises()
    expect(iframe.style.blockSize).toBe('813px')
  })
})

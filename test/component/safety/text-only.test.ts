/**
 * Everything the guide shows is text: messages and their parameters are never parsed as HTML
 * (no v-html, no innerHTML anywhere in src). So a parameter is shown exactly as given — a
 * kommune called "Nord-Fron & Sel" reads so, not "Nord-Fron &amp; Sel" — and markup in one stays
 * inert text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useI18n } from 'vue-i18n'
import { mountWithApp } from '../../support/mount'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : /\.(vue|ts)$/.test(f) ? [p] : []
  })
}

describe('text only', () => {
  it('no source file puts HTML into the page', () => {
    const offenders = files('src').filter((f) => /v-html|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write\(/.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('a parameter shows exactly as given, markup included, in Bokmål and Arabic', async () => {
    const name = 'Nord-Fron & Sel <b>"x"</b>'
    const Probe = defineComponent({
      setup() {
        const { t } = useI18n()
        return () => h('p', { id: 'probe' }, t('kommune.title', { kommune: name }))
      },
    })
    for (const locale of ['nb', 'ar'] as const) {
      const wrapper = await mountWithApp(Probe, {}, locale)
      const p = wrapper.get('#probe')
      expect(p.text()).toContain(name)
      expect(p.text()).not.toContain('&amp;')
      expect(p.element.querySelector('b')).toBeNull()
      wrapper.unmount()
    }
  })
})

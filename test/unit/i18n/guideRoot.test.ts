import { describe, expect, it } from 'vitest'
import { addressInLocale } from '@/lib/guideRoot'
import { initialLocale } from '@/i18n'

const ROOT = 'https://guide.example.no/veiviser/'

describe('the address of the same page in another language (the picker, issue 14)', () => {
  it('goes to the language’s folder, keeping the page, the query and the #route', () => {
    expect(addressInLocale(`${ROOT}programme.html?kommune=x#/question/permit`, 'ar', ROOT)).toBe(`${ROOT}ar/programme.html?kommune=x#/question/permit`)
    expect(addressInLocale(`${ROOT}`, 'ti', ROOT)).toBe(`${ROOT}ti/`)
    expect(addressInLocale(`${ROOT}ar/how-to-complain.html`, 'fa', ROOT)).toBe(`${ROOT}fa/how-to-complain.html`)
  })

  it('Bokmål is the root itself: from any folder it goes back there', () => {
    expect(addressInLocale(`${ROOT}ar/about.html#/about`, 'nb', ROOT)).toBe(`${ROOT}about.html#/about`)
    expect(addressInLocale(`${ROOT}nb/`, 'nb', ROOT)).toBe(`${ROOT}`)
  })

  it('a file that is not pre-rendered (404.html, anything) becomes the folder’s start page', () => {
    expect(addressInLocale(`${ROOT}404.html`, 'ar', ROOT)).toBe(`${ROOT}ar/`)
    expect(addressInLocale(`${ROOT}ar/nope.html`, 'en', ROOT)).toBe(`${ROOT}en/`)
  })

  it('leaves an address outside the guide alone', () => {
    for (const href of ['https://other.example/veiviser/index.html', 'https://guide.example.no/other/index.html'])
      expect(addressInLocale(href, 'ar', ROOT)).toBe(href)
  })
})

describe('the language a page opens in', () => {
  it('?lang= first, then the page’s folder, then Bokmål', () => {
    expect(initialLocale({ search: '?lang=ti', hash: '' }, 'ar')).toBe('ti')
    expect(initialLocale({ search: '', hash: '#/question/permit?lang=fa' }, 'ar')).toBe('fa')
    expect(initialLocale({ search: '', hash: '#/programme' }, 'ar')).toBe('ar')
    expect(initialLocale({ search: '?lang=xx', hash: '' }, 'so')).toBe('so')
    expect(initialLocale({ search: '', hash: '' }, null)).toBe('nb')
  })
})

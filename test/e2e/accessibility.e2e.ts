/**
 * Accessibility beyond axe: a keyboard-only journey from the start page to a result and on to a
 * complaint letter; every control named in the browser's accessibility tree; errors tied to
 * their fields and announced; reflow at 320 px (400 % zoom) with no sideways scrolling, in
 * left-to-right and right-to-left; prefers-reduced-motion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { REFUGEE_WITH_RIGHT } from '../unit/flow/personas'
import { answerAll, BASE, expectClean, launch, openPage } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

interface Focused {
  tag: string
  id: string
  name: string
  type: string
  value: string
  action: string
  text: string
  /** A focus indicator the user can see: an outline or a box-shadow ring. */
  indicator: boolean
  inView: boolean
}

const focused = (page: Page) =>
  page.evaluate((): Focused => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return { tag: 'BODY', id: '', name: '', type: '', value: '', action: '', text: '', indicator: true, inView: true }
    // Designsystemet draws the ring of a radio or checkbox around its whole field (the row
    // with its label), not on the small box itself.
    // A ring of at least 2 px that is not transparent (a pale shadow alone does not count).
    const shows = (e: Element) => {
      const s = getComputedStyle(e)
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !/rgba\(.*, 0\)$|transparent/.test(s.outlineColor)
    }
    const field = el.matches('input[type="radio"], input[type="checkbox"]') ? el.closest('.ds-field') : null
    const r = el.getBoundingClientRect()
    return {
      tag: el.tagName,
      id: el.id,
      name: el.getAttribute('name') ?? '',
      type: el.getAttribute('type') ?? '',
      value: (el as HTMLInputElement).value ?? '',
      action: el.dataset.action ?? '',
      text: (el.textContent ?? '').trim().slice(0, 60),
      indicator: shows(el) || (field !== null && shows(field)),
      inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
    }
  })

/** Presses Tab until `wanted` matches; every stop on the way must show where focus is. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, max = 80): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    if (f.tag !== 'BODY') {
      expect(f.indicator, `visible focus on ${f.tag}#${f.id} "${f.text}" (looking for ${what})`).toBe(true)
      expect(f.inView, `focused ${f.tag}#${f.id} scrolled into view`).toBe(true)
    }
    if (wanted(f)) return f
  }
  throw new Error(`Tab never reached ${what}`)
}

/** After a page change, focus is on the new page's main heading. */
async function expectHeadingFocused(page: Page, where: string) {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1')
  expect(await page.evaluate(() => document.activeElement?.tagName + ':' + !!document.activeElement?.closest('main')), `focus on the h1 of ${where}`).toBe('H1:true')
  // The heading shows that it has focus, like every other focus stop.
  expect((await focused(page)).indicator, `visible focus on the h1 of ${where}`).toBe(true)
}

async function submitForm(page: Page) {
  await tabTo(page, (f) => f.tag === 'BUTTON' && f.type === 'submit', 'the submit button')
  await page.keyboard.press('Enter')
}

/** Answers the question on screen with the keyboard only. */
async function answerByKeyboard(page: Page, answers: Record<string, string | null>) {
  const form = page.locator('form[data-question]')
  const key = (await form.getAttribute('data-question'))!
  const value = answers[key]
  if (await form.locator('input[name="year"]').count()) {
    if (value === null || value === undefined) {
      await tabTo(page, (f) => f.name === 'unknown', 'the "I don\'t know" box')
      await page.keyboard.press('Space')
    } else {
      const [y, m, d] = value.split('-')
      await tabTo(page, (f) => f.name === 'day', 'the day field')
      await page.keyboard.type(d ? String(Number(d)) : '')
      await page.keyboard.press('Tab')
      await page.keyboard.type(m ? String(Number(m)) : '')
      await page.keyboard.press('Tab')
      await page.keyboard.type(y ?? '')
    }
  } else {
    await chooseRadio(page, key, String(value))
  }
  await submitForm(page)
  await page.waitForFunction((k) => !document.querySelector(`form[data-question="${k}"]`), key)
  return key
}

/** Tab into a radio group, then arrow keys until the wanted option is chosen. */
async function chooseRadio(page: Page, name: string, value: string) {
  await tabTo(page, (f) => f.type === 'radio' && f.name === name, `the ${name} options`)
  for (let i = 0; i < 20; i++) {
    const f = await focused(page)
    if (f.value === value) {
      await page.keyboard.press('Space')
      return
    }
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`option ${value} not reachable with arrow keys`)
}

describe('keyboard only, at 320 px', () => {
  for (const lang of ['nb', 'ar'] as const)
  it(`start → questions → result → complaint letter, focus visible and on each new heading, no trap (${lang})`, async () => {
    const w = await openPage(browser, '2026-11-23', 320)
    const { page } = w
    await page.goto(`${BASE}?lang=${lang}`)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang)
    const skipText = await page.locator('.skip-link').innerText()
    // The pre-rendered page is there before the app; wait for the app to be running.
    await page.waitForFunction(() => Boolean((document.getElementById('app') as { __vue_app__?: unknown }).__vue_app__))

    // The first Tab reaches the skip link, which moves focus to the page's heading.
    const first = await tabTo(page, () => true, 'anything')
    expect(first.text).toBe(skipText)
    await page.keyboard.press('Enter')
    await expectHeadingFocused(page, 'the start page (skip link)')

    await tabTo(page, (f) => f.action === 'start', 'the start button')
    await page.keyboard.press('Enter')
    await page.waitForSelector('form[data-question]')
    await expectHeadingFocused(page, 'the first question')

    // A mistake first: submit with nothing chosen. The error summary takes focus and is read
    // out; its link takes the keyboard to the field.
    await submitForm(page)
    await page.waitForSelector('[data-error-summary]')
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true)
    await tabTo(page, (f) => f.tag === 'A' && (f.text.length > 0), 'the error link', 3)
    await page.keyboard.press('Enter')
    expect((await focused(page)).type).toBe('radio')

    for (let i = 0; i < 30 && (await page.locator('form[data-question]').count()); i++) {
      await answerByKeyboard(page, REFUGEE_WITH_RIGHT)
      await page.waitForSelector('form[data-question], [data-page="check"]')
      await expectHeadingFocused(page, `question ${i + 2}`)
    }
    await page.waitForSelector('[data-page="check"]')
    await submitForm(page)
    await page.waitForSelector('[data-page="result"]')
    await expectHeadingFocused(page, 'the result page')
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('right-and-duty')

    await tabTo(page, (f) => f.action === 'complaint', 'the complaint button', 150)
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-page="complaint"][data-step="decision"]')
    await expectHeadingFocused(page, 'complaint: decision')

    const step = (s: string) => page.waitForSelector(`[data-page="complaint"][data-step="${s}"]`)
    await chooseRadio(page, 'decision', 'stipend')
    await submitForm(page)
    await step('notice')
    await expectHeadingFocused(page, 'complaint: notice')
    await tabTo(page, (f) => f.name === 'day', 'the day field')
    await page.keyboard.type('10')
    await page.keyboard.press('Tab')
    await page.keyboard.type('11')
    await page.keyboard.press('Tab')
    await page.keyboard.type('2026')
    await submitForm(page)
    await step('kommune')
    await expectHeadingFocused(page, 'complaint: kommune')
    await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'text', 'the kommune field')
    await page.keyboard.type(lang === 'nb' ? 'Bergen kommune' : 'بلدية برغن')
    await submitForm(page)
    await step('change')
    await expectHeadingFocused(page, 'complaint: change')
    await tabTo(page, (f) => f.tag === 'TEXTAREA', 'the first text box')
    await page.keyboard.type('Jeg vil ha full stønad.')
    await tabTo(page, (f) => f.tag === 'TEXTAREA', 'the second text box')
    await page.keyboard.type('Jeg bor alene.')
    await submitForm(page)
    await step('name')
    await expectHeadingFocused(page, 'complaint: name')
    await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'text', 'the name field')
    await page.keyboard.type('Amina Yusuf')
    await chooseRadio(page, 'interpreter', 'no')
    await submitForm(page)
    await step('letter')
    await expectHeadingFocused(page, 'the letter')
    expect(await page.locator('[data-letter]').first().innerText()).toContain('Amina Yusuf')

    // No trap: Tab goes through the whole page, past the last control, and comes round again.
    const seen: Focused[] = []
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab')
      seen.push(await focused(page))
      if (seen.length > 2 && seen.at(-1)!.text === skipText) break
    }
    expect(seen.some((f) => f.action === 'clear'), 'reached the last control on the page').toBe(true)
    for (const f of seen.filter((x) => x.tag !== 'BODY')) expect(f.indicator, `visible focus on ${f.tag}#${f.id} "${f.text}"`).toBe(true)
    expect(seen.at(-1)!.text, 'Tab comes round to the top again').toBe(skipText)
    expectClean(w)
    await w.context.close()
  })
})

/** Every interactive node in Chromium's accessibility tree, with its computed name. */
async function controls(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; description?: { value: string }; backendDOMNodeId?: number }[]
  }
  await cdp.detach()
  const INTERACTIVE = ['button', 'link', 'textbox', 'radio', 'checkbox', 'combobox', 'spinbutton', 'searchbox', 'listbox', 'slider', 'switch', 'tab', 'menuitem', 'DisclosureTriangle']
  return nodes
    .filter((n) => !n.ignored && INTERACTIVE.includes(n.role?.value ?? ''))
    .map((n) => ({ role: n.role!.value, name: (n.name?.value ?? '').trim(), description: (n.description?.value ?? '').trim() }))
}

describe('screen-reader names (accessibility tree)', () => {
  it('every control on every page has a name; errors are part of the field description', async () => {
    const w = await openPage(browser)
    const { page } = w
    const check = async (where: string) => {
      const list = await controls(page)
      expect(list.length, `controls on ${where}`).toBeGreaterThan(0)
      expect(list.filter((c) => c.name === ''), `unnamed controls on ${where}`).toEqual([])
    }
    for (const hash of ['#/', '#/programme', '#/how-to-complain', '#/about', '#/for-kommuner', '#/no/such/page']) {
      await page.goto(`${BASE}?n=${hash.length}${hash}`)
      await page.waitForSelector('main h1')
      await check(hash)
    }
    await page.goto(`${BASE}#/question/permit`)
    await page.waitForSelector('form[data-question]')
    await check('a choice question')

    // A date question with a bad date: the message is in the field's accessible description.
    await answerAll(page, REFUGEE_WITH_RIGHT, async (key) => {
      if (key !== 'birthDate') return
      await page.locator('input[name="month"]').fill('13')
      await page.locator('input[name="year"]').fill('1990')
      await page.locator('form[data-question] button[type="submit"]').click()
      await page.waitForSelector('[data-error-summary]')
      expect(await page.locator('[data-error-summary]').getAttribute('role')).toBe('alert')
      const message = (await page.locator('[data-error-summary] a').first().innerText()).trim()
      const fields = (await controls(page)).filter((c) => c.role === 'spinbutton' || c.role === 'textbox')
      expect(fields.length).toBeGreaterThanOrEqual(3)
      expect(fields.some((f) => f.description.includes(message)), `"${message}" in a field's description: ${JSON.stringify(fields)}`).toBe(true)
      await check('a date question with an error')
    })
    await page.locator('form button[type="submit"]').click()
    await page.waitForSelector('[data-page="result"]')
    await check('the result page')
    await page.locator('[data-action="complaint"]').click()
    await page.waitForSelector('[data-page="complaint"]')
    await check('the complaint helper')
    expectClean(w)
    await w.context.close()
  })
})

async function expectNoSidewaysScroll(page: Page, where: string) {
  const over = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const out: string[] = []
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`)
    // Text cut off inside a box that hides its overflow would not show in scrollWidth.
    for (const el of document.querySelectorAll<HTMLElement>('main *, header *, footer *')) {
      const r = el.getBoundingClientRect()
      if (r.width > 0 && el.offsetParent !== null && (r.right > width + 1 || r.left < -1)) out.push(`${el.tagName}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`)
    }
    return out.slice(0, 10)
  })
  expect(over, `reflow at 320 px on ${where}`).toEqual([])
}

describe('320 px wide (1280 px at 400 % zoom)', () => {
  for (const lang of ['nb', 'ar']) {
    it(`no page scrolls sideways (${lang})`, async () => {
      const w = await openPage(browser, '2026-11-23', 320)
      const { page } = w
      await page.setViewportSize({ width: 320, height: 256 })
      for (const hash of ['#/', '#/programme', '#/how-to-complain', '#/about']) {
        await page.goto(`${BASE}?lang=${lang}&n=${hash.length}${hash}`)
        await page.waitForSelector('main h1')
        await expectNoSidewaysScroll(page, `${lang} ${hash}`)
      }
      await page.goto(`${BASE}?lang=${lang}#/question/permit`)
      await answerAll(page, REFUGEE_WITH_RIGHT, async (key) => expectNoSidewaysScroll(page, `${lang} question ${key}`))
      await expectNoSidewaysScroll(page, `${lang} check`)
      await page.locator('form button[type="submit"]').click()
      await page.waitForSelector('[data-page="result"]')
      await expectNoSidewaysScroll(page, `${lang} result`)
      expectClean(w)
      await w.context.close()
    })
  }
})

describe('prefers-reduced-motion', () => {
  it('nothing moves when the user asks for less motion', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    for (const hash of ['#/', '#/question/permit', '#/how-to-complain']) {
      await page.goto(`${BASE}?n=${hash.length}${hash}`)
      await page.waitForSelector('main h1')
      const moving = await page.evaluate(() => {
        const out: string[] = []
        const secs = (v: string) => Math.max(...v.split(',').map((x) => parseFloat(x) * (x.trim().endsWith('ms') ? 0.001 : 1)))
        for (const el of [document.documentElement, ...document.querySelectorAll<HTMLElement>('body *')]) {
          for (const pseudo of [null, '::before', '::after']) {
            const s = getComputedStyle(el, pseudo)
            if (secs(s.transitionDuration) > 0.001 || (s.animationName !== 'none' && secs(s.animationDuration) > 0.001)) out.push(`${el.tagName}.${el.className}${pseudo ?? ''}`)
          }
        }
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') out.push('smooth scrolling')
        return out.slice(0, 10)
      })
      expect(moving, `motion on ${hash}`).toEqual([])
    }
    // And the rule holds for whatever moves later: a transition added to the page is cut short
    // under "reduce", and runs in full without it.
    const probe = (p: Page) =>
      p.evaluate(() => {
        const el = document.createElement('div')
        el.style.transition = 'opacity 2s'
        el.style.animation = 'probe 2s infinite'
        document.body.append(el)
        const s = getComputedStyle(el)
        return [parseFloat(s.transitionDuration), parseFloat(s.animationDuration)]
      })
    const [transition, animation] = await probe(page)
    expect(transition).toBeLessThan(0.001)
    expect(animation).toBeLessThan(0.001)
    const normal = await browser.newContext({ reducedMotion: 'no-preference' })
    const other = await normal.newPage()
    await other.goto(BASE)
    await other.waitForSelector('main h1')
    expect(await probe(other)).toEqual([2, 2])
    await normal.close()
    await context.close()
  })
})

/**
 * embed.js: what a kommune puts on its page (rules-api.md §4):
 *
 *   <script src="<guide>/embed.js" data-lang="nb" data-kommune="Bergen kommune"
 *     data-kommune-url="https://…" data-kommune-phone="…" data-kommune-email="…" data-county="46" async></script>
 *
 * It inserts, right after itself, an iframe with the guide (the details as URL parameters of
 * the same names; the guide validates them) and a link to open the guide on its own page,
 * shown on narrow screens. It sets the iframe's height from the guide's
 * { type: 'intro-guide:height', height } messages, and from nothing else: only from the guide's
 * origin, only from this iframe's window, only that shape. Plain DOM, no dependencies, built
 * to one small classic script by scripts/embed/build.ts.
 */
import { embedUrl, frameHeight, pickLanguage, type EmbedText } from './embedLogic'

/** Filled in at build time from locales/*.json: the keys are these (app.name, embed.openFull). */
declare const __EMBED_TEXT__: Record<string, EmbedText>

function embed(script: HTMLScriptElement): void {
  const guide = embedUrl(script.src, (name) => script.getAttribute(`data-${name}`), Object.keys(__EMBED_TEXT__))
  const lang = pickLanguage(script.getAttribute('data-lang'), __EMBED_TEXT__)
  const text = __EMBED_TEXT__[lang]!

  const frame = document.createElement('iframe')
  frame.src = guide.href
  frame.title = text.title
  frame.lang = lang
  // The guide learns which page embeds it (its origin only, over https only), to show the
  // kommune's details only on the kommune's own site (src/embed/trust.ts). Nothing else is sent.
  frame.referrerPolicy = 'strict-origin'
  // Copying the complaint letter needs the clipboard; nothing else is granted.
  frame.allow = 'clipboard-write'
  frame.style.display = 'block'
  frame.style.inlineSize = '100%'
  frame.style.blockSize = '40rem'
  frame.style.border = '0'

  const full = document.createElement('p')
  const link = document.createElement('a')
  link.href = guide.href
  link.target = '_blank'
  link.rel = 'noopener'
  link.textContent = text.open
  link.lang = lang
  link.dir = text.dir
  full.append(link)

  const box = document.createElement('div')
  box.className = 'intro-guide-embed'
  box.append(frame, full)
  script.after(box)

  // "Open on its own page" on narrow screens, where a page inside a page is cramped.
  const narrow = window.matchMedia('(max-width: 40em)')
  const update = () => {
    full.hidden = !narrow.matches
  }
  update()
  narrow.addEventListener('change', update)

  window.addEventListener('message', (event) => {
    if (event.origin !== guide.origin || event.source !== frame.contentWindow) return
    const height = frameHeight(event.data)
    if (height !== null) frame.style.blockSize = `${height}px`
  })
}

const script = document.currentScript
if (script instanceof HTMLScriptElement) embed(script)

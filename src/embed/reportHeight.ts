/**
 * Inside a kommune's iframe (embed.js), tell the host page how tall the guide is whenever that
 * changes, so the iframe fits its content with no inner scrollbar. Only a number is sent, and
 * only to the embedding page's origin where the browser tells us (location.ancestorOrigins, or
 * the referrer embed.js lets through); to any origin only where neither is known (a height
 * reveals nothing about the user).
 */
import { HEIGHT_MESSAGE } from './embedLogic'
import { surroundings } from './trust'

/** Where to post the height: the embedding page's origin when known, else '*'. */
export function heightTarget(s: { ancestorOrigin?: string; referrer?: string }): string {
  if (s.ancestorOrigin && s.ancestorOrigin !== 'null') return s.ancestorOrigin
  try {
    if (s.referrer) return new URL(s.referrer).origin
  } catch {
    /* not a URL */
  }
  return '*'
}

export function reportHeight(): void {
  if (window.parent === window) return
  const html = document.documentElement
  // The page then sizes to its content instead of to the iframe's window (see main.css).
  html.setAttribute('data-embedded', '')
  const target = heightTarget(surroundings(window))
  let last = 0
  const send = () => {
    const height = Math.ceil(html.getBoundingClientRect().height)
    if (height === last) return
    last = height
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, target)
  }
  new ResizeObserver(send).observe(html)
  send()
}

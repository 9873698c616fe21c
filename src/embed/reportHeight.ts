/**
 * Inside a kommune's iframe (embed.js), tell the host page how tall the guide is whenever that
 * changes, so the iframe fits its content with no inner scrollbar. Only a number is sent (to any
 * origin: we do not know the host's, and a height reveals nothing about the user).
 */
import { HEIGHT_MESSAGE } from './embedLogic'

export function reportHeight(): void {
  if (window.parent === window) return
  const html = document.documentElement
  // The page then sizes to its content instead of to the iframe's window (see main.css).
  html.setAttribute('data-embedded', '')
  let last = 0
  const send = () => {
    const height = Math.ceil(html.getBoundingClientRect().height)
    if (height === last) return
    last = height
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*')
  }
  new ResizeObserver(send).observe(html)
  send()
}

/** Moves keyboard and screen-reader focus to the page's main heading (or main) after navigation. */
export function focusHeading(): void {
  const h1 = document.querySelector<HTMLElement>('main h1')
  const target = h1 ?? document.getElementById('main')
  if (!target) return
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  target.focus({ preventScroll: false })
}

/** Focuses a form control by id (error-summary links: a hash link would move the router). */
export function focusById(id: string): void {
  const el = document.getElementById(id)
  if (!el) return
  el.scrollIntoView({ block: 'center' })
  el.focus()
}

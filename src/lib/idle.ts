/**
 * Runs `work` when the page has nothing else to do (requestIdleCallback; a short timer where the
 * browser has none, e.g. Safari). For work done ahead of a tap, never for anything the user waits on.
 */
export function whenIdle(work: () => void): void {
  if (typeof window === 'undefined') return
  const w = window as Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }
  if (w.requestIdleCallback) w.requestIdleCallback(work, { timeout: 2000 })
  else setTimeout(work, 50)
}

/** Runs each piece of work in its own idle moment, in order: no long task blocks a tap. */
export function eachWhenIdle(works: readonly (() => void)[]): void {
  const [first, ...rest] = works
  if (!first) return
  whenIdle(() => {
    first()
    eachWhenIdle(rest)
  })
}

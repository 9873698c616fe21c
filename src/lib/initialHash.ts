/**
 * Imported first by main.ts, before the router reads the address. On a pre-rendered page a
 * keyboard user may follow the skip link (#main) before the app has started; the router would
 * then take "main" for a page and show "not found". Only #/… addresses are routes.
 */
if (window.location.hash && !window.location.hash.startsWith('#/')) {
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search)
}
export {}

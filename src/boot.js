/*
 * Runs before the first paint, so it is tiny and has no imports. The build puts it inline in
 * every page's <head>, minified (vite.config.ts, inlineBoot), and allows it in the strict
 * Content-Security-Policy by its hash: one request fewer before the first paint. Each HTML page
 * arrives with one page pre-rendered in its language (scripts/prerender: Bokmål at the root,
 * each locale in its own folder, <meta name="intro-guide:locale">), and the app's scripts listed
 * in <meta name="intro-guide:app"> (the build's startAfterFirstPaint plugin).
 *
 * - The address asks for another page (#/question/…) or this tab chose another language: hide
 *   the pre-rendered page rather than flash the wrong one, and start the app at once.
 * - Otherwise the pre-rendered page is the right one: let it paint first, then start the app,
 *   so on a slow connection the scripts do not hold up the text.
 */
(function () {
  var html = document.documentElement
  var meta = function (name) {
    var el = document.querySelector('meta[name="intro-guide:' + name + '"]')
    return el ? el.getAttribute('content') : null
  }
  var page = meta('route') || '/'
  var hash = location.hash.replace(/^#/, '')
  var path = hash.split('?')[0]
  var query = location.search + '&' + (hash.split('?')[1] || '')
  var lang = /[?&]lang=([a-z]+)/.exec(query)
  var stored = null
  try {
    // The key src/i18n/index.ts (LOCALE_KEY) keeps the tab's language under; this file cannot import.
    stored = sessionStorage.getItem('intro-guide:locale')
  } catch (e) {
    /* storage blocked: Bokmål unless the address says otherwise */
  }
  var otherPage = path !== '' && path !== page
  // A locale's folder shows its language unless ?lang= says otherwise (offline, the service
  // worker may serve the Bokmål page there: html lang tells); the root shows Bokmål unless
  // ?lang= or this tab's earlier choice says otherwise (src/i18n initialLocale).
  var own = meta('locale')
  var otherLang = own ? (lang ? lang[1] !== own : html.getAttribute('lang') !== own) : (lang && lang[1] !== 'nb') || (!lang && stored && stored !== 'nb')
  var stale = otherPage || otherLang
  if (stale) html.setAttribute('data-prerender', otherLang ? 'stale-language' : 'stale')

  // A language picked before the app has started (a slow phone) is not lost: go to that
  // language's pre-rendered page (Bokmål at the root), keeping the #route. Once the app runs,
  // it handles the picker itself (src/i18n chooseLocale).
  var root = meta('root')
  document.addEventListener('change', function (event) {
    var select = event.target
    var mount = document.getElementById('app')
    if (!root || !select || select.id !== 'language-picker' || (mount && mount.__vue_app__)) return
    // The pre-rendered files (src/router/prerendered.ts); any other page goes to the start.
    var file = location.pathname.split('/').pop()
    if (!/^(index|programme|how-to-complain|about)\.html$/.test(file)) file = 'index.html'
    location.href = root + (select.value === 'nb' ? '' : select.value + '/') + file + location.hash
  })

  // The links to the page in other languages (hreflang) are relative in the HTML, as the guide
  // may be hosted at any address; search engines want them absolute: make them so here.
  document.addEventListener('DOMContentLoaded', function () {
    var alternates = document.querySelectorAll('link[rel="alternate"][hreflang]')
    for (var k = 0; k < alternates.length; k++) alternates[k].setAttribute('href', alternates[k].href)
  })

  // In development Vite serves its own module script, and there is no list.
  var app = meta('app')
  if (!app) return
  var started = false
  function start() {
    if (started) return
    started = true
    var files = app.split(' ')
    for (var i = 1; i < files.length; i++) {
      var link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = files[i]
      document.head.appendChild(link)
    }
    var script = document.createElement('script')
    script.type = 'module'
    script.crossOrigin = ''
    script.src = files[0]
    document.head.appendChild(script)
  }
  if (stale) return start()
  // Start once the first content is on screen (the browser reports that paint after it is
  // shown); older browsers wait one frame instead, and the timer covers tabs that do not paint
  // (in the background).
  setTimeout(start, 3000)
  try {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect()
        start()
      }
    }).observe({ type: 'paint', buffered: true })
  } catch (e) {
    requestAnimationFrame(function () {
      setTimeout(start, 0)
    })
  }
})()

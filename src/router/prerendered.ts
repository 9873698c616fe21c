/**
 * The pages that are also pre-rendered to static HTML (scripts/prerender), by route path: at the
 * guide's root in Bokmål, and in each locale's folder (ar/programme.html, …).
 */
export const PRERENDERED: Record<string, string> = {
  '/': 'index.html',
  '/programme': 'programme.html',
  '/how-to-complain': 'how-to-complain.html',
  '/about': 'about.html',
}

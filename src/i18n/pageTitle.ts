/** The tab title: the page's own name first, so tab lists and screen readers say where you are. */
export function pageTitle(t: (key: string) => string, key: unknown): string {
  const page = typeof key === 'string' ? t(key) : ''
  return page ? `${page} – ${t('app.name')}` : t('app.name')
}

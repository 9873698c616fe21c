/**
 * Routes. Hash history: the guide runs from any static host and base path with no server
 * rewrite rules. Guards keep the user on the question path: a deep link to a question whose
 * earlier answers are missing goes to the first unanswered question.
 *
 * The stores (and with them the rules engine) are imported only by the guards of the pages
 * that need them, so the start page loads no legal logic at all.
 */
import {
  createMemoryHistory,
  createRouter,
  createWebHashHistory,
  type RouteLocationRaw,
  type Router,
  type RouterHistory,
} from 'vue-router'
import StartView from '@/views/StartView.vue'
import { findLocale } from '@/i18n/locales'
import { currentLocale, setLocale } from '@/i18n'
import { CheckView, ResultView } from './later'

export { PRERENDERED } from './prerendered'

export function createAppRouter(history: RouterHistory): Router {
  const router = createRouter({
    history,
    routes: [
      { path: '/', name: 'start', component: StartView, meta: { title: 'start.title' } },
      // "Start" / "Continue": the guard sends it on to the first question not yet answered.
      { path: '/continue', name: 'continue', component: StartView },
      {
        path: '/question/:id',
        name: 'question',
        component: () => import('@/views/QuestionView.vue'),
        meta: { title: 'question.pageTitle' },
      },
      { path: '/check', name: 'check', component: CheckView, meta: { title: 'check.title' } },
      { path: '/result', name: 'result', component: ResultView, meta: { title: 'result.pageTitle' } },
      {
        path: '/programme',
        name: 'programme',
        component: () => import('@/views/ProgrammeView.vue'),
        meta: { title: 'programme.title' },
      },
      {
        path: '/how-to-complain',
        name: 'complaint-route',
        component: () => import('@/complaint/ComplaintRouteView.vue'),
        meta: { title: 'complaintRoute.title' },
      },
      {
        path: '/complaint/:step?',
        name: 'complaint',
        component: () => import('@/complaint/ComplaintView.vue'),
        meta: { title: 'complaint.pageTitle' },
      },
      { path: '/about', name: 'about', component: () => import('@/views/AboutView.vue'), meta: { title: 'about.title' } },
      { path: '/rules', name: 'rules-review', component: () => import('@/views/RulesReviewView.vue'), meta: { title: 'about.rulesTitle' } },
      {
        path: '/for-kommuner',
        name: 'for-kommuner',
        component: () => import('@/views/ForKommunerView.vue'),
        meta: { title: 'about.forKommunerTitle' },
      },
      {
        path: '/:pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/views/NotFoundView.vue'),
        meta: { title: 'notFound.title' },
      },
    ],
    scrollBehavior: () => ({ top: 0 }),
  })

  router.beforeEach(async (to) => {
    // ?lang= inside the hash (…#/question/permit?lang=en) picks the language too.
    const lang = findLocale(to.query.lang)
    if (lang && lang.code !== currentLocale().code) {
      try {
        await setLocale(lang.code as never)
      } catch {
        /* stay in the current language rather than fail the navigation */
      }
    }

    if (to.name === 'continue' || to.name === 'question' || to.name === 'check' || to.name === 'result') {
      const [{ useAnswersStore }, { isQuestionId }] = await Promise.all([import('@/stores/answers'), import('@/flow/questions')])
      const store = useAnswersStore()
      // Redirects replace the page asked for: Back then moves on through history (and can leave
      // the guide) instead of landing on the same redirect again and again.
      const firstOpenStep: RouteLocationRaw = store.next ? { name: 'question', params: { id: store.next }, replace: true } : { name: 'check', replace: true }
      if (to.name === 'continue') return firstOpenStep
      if (to.name === 'question') {
        const id = String(to.params.id)
        if (!isQuestionId(id)) return { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') }, replace: true }
        if (!store.canAsk(id)) return firstOpenStep
      }
      if ((to.name === 'check' || to.name === 'result') && !store.isComplete) return firstOpenStep
    }
    if (to.name === 'complaint') {
      // The complaint helper needs no eligibility answers; a deep link to a later step goes to
      // the first step not yet done.
      const [{ STEPS }, { useComplaintStore }] = await Promise.all([import('@/complaint/fields'), import('@/complaint/store')])
      const complaint = useComplaintStore()
      const wanted = STEPS.indexOf(String(to.params.step || 'decision') as never)
      const open = STEPS.indexOf(complaint.openStep)
      if (wanted < 0) return { name: 'complaint', params: { step: 'decision' }, replace: true }
      if (wanted > open) return { name: 'complaint', params: { step: complaint.openStep }, replace: true }
    }
    return true
  })
  return router
}

/** The app's router; pre-rendering (no window) gets an in-memory history instead. */
export const router = createAppRouter(import.meta.env.SSR ? createMemoryHistory() : createWebHashHistory())

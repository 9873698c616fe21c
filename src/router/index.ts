/**
 * Routes. Hash history: the guide runs from any static host and base path with no server
 * rewrite rules. Guards keep the user on the question path: a deep link to a question whose
 * earlier answers are missing goes to the first unanswered question.
 */
import { createRouter, createWebHashHistory, type RouteLocationRaw } from 'vue-router'
import StartView from '@/views/StartView.vue'
import { useAnswersStore } from '@/stores/answers'
import { STEPS, useComplaintStore, type Step } from '@/stores/complaint'
import { isQuestionId } from '@/flow/questions'
import { findLocale } from '@/i18n/locales'
import { currentLocale, setLocale } from '@/i18n'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'start', component: StartView, meta: { title: 'start.title' } },
    {
      path: '/question/:id',
      name: 'question',
      component: () => import('@/views/QuestionView.vue'),
      meta: { title: 'question.pageTitle' },
    },
    { path: '/check', name: 'check', component: () => import('@/views/CheckView.vue'), meta: { title: 'check.title' } },
    { path: '/result', name: 'result', component: () => import('@/views/ResultView.vue'), meta: { title: 'result.pageTitle' } },
    {
      path: '/programme',
      name: 'programme',
      component: () => import('@/views/ProgrammeView.vue'),
      meta: { title: 'programme.title' },
    },
    {
      path: '/complaint/:step?',
      name: 'complaint',
      component: () => import('@/views/ComplaintView.vue'),
      meta: { title: 'complaint.pageTitle' },
    },
    { path: '/about', name: 'about', component: () => import('@/views/AboutView.vue'), meta: { title: 'about.title' } },
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('@/views/NotFoundView.vue'),
      meta: { title: 'notFound.title' },
    },
  ],
  scrollBehavior: () => ({ top: 0 }),
})

function firstOpenStep(): RouteLocationRaw {
  const store = useAnswersStore()
  return store.next ? { name: 'question', params: { id: store.next } } : { name: 'check' }
}

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

  const store = useAnswersStore()
  if (to.name === 'question') {
    const id = String(to.params.id)
    if (!isQuestionId(id)) return { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') } }
    if (!store.canAsk(id)) return firstOpenStep()
  }
  if ((to.name === 'check' || to.name === 'result') && !store.isComplete) return firstOpenStep()
  if (to.name === 'complaint') {
    // The complaint helper needs no eligibility answers; a deep link to a later step goes to
    // the first step not yet done.
    const complaint = useComplaintStore()
    const wanted = STEPS.indexOf(String(to.params.step || 'decision') as Step)
    const open = STEPS.indexOf(complaint.openStep)
    if (wanted < 0) return { name: 'complaint', params: { step: 'decision' } }
    if (wanted > open) return { name: 'complaint', params: { step: complaint.openStep } }
  }
  return true
})

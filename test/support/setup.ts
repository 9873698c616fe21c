import { engineChecks } from '@/rules/assess'

// An engine error fails the test that caused it (users get a calm "cannot tell" instead).
engineChecks.strict = true

// jsdom does not implement scrolling; the router and focus helpers call it. (Node tests have no window.)
if (typeof window !== 'undefined') {
  window.scrollTo = () => {}
  Element.prototype.scrollIntoView = function scrollIntoView() {}
}

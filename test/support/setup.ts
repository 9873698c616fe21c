// jsdom does not implement scrolling; the router and focus helpers call it. (Node tests have no window.)
if (typeof window !== 'undefined') {
  window.scrollTo = () => {}
  Element.prototype.scrollIntoView = function scrollIntoView() {}
}

// jsdom does not implement scrolling; the router and focus helpers call it.
window.scrollTo = () => {}
Element.prototype.scrollIntoView = function scrollIntoView() {}

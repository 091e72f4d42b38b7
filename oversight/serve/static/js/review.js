// Keyboard shortcuts on a review page: a accept, e correct, r reject, n next.  Ignored while typing
// in a field, and with any modifier key held, so they never take over the browser's own keys.
(function () {
  'use strict'
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return }
    var target = event.target
    var tag = target && target.tagName
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable)) { return }
    var go = {
      a: function () { var form = document.getElementById('accept-form'); if (form) { form.submit() } },
      e: function () { var first = document.querySelector('#correct-form .govuk-input, #correct-form .govuk-textarea'); if (first) { first.focus() } },
      r: function () { var reason = document.getElementById('reason'); if (reason) { reason.focus() } },
      n: function () { var next = document.getElementById('next-link'); if (next) { window.location.href = next.href } }
    }[event.key]
    if (go) { event.preventDefault(); go() }
  })
})()

// Upload progress for the "Add papers" form.  Without JavaScript the form posts as usual; with it,
// the same request is sent by XMLHttpRequest so the page can show how much has been sent, then the
// result page the server returns replaces this one.
(function () {
  'use strict'
  var form = document.getElementById('upload-form')
  if (!form || !window.XMLHttpRequest || !window.FormData) { return }
  var box = document.getElementById('upload-progress')
  var bar = document.getElementById('upload-progress-bar')
  var label = document.getElementById('upload-progress-label')

  form.addEventListener('submit', function (event) {
    var input = document.getElementById('paper')
    if (!input || !input.files || input.files.length === 0) { return } // let the server explain
    event.preventDefault()
    var request = new XMLHttpRequest()
    request.open('POST', form.action)
    box.hidden = false
    request.upload.addEventListener('progress', function (e) {
      if (!e.lengthComputable) { return }
      var percent = Math.round((e.loaded / e.total) * 100)
      bar.value = percent
      label.textContent = 'Uploading: ' + percent + '% sent'
    })
    request.upload.addEventListener('load', function () {
      bar.removeAttribute('value')
      label.textContent = 'Uploaded. Reading the papers, which can take a minute for a large file'
    })
    request.addEventListener('load', function () {
      document.open()
      document.write(request.responseText)
      document.close()
    })
    request.addEventListener('error', function () {
      label.textContent = 'The upload stopped before it finished. Check the file is under the size limit and try again.'
    })
    request.send(new FormData(form))
  })
})()

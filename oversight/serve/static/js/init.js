// Start GOV.UK Frontend's components (installed from npm and served at /static/govuk).
import { initAll } from '/static/govuk/govuk-frontend.min.js'
initAll()

"""serve: the web app (GOV.UK Design System pages), the JSON API and exports."""

"""Field report proposals sent by members from the site: form, view, submission, account list."""

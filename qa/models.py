"""Questions and answers arrive with the mutual help feature; the app is registered now so the
layout already shows where they live."""

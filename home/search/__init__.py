"""Site search: French text analysis, the search backend, query parsing and the /recherche/ page."""

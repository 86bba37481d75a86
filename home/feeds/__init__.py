"""RSS 2.0 and Atom feeds of the activity, per community, for the portal and per member."""

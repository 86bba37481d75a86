"""Static files storage of the production settings."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


def _without_source_maps(patterns):
    filtered = []
    for glob, rules in patterns:
        rules = tuple(
            rule
            for rule in rules
            if "sourceMappingURL" not in (rule[0] if isinstance(rule, tuple) else rule)
        )
        filtered.append((glob, rules))
    return tuple(filtered)


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's compressed manifest storage that leaves source map comments alone.

    xstatic-leaflet-markercluster 1.4.1.1 references leaflet.markercluster.js.map without shipping
    it, and the manifest storage fails collectstatic on a reference it cannot resolve.
    """

    patterns = _without_source_maps(CompressedManifestStaticFilesStorage.patterns)

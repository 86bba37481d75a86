// Coordinates typed beside the field report map in the page editor, and the map's marker icon.
//
// wagtailgeowidget 9.1 reads the "latitude,longitude" input beside the map by splitting it at
// every comma, so French decimal commas were misread: "46,5 2,3" moved the marker to 46, 5.
// This script replaces LeafletField.prototype.parseStrToLatLng with the rules of
// parse_typed_coordinates in knowledge/geo.py; the server checks the saved point again.
// It follows ES5, like the wagtailgeowidget scripts it extends, and must load after Leaflet
// and leaflet-field.js.
(function () {
    "use strict";

    var NUMBER = /^[+-]?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i;
    var DOT_NUMBER = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
    var BLANK_BESIDE_COMMA = /\s,|,\s/;

    function trim(text) {
        return text.trim();
    }

    function normalize(text) {
        return String(text)
            .replace(/[\u2212\u2013]/g, "-")
            .replace(/[\u00a0\u202f]/g, " ")
            .trim();
    }

    // Return the latitude and longitude texts, or null when the input is invalid or ambiguous.
    function splitCoordinates(value) {
        var parts;
        if (value.indexOf(";") !== -1) {
            parts = value.split(";").map(trim);
            return parts.length === 2 ? parts : null;
        }

        parts = value.split(",").map(trim);
        var commaIsSeparator = value.indexOf(".") !== -1 || BLANK_BESIDE_COMMA.test(value);
        if (
            parts.length === 2 &&
            commaIsSeparator &&
            DOT_NUMBER.test(parts[0]) &&
            DOT_NUMBER.test(parts[1])
        ) {
            return parts;
        }

        parts = value.split(/\s+/);
        if (parts.length === 2 && NUMBER.test(parts[0]) && NUMBER.test(parts[1])) {
            return parts;
        }
        return null;
    }

    // Return the number of degrees, or NaN when the text is not one number.
    function toDegrees(text) {
        var value = normalize(text).replace(/°$/, "").trim();
        return NUMBER.test(value) ? parseFloat(value.replace(",", ".")) : NaN;
    }

    LeafletField.prototype.parseStrToLatLng = function (value) {
        var parts = splitCoordinates(normalize(value));
        if (parts === null) {
            return null;
        }

        var latitude = toDegrees(parts[0]);
        var longitude = toDegrees(parts[1]);
        // The comparisons are false for NaN too.
        if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
            return null;
        }
        return L.latLng(latitude, longitude);
    };

    // Leaflet 1.9 guesses the folder of its marker images from the URL of leaflet.css. The guess
    // fails once the manifest storage adds hashes to file names, so the widget passes the URLs.
    var script = document.currentScript;
    if (script && script.dataset.iconUrl) {
        L.Icon.Default.imagePath = "";
        L.Icon.Default.mergeOptions({
            iconUrl: script.dataset.iconUrl,
            iconRetinaUrl: script.dataset.iconRetinaUrl,
            shadowUrl: script.dataset.shadowUrl
        });
    }
})();

/*
 * The field report map: Leaflet markers, grouped with Leaflet.markercluster, loaded from the
 * GeoJSON of the filters of the page. The page passes its settings in the JSON script
 * "field-report-map-config". Popups are built with DOM nodes and textContent, so that no
 * report text is ever parsed as HTML.
 */
(function () {
  "use strict";

  // A pin in DSFR blue France with a white outline, readable on any tile. It is drawn inline, so
  // the markers cost no image request, and it has no shadow image. Markers stay <img> elements,
  // which carry the report title as alt text.
  var MARKER_SVG =
    '<svg xmlns="http://www.w3.org/2000/svg" width="28" height="40" viewBox="0 0 28 40">' +
    '<path d="M14 1C6.8 1 1 6.7 1 13.8 1 23.5 14 39 14 39s13-15.5 13-25.2C27 6.7 21.2 1 14 1z" ' +
    'fill="#000091" stroke="#fff" stroke-width="2"/>' +
    '<circle cx="14" cy="14" r="5" fill="#fff"/></svg>';

  function markerIcon() {
    return L.icon({
      iconUrl: "data:image/svg+xml," + encodeURIComponent(MARKER_SVG),
      iconSize: [28, 40],
      iconAnchor: [14, 39],
      popupAnchor: [0, -34],
      tooltipAnchor: [12, -24],
    });
  }

  function createElement(tagName, className, text) {
    var element = document.createElement(tagName);
    if (className) {
      element.className = className;
    }
    if (text) {
      element.textContent = text;
    }
    return element;
  }

  function appendDetail(container, label, value) {
    if (!value) {
      return;
    }
    var line = createElement("p", "rdt-map-popup__detail");
    line.appendChild(createElement("strong", null, label + " "));
    line.appendChild(document.createTextNode(value));
    container.appendChild(line);
  }

  function popupContent(properties, labels) {
    var container = createElement("div", "rdt-map-popup");
    var title = createElement("p", "rdt-map-popup__title");
    var link = createElement("a", null, properties.title);
    link.href = properties.url;
    title.appendChild(link);
    container.appendChild(title);

    appendDetail(container, labels.community, properties.community);
    appendDetail(container, labels.categories, (properties.categories || []).join(", "));
    appendDetail(container, labels.status, properties.status && properties.status.label);
    var place = [properties.commune, properties.department].filter(Boolean).join(", ");
    appendDetail(container, labels.place, place);
    return container;
  }

  function addMarkers(map, data, labels) {
    var clusters = L.markerClusterGroup();
    var icon = markerIcon();
    var markers = L.geoJSON(data, {
      pointToLayer: function (feature, latlng) {
        // Markers are focusable, and their alt text names the report for screen readers.
        return L.marker(latlng, {
          icon: icon,
          title: feature.properties.title,
          alt: feature.properties.title,
        });
      },
      onEachFeature: function (feature, layer) {
        layer.bindPopup(function () {
          return popupContent(feature.properties, labels);
        });
      },
    });
    clusters.addLayer(markers);
    map.addLayer(clusters);
    if (markers.getLayers().length > 0) {
      map.fitBounds(clusters.getBounds(), { padding: [24, 24], maxZoom: 12 });
    }
  }

  function showError(message) {
    var status = document.getElementById("field-report-map-status");
    if (status) {
      status.classList.add("fr-error-text");
      status.textContent = message;
    }
  }

  function initMap() {
    var container = document.getElementById("field-report-map");
    var configScript = document.getElementById("field-report-map-config");
    if (!container || !configScript || typeof L === "undefined" || !L.markerClusterGroup) {
      return;
    }
    var config = JSON.parse(configScript.textContent);

    container.textContent = "";
    var map = L.map(container, { scrollWheelZoom: false, zoomControl: false }).setView(
      config.center,
      config.zoom
    );
    // Leaflet's own zoom buttons carry English titles, which screen readers read out.
    L.control
      .zoom({ zoomInTitle: config.labels.zoomIn, zoomOutTitle: config.labels.zoomOut })
      .addTo(map);
    L.tileLayer(config.tileLayerUrl, {
      attribution: config.tileLayerAttribution,
      maxZoom: 19,
    }).addTo(map);

    fetch(config.geojsonUrl, {
      credentials: "same-origin",
      headers: { Accept: "application/geo+json" },
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("GeoJSON request failed with status " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        addMarkers(map, data, config.labels);
      })
      .catch(function () {
        showError(config.labels.loadError);
      });
  }

  initMap();
})();

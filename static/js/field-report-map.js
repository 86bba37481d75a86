/*
 * The field report map: Leaflet markers, grouped with Leaflet.markercluster, loaded from the
 * GeoJSON of the filters of the page. The page passes its settings in the JSON script
 * "field-report-map-config". Popups are built with DOM nodes and textContent, so that no
 * report text is ever parsed as HTML.
 */
(function () {
  "use strict";

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
    var markers = L.geoJSON(data, {
      pointToLayer: function (feature, latlng) {
        // Markers are focusable, and their alt text names the report for screen readers.
        return L.marker(latlng, { title: feature.properties.title, alt: feature.properties.title });
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

    // An empty imagePath stops Leaflet from guessing the folder of its marker images.
    L.Icon.Default.imagePath = "";
    L.Icon.Default.mergeOptions(config.icons);

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

/*
 * Ask form of mutual help: while the member types the title, show the questions and reference
 * pages of the community that look similar, so they may find their answer before asking.
 *
 * The form carries the suggestions URL and the status labels in data attributes. The server
 * returns an escaped HTML fragment whose first element has a data-count attribute. Once the
 * member has been shown suggestions, the hidden "confirmed" field is set so that the server
 * does not show the same pages again as a confirmation step. When a request fails, nothing is
 * shown and the server's confirmation step still applies.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 400;
  var MIN_LENGTH = 4;

  // Move the focus to the error summary or the confirmation step, so that screen readers
  // start from it.
  var summary = document.getElementById("form-errors") || document.getElementById("question-confirmation");
  if (summary) {
    summary.focus();
  }

  var form = document.querySelector("form[data-suggestions-url]");
  if (!form || !window.fetch) {
    return;
  }
  var titleInput = form.querySelector("[name=title]");
  var confirmedInput = form.querySelector("[name=confirmed]");
  var container = document.getElementById("question-suggestions");
  var status = document.getElementById("question-suggestions-status");
  if (!titleInput || !container || !status) {
    return;
  }

  var timer = null;
  var controller = null;
  var lastQuery = "";
  var lastCount = 0;

  function announce(count) {
    if (count === lastCount) {
      return;
    }
    lastCount = count;
    status.textContent = count
      ? form.dataset.labelFound.replace("%(count)s", String(count))
      : form.dataset.labelNone;
  }

  function clear() {
    container.textContent = "";
    announce(0);
  }

  function show(html) {
    container.innerHTML = html;
    var first = container.firstElementChild;
    var count = first ? parseInt(first.getAttribute("data-count"), 10) || 0 : 0;
    if (count && confirmedInput) {
      confirmedInput.value = "1";
    }
    announce(count);
  }

  function search() {
    var query = titleInput.value.trim();
    if (query === lastQuery) {
      return;
    }
    lastQuery = query;
    if (controller) {
      controller.abort();
      controller = null;
    }
    if (query.length < MIN_LENGTH) {
      clear();
      return;
    }
    controller = window.AbortController ? new AbortController() : null;
    var url = form.dataset.suggestionsUrl + "?titre=" + encodeURIComponent(query);
    fetch(url, {
      credentials: "same-origin",
      headers: { Accept: "text/html" },
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(show)
      .catch(function (error) {
        if (error && error.name === "AbortError") {
          return;
        }
        // Let the next keystroke try again.
        lastQuery = "";
        container.textContent = "";
      });
  }

  titleInput.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, DEBOUNCE_MS);
  });
})();

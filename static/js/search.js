// Suggestions under the header's search box: the first titles that match as the visitor types,
// each a link to the item. The box stays a plain form: Enter still opens the results page.
(function () {
  "use strict";
  var DELAY = 200;

  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("site-search-q");
    var list = document.getElementById("site-search-suggestions");
    var status = document.getElementById("site-search-status");
    if (!input || !list || !status || !window.fetch) return;
    var timer = null;
    var asked = "";

    function clear() {
      list.hidden = true;
      list.textContent = "";
    }

    function show(answer) {
      if (answer.query !== input.value.trim()) return; // an older answer arriving late
      list.textContent = "";
      answer.results.forEach(function (result) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = result.url;
        link.textContent = result.title;
        if (result.language !== document.documentElement.lang) {
          link.lang = result.language;
          link.dir = result.dir;
          link.hreflang = result.language;
        }
        var kind = document.createElement("span");
        kind.className = "site-search__kind";
        kind.textContent = result.kind;
        item.appendChild(link);
        item.appendChild(kind);
        list.appendChild(item);
      });
      list.hidden = answer.results.length === 0;
      status.textContent = answer.status;
    }

    function ask() {
      var query = input.value.trim();
      if (query === asked) return;
      asked = query;
      if (query.length < 2) {
        clear();
        status.textContent = "";
        return;
      }
      var url = input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(query);
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (answer) { if (answer) show(answer); })
        .catch(function () { clear(); });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") clear();
      if (event.key === "ArrowDown" && !list.hidden) {
        var first = list.querySelector("a");
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    list.addEventListener("keydown", function (event) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
      if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      if (event.key === "Escape") { clear(); input.focus(); }
    });
    document.addEventListener("click", function (event) {
      if (!input.form.contains(event.target)) clear();
    });
  });
})();

// The jeugdhulp-op-school reference site's script. The filter box: typing narrows the list of
// concepts (or glossary terms) to those whose labels, synonyms or abbreviations match. The
// site search: the results page lists what matches `?q=` across all facets, from the index in
// `assets/search-<lang>.js`. The language switch keeps the concept (`#id`) and the query.
// Plain JavaScript, no network, no frameworks. Without JavaScript the filter box stays hidden,
// every item stays visible, and the search page points to the glossary.
(function () {
  "use strict";

  // Case- and accent-insensitive text, like the crate's own lookup.
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function setUp(box) {
    var list = document.getElementById(box.getAttribute("data-filter"));
    var input = box.querySelector("input");
    if (!list || !input) {
      return;
    }
    var items = Array.prototype.slice.call(list.querySelectorAll("[data-search]"));
    var groups = Array.prototype.slice.call(list.querySelectorAll("[data-filter-group]"));
    var keys = items.map(function (item) {
      return fold(item.getAttribute("data-search"));
    });
    var count = box.querySelector(".filter-count");
    var empty = box.querySelector(".filter-empty");
    var template = box.getAttribute("data-count") || "{shown} / {total}";

    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item, i) {
        var match = words.every(function (word) {
          return keys[i].indexOf(word) !== -1;
        });
        item.hidden = !match;
        if (match) {
          shown += 1;
        }
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("[data-search]:not([hidden])");
      });
      if (count) {
        count.textContent = words.length
          ? template.replace("{shown}", String(shown)).replace("{total}", String(items.length))
          : "";
      }
      if (empty) {
        empty.hidden = shown !== 0;
      }
    }

    input.addEventListener("input", apply);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        input.value = "";
        apply();
      }
    });
    box.hidden = false;
    apply();
  }

  // Text as the search compares it: folded, every run of other characters one space.
  function words(text) {
    return fold(text).replace(/[^a-z0-9+]+/g, " ").trim();
  }

  // How well an entry matches: 0 a term is the query, 1 a term starts with it, 2 every word of
  // the query starts a word of one term, 3 a term contains it, 4 (with definitions) every word
  // starts a word of the definition; Infinity no match.
  function score(entry, query, queryWords, definitions) {
    var best = Infinity;
    entry.terms.forEach(function (term) {
      if (term === query) {
        best = Math.min(best, 0);
      } else if (term.indexOf(query) === 0) {
        best = Math.min(best, 1);
      } else {
        var termWords = term.split(" ");
        var all = queryWords.every(function (w) {
          return termWords.some(function (t) {
            return t.indexOf(w) === 0;
          });
        });
        if (all) {
          best = Math.min(best, 2);
        } else if (term.indexOf(query) !== -1) {
          best = Math.min(best, 3);
        }
      }
    });
    if (best === Infinity && definitions) {
      var defWords = entry.definition.split(" ");
      var found = queryWords.every(function (w) {
        return defWords.some(function (t) {
          return t.indexOf(w) === 0;
        });
      });
      if (found) {
        best = 4;
      }
    }
    return best;
  }

  function setUpSearch() {
    var list = document.getElementById("search_results");
    var input = document.getElementById("site_search");
    if (!list || !input || !window.JOS_SEARCH) {
      return;
    }
    var status = document.querySelector(".search-status");
    var definitions = document.getElementById("search_definitions");
    var entries = window.JOS_SEARCH.map(function (e) {
      return {
        href: e[0],
        label: e[1],
        facet: e[2],
        terms: e[3].split(" | ").map(words),
        definition: words(e[4]),
        text: e[4],
      };
    });
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    if (definitions) {
      definitions.checked = params.get("d") === "1";
    }

    function run() {
      var query = words(input.value);
      var queryWords = query.split(" ").filter(Boolean);
      list.textContent = "";
      if (!query) {
        status.textContent = status.getAttribute("data-empty");
        return;
      }
      var hits = [];
      entries.forEach(function (entry, i) {
        var s = score(entry, query, queryWords, definitions && definitions.checked);
        if (s !== Infinity) {
          hits.push({ entry: entry, score: s, order: i });
        }
      });
      hits.sort(function (a, b) {
        return a.score - b.score || a.order - b.order;
      });
      hits.slice(0, 100).forEach(function (hit) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = hit.entry.href;
        link.textContent = hit.entry.label;
        item.appendChild(link);
        var facet = document.createElement("span");
        facet.className = "facet-name";
        facet.textContent = " — " + hit.entry.facet;
        item.appendChild(facet);
        if (hit.entry.text) {
          var text = document.createElement("p");
          text.className = "search-definition";
          text.textContent =
            hit.entry.text.length > 180 ? hit.entry.text.slice(0, 177) + "…" : hit.entry.text;
          item.appendChild(text);
        }
        list.appendChild(item);
      });
      status.textContent = hits.length
        ? status
            .getAttribute("data-count")
            .replace("{n}", String(hits.length))
            .replace("{q}", input.value.trim())
        : status.getAttribute("data-none");
    }

    // On the results page the list follows the typing; the address keeps the query, so that
    // the language switch and the back button keep it too.
    function remember() {
      var next = new URLSearchParams();
      if (input.value.trim()) {
        next.set("q", input.value.trim());
      }
      if (definitions && definitions.checked) {
        next.set("d", "1");
      }
      var search = next.toString();
      window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }
    input.addEventListener("input", function () {
      run();
      remember();
    });
    if (definitions) {
      definitions.addEventListener("change", function () {
        run();
        remember();
      });
    }
    run();
  }

  // The language switch leads to the same place: the same concept, the same query.
  function keepPlace() {
    Array.prototype.forEach.call(document.querySelectorAll(".lang-switch a"), function (link) {
      link.addEventListener("click", function () {
        var base = link.getAttribute("href").split(/[?#]/)[0];
        link.setAttribute("href", base + window.location.search + window.location.hash);
      });
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-filter]"), setUp);
    keepPlace();
  }

  // The search index is a deferred script after this one: it has run by the `load` event.
  window.addEventListener("load", setUpSearch);

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

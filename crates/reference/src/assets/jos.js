// The filter box of the jeugdhulp-op-school reference site: typing narrows the list of
// concepts (or glossary terms) to those whose labels, synonyms or abbreviations match.
// Plain JavaScript, no network, no frameworks. Without JavaScript the box stays hidden and
// every item stays visible.
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

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-filter]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

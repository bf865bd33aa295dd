/* dossier: the home page's documents list, sorted and filtered by kind, body and year in the page itself
   (no server, works from disk). The controls are hidden until this script shows them, so without it the
   list is simply in date order. The state is kept in the address (#kind=…&year=…) to link to a view.
   A large dossier's list is grouped by year (dossier.rendering.DocumentList): the page lists the oldest
   documents, a compact script (document-list.js) counts every part of every year by kind and body, and a
   year's other documents come, a part at a time, from the part's own script, injected when the reader asks
   (a <script> element, which works from disk as well as served). */
(function () {
  "use strict";

  var form = document.querySelector("[data-document-controls]");
  if (!form) { return; }
  var count = form.querySelector("[data-document-count]");
  var heading = document.getElementById("documents-heading");
  var ORDERS = {
    oldest: { label: "oldest first" },
    newest: { label: "newest first" },
    symbol: { label: "by symbol" },
    title: { label: "by title" }
  };

  function chosen() {
    return { kind: form.elements.kind.value, body: form.elements.body.value, year: form.elements.year.value,
      order: ORDERS[form.elements.order.value] ? form.elements.order.value : "oldest" };
  }

  function fits(c, kind, body, date) {
    return (!c.kind || kind === c.kind) && (!c.body || body === c.body) && (!c.year || date.slice(0, 4) === c.year);
  }

  /* The whole list on the page: each order, as positions in the page's list, comes from the build
     (document-orders.js), which breaks ties as the page's own order does. */
  function flat() {
    var list = document.querySelector("[data-document-list]");
    var positions = window.dossierDocumentOrders;
    if (!list || !positions) { return null; }
    var cards = Array.from(list.children);
    return function apply() {
      var c = chosen();
      var shown = 0;
      positions[c.order].map(function (i) { return cards[i]; }).forEach(function (card) {
        var fit = fits(c, card.dataset.kind, card.dataset.body, card.dataset.date);
        card.hidden = !fit;
        if (fit) { shown++; }
        list.appendChild(card);
      });
      heading.textContent = "Documents, " + ORDERS[c.order].label;
      count.textContent = shown === cards.length ? "All " + cards.length + " documents."
        : shown + " of " + cards.length + " documents." + (shown === 0 ? " Choose “all” in a list to see more." : "");
    };
  }

  /* The list by year: the parts of each year, those on the page and those loaded since; orders apply
     within a year, from the ranks each part's script gives. */
  function byYear() {
    var root = document.querySelector("[data-document-years]");
    var data = window.dossierDocumentList;
    if (!root || !data) { return null; }
    var years = [];
    var yearOf = {};
    var ranks = {};
    var waiting = {};
    var onPage = {};
    var apply;
    data.parts.forEach(function (part, index) {
      if (!yearOf[part.year]) {
        var section = document.getElementById("documents-" + (part.year || "undated"));
        yearOf[part.year] = { year: part.year, section: section, list: section.querySelector("[data-year-list]"),
          more: section.querySelector("[data-year-more]"), parts: [] };
        years.push(yearOf[part.year]);
      }
      yearOf[part.year].parts.push(index);
      onPage[index] = part.shown;
    });
    var total = data.parts.reduce(function (sum, part) {
      return part.counts.reduce(function (s, c) { return s + c[1]; }, sum);
    }, 0);

    function matching(c, index) {
      var part = data.parts[index];
      return part.counts.reduce(function (sum, kc) {
        var kind = data.kinds[kc[0]];
        return sum + (fits(c, kind[0], kind[1], part.year) ? kc[1] : 0);
      }, 0);
    }

    function card(record, index) {
      var kind = data.kinds[record[3]];
      var li = document.createElement("li");
      li.className = "document-card";
      li.dataset.kind = kind[0];
      li.dataset.body = kind[1];
      li.dataset.date = record[1];
      li.dataset.symbol = record[4];
      li.dataset.title = record[5];
      li.dataset.part = index;
      var meta = document.createElement("p");
      meta.className = "document-meta";
      if (record[1]) {
        var time = document.createElement("time");
        time.dateTime = record[1];
        time.textContent = record[2];
        meta.append(time, " · ");
      }
      meta.append(span("kind", kind[0]));
      if (record[4]) { meta.append(" · ", span("symbol", record[4])); }
      var title = document.createElement("h4");
      var link = document.createElement("a");
      link.href = record[0];
      link.textContent = record[5];
      title.appendChild(link);
      li.append(meta, title);
      if (kind[1]) {
        var body = document.createElement("p");
        body.className = "document-body";
        body.textContent = kind[1];
        li.appendChild(body);
      }
      return li;
    }

    function span(name, text) {
      var s = document.createElement("span");
      s.className = name;
      s.textContent = text;
      return s;
    }

    /* Called by a part's script: its cards are added to its year (unless the page lists them already), and
       every card of the part learns its ranks. */
    window.dossierDocumentPart = function (index, records) {
      var year = yearOf[data.parts[index].year];
      if (!onPage[index]) {
        records.forEach(function (record) { year.list.appendChild(card(record, index)); });
        onPage[index] = true;
      }
      year.list.querySelectorAll("[data-part=\"" + index + "\"]").forEach(function (li, i) {
        li.dataset.ranks = [index * 100000 + i].concat(records[i].slice(6)).join(" ");
      });
      ranks[index] = true;
      (waiting[index] || []).forEach(function (then) { then(); });
      delete waiting[index];
    };

    function load(index, then) {
      if (ranks[index]) { then(); return; }
      if (waiting[index]) { waiting[index].push(then); return; }
      waiting[index] = [then];
      var script = document.createElement("script");
      script.src = data.parts[index].file;
      document.head.appendChild(script);
    }

    /* The next part of the year not yet listed that holds a document the lists let through. */
    function next(c, year) {
      return year.parts.filter(function (index) { return !onPage[index] && matching(c, index) > 0; })[0];
    }

    function more(year) {
      var index = next(chosen(), year);
      if (index !== undefined) { load(index, apply); }
    }

    years.forEach(function (year) {
      if (!year.more) { return; }
      year.more.textContent = "";
      var button = document.createElement("button");
      button.type = "button";
      button.addEventListener("click", function () { more(year); });
      year.more.appendChild(button);
      year.button = button;
    });

    var ORDER_RANK = { oldest: 0, newest: 1, symbol: 2, title: 3 };

    apply = function () {
      var c = chosen();
      var sorted = c.order !== "oldest";
      var listed = 0;
      var matched = 0;
      years.slice().sort(function (a, b) {
        return !a.year || !b.year ? (a.year ? -1 : b.year ? 1 : 0)
          : (c.order === "newest" ? b.year.localeCompare(a.year) : a.year.localeCompare(b.year));
      }).forEach(function (year) {
        var inYear = year.parts.reduce(function (sum, index) { return sum + matching(c, index); }, 0);
        matched += inYear;
        year.section.hidden = inYear === 0;
        var cards = Array.from(year.list.children);
        if (sorted && cards.some(function (li) { return !li.dataset.ranks; })) {
          // The ranks of the parts the page lists come with their scripts, loaded once an order needs them.
          year.parts.filter(function (index) { return onPage[index] && !ranks[index]; })
            .forEach(function (index) { load(index, apply); });
        }
        var key = function (li) {
          var r = (li.dataset.ranks || "").split(" ");
          return Number(r[sorted && r.length > 1 ? ORDER_RANK[c.order] : 0] || 0) + (li.dataset.ranks ? 0 : Number(li.dataset.part) * 100000);
        };
        cards.sort(function (a, b) { return key(a) - key(b); }).forEach(function (li) {
          var fit = fits(c, li.dataset.kind, li.dataset.body, li.dataset.date);
          li.hidden = !fit;
          if (fit) { listed++; }
          year.list.appendChild(li);
        });
        root.appendChild(year.section);
        if (year.button) {
          var left = inYear - cards.filter(function (li) { return !li.hidden; }).length;
          year.more.hidden = left === 0;
          year.button.textContent = "Show more documents of " + (year.year || "no date") + " (" + left + " not listed yet)";
        }
      });
      var chosenYear = c.year && yearOf[c.year];
      if (chosenYear && !chosenYear.list.querySelector("li:not([hidden])") && next(c, chosenYear) !== undefined) {
        more(chosenYear);
      }
      heading.textContent = "Documents by year, " + ORDERS[c.order].label + (c.order === "newest" || c.order === "oldest" ? "" : " within a year");
      count.textContent = (matched === total ? "All " + total + " documents" : matched + " of " + total + " documents")
        + (listed < matched ? "; " + listed + " listed." : ".") + (matched === 0 ? " Choose “all” in a list to see more." : "");
    };
    return apply;
  }

  function remember() {
    var c = chosen();
    var parts = ["kind", "body", "year"].filter(function (k) { return c[k]; })
      .map(function (k) { return k + "=" + encodeURIComponent(c[k]); });
    if (c.order !== "oldest") { parts.push("order=" + c.order); }
    try {
      history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
    } catch (e) { /* some browsers refuse this on pages opened from disk; the view still changes */ }
  }

  /* A view linked to (#kind=Resolution&year=2012): values the lists do not offer are ignored. */
  function restore() {
    new URLSearchParams(location.hash.slice(1)).forEach(function (value, key) {
      var select = form.elements[key];
      if (select && select.tagName === "SELECT" && Array.from(select.options).some(function (o) { return o.value === value; })) {
        select.value = value;
      }
    });
  }

  var apply = document.querySelector("[data-document-years]") ? byYear() : flat();
  if (!apply) { return; }
  restore();
  form.hidden = false;
  form.addEventListener("change", function () { apply(); remember(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();

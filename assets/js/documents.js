/* dossier: the home page's documents list, sorted and filtered by kind, body and year in the page itself
   (no server, works from disk). The controls are hidden until this script shows them, so without it the
   list is simply in date order. The state is kept in the address (#kind=…&year=…) to link to a view. */
(function () {
  "use strict";

  var form = document.querySelector("[data-document-controls]");
  var list = document.querySelector("[data-document-list]");
  if (!form || !list) { return; }
  var count = form.querySelector("[data-document-count]");
  var heading = document.getElementById("documents-heading");
  var cards = Array.from(list.children);
  /* Each order, as positions in the page's list, comes from the build (document-orders.js), which breaks ties
     as the page's own order does. */
  var positions = window.dossierDocumentOrders;
  if (!positions) { return; }
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

  function apply() {
    var c = chosen();
    var shown = 0;
    positions[c.order].map(function (i) { return cards[i]; }).forEach(function (card) {
      var fits = (!c.kind || card.dataset.kind === c.kind) && (!c.body || card.dataset.body === c.body)
        && (!c.year || card.dataset.date.slice(0, 4) === c.year);
      card.hidden = !fits;
      if (fits) { shown++; }
      list.appendChild(card);
    });
    heading.textContent = "Documents, " + ORDERS[c.order].label;
    count.textContent = shown === cards.length ? "All " + cards.length + " documents."
      : shown + " of " + cards.length + " documents." + (shown === 0 ? " Choose “all” in a list to see more." : "");
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

  restore();
  form.hidden = false;
  form.addEventListener("change", function () { apply(); remember(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();

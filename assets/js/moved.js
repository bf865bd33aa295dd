/* dossier: the overview of a split page (glossary.html, subjects.html) keeps the id of every entry it lists,
   so that a link made to the single page (glossary.html#MINUSMA), from a document or given out before the
   split, lands on it; this sends the reader on to the page that holds the entry in full. */
(function () {
  "use strict";
  var id = decodeURIComponent(location.hash.slice(1));
  var listed = id ? document.getElementById(id) : null;
  var to = listed ? listed.getAttribute("data-moved-to") : null;
  if (to) { location.replace(to); }
})();

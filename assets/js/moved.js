/* dossier: an old link to an entry of a split page goes on to the page holding it (rendering/LetterPages). */
(function () {
  "use strict";
  var id = decodeURIComponent(location.hash.slice(1));
  if (!id) { return; }
  var listed = document.getElementById(id);
  var to = listed ? listed.getAttribute("data-moved-to") : null;
  var split = listed ? null : document.querySelector("[data-overview]");
  if (to) {
    location.replace(to);
  } else if (split) {
    location.replace(split.getAttribute("data-overview") + location.hash);
  }
})();

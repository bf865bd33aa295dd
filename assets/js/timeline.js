/* dossier: an old link to a day of a split timeline goes on to the page holding it (rendering/TimelinePages). */
(function () {
  "use strict";
  var id = decodeURIComponent(location.hash.slice(1));
  var day = /^(?:d-(\d{4}-\d{2}-\d{2})|year-(\d{4}))$/.exec(id);
  if (!day || document.getElementById(id)) { return; }
  var wanted = day[1] || day[2] + "-01-01";
  var held = document.querySelector("[data-last]");
  if (held && !(wanted > held.getAttribute("data-after") && wanted <= held.getAttribute("data-last"))) {
    location.replace(held.getAttribute("data-overview") + location.hash);
    return;
  }
  var listing = document.querySelector("[data-pages]");
  var pages = listing ? listing.getAttribute("data-pages").split(" ") : [];
  for (var i = 0; i < pages.length; i++) {
    var at = pages[i].indexOf("=");
    if (pages[i].slice(0, at) >= wanted) {
      location.replace(pages[i].slice(at + 1) + location.hash);
      return;
    }
  }
})();

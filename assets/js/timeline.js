/* dossier: the overview of a timeline split by year (timeline.html) sends a link made before the split,
   timeline.html#d-2012-03-22 or #year-2012, on to the page that now holds that day or year. */
(function () {
  "use strict";
  var overview = document.getElementById("timeline-overview");
  var day = /^#(?:d-|year-)(\d{4})(?:-(\d{2}))?/.exec(location.hash);
  if (!overview || !day) { return; }
  var pages = {};
  overview.getAttribute("data-pages").split(" ").forEach(function (pair) {
    var at = pair.indexOf("=");
    pages[pair.slice(0, at)] = pair.slice(at + 1);
  });
  var page = pages[day[1] + "-" + day[2]] || pages[day[1]];
  if (page) { location.replace(page + location.hash); }
})();

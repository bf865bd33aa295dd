/* dossier: the overview of a timeline split by year, month or part of a month (timeline.html) sends a link
   made before the split, timeline.html#d-2012-03-22 or #year-2012, on to the page that now holds that day
   or the first day of that year: the first page whose last day is not before it (the pages in order, each
   named by its last day). */
(function () {
  "use strict";
  var overview = document.getElementById("timeline-overview");
  var day = /^#(?:d-(\d{4}-\d{2}-\d{2})|year-(\d{4}))$/.exec(location.hash);
  if (!overview || !day) { return; }
  var wanted = day[1] || day[2] + "-01-01";
  var pages = overview.getAttribute("data-pages").split(" ");
  for (var i = 0; i < pages.length; i++) {
    var at = pages[i].indexOf("=");
    if (pages[i].slice(0, at) >= wanted) {
      location.replace(pages[i].slice(at + 1) + location.hash);
      return;
    }
  }
})();

// Added by `dossier serve` to the pages it serves, never written into the site: reloads the page when a
// rebuild changed it (keeping its place), and shows a failed rebuild's message until dismissed.
(function () {
  "use strict";
  var file = decodeURIComponent(location.pathname).replace(/^\//, "");
  if (file === "" || file.endsWith("/")) {
    file += "index.html";
  }
  var place = "dossier-live-place:" + location.pathname;
  var kept = sessionStorage.getItem(place);
  if (kept !== null) {
    sessionStorage.removeItem(place);
    var restore = function () { window.scrollTo(0, Number(kept)); };
    if (document.readyState === "complete") {
      restore();
    } else {
      window.addEventListener("load", restore);
    }
  }

  function hide() {
    var shown = document.getElementById("dossier-live-failure");
    if (shown) {
      shown.remove();
    }
  }

  function show(message) {
    hide();
    var box = document.createElement("div");
    box.id = "dossier-live-failure";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;z-index:2147483647;left:1rem;right:1rem;bottom:1rem;max-height:50vh;overflow:auto;"
      + "background:#fff4f4;color:#5a0000;border:2px solid #b00020;border-radius:4px;padding:1rem;"
      + "font:14px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)";
    var title = document.createElement("strong");
    title.textContent = "The rebuild failed; this is the last good page.";
    var text = document.createElement("pre");
    text.style.cssText = "white-space:pre-wrap;margin:.5rem 0;font:13px/1.4 monospace";
    text.textContent = message;
    var dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.textContent = "Dismiss";
    dismiss.addEventListener("click", hide);
    box.append(title, text, dismiss);
    document.body.append(box);
  }

  var events = new EventSource("/_dossier/events");
  events.addEventListener("change", function (event) {
    if (JSON.parse(event.data).indexOf(file) >= 0) {
      sessionStorage.setItem(place, String(window.scrollY));
      location.reload();
    }
  });
  events.addEventListener("failed", function (event) { show(JSON.parse(event.data)); });
  events.addEventListener("ok", hide);
})();

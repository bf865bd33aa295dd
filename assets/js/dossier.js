/* dossier: small enhancements; every page works without them. */
(function () {
  "use strict";

  /* The page's permanent address: its public one (the canonical link of a published site), or where it was
     opened from, without any query or fragment. */
  function pageUrl() {
    var canonical = document.querySelector('link[rel="canonical"]');
    return canonical ? canonical.href : location.href.split("#")[0].split("?")[0];
  }

  document.querySelectorAll("[data-page-url]").forEach(function (el) {
    el.textContent = pageUrl();
  });

  function copyText(text, button) {
    var done = function () {
      var label = button.textContent;
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = label; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }

  /* file:// pages have no Clipboard API: copy through a hidden text area. */
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more can be done */ }
    document.body.removeChild(area);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (button) {
      var target = document.getElementById(button.getAttribute("data-copy-target"));
      if (target) { copyText(target.textContent.replace(/\s+/g, " ").trim(), button); }
    }
  });

  /* The header's menu is a <details> and works without script; with it, Escape or a click elsewhere closes it. */
  var menu = document.querySelector(".site-menu");
  if (menu) {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (menu.open && !menu.contains(event.target)) { menu.open = false; }
    });
  }

  window.dossier = { pageUrl: pageUrl, copyText: copyText };
})();

/* === reading: copy a paragraph's link ===
   Each anchored block has <a class="permalink" href="#para-12" data-added>. Following the link still
   works without JavaScript; with it, the click also copies the paragraph's full address. */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest("#document-text a.permalink");
    if (!link || !window.dossier) { return; }
    window.dossier.copyText(window.dossier.pageUrl() + link.getAttribute("href"), link);
    link.classList.add("copied");
    setTimeout(function () { link.classList.remove("copied"); }, 1500);
  });
})();
/* ==== Acronyms (issue 4): a first tap on an acronym shows its expansion; a second tap opens its glossary entry. ==== */
(function () {
  "use strict";
  var lastPointer = "mouse";
  document.addEventListener("pointerdown", function (event) { lastPointer = event.pointerType; }, true);

  function closeAll(except) {
    document.querySelectorAll("#document-text .acronym.is-open").forEach(function (el) {
      if (el !== except) { el.classList.remove("is-open"); }
    });
  }

  document.addEventListener("click", function (event) {
    var acronym = event.target.closest ? event.target.closest("#document-text .acronym") : null;
    if (!acronym) { closeAll(null); return; }
    if (lastPointer === "touch" && !acronym.classList.contains("is-open")) {
      event.preventDefault();
      closeAll(acronym);
      acronym.classList.add("is-open");
    }
  });

  /* An expansion opens leftwards when there is no room for it on the right. */
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var acronym = event.target.closest ? event.target.closest("#document-text .acronym") : null;
      if (acronym) {
        var room = document.documentElement.clientWidth - acronym.getBoundingClientRect().left;
        acronym.setAttribute("data-tip-side", room < 20 * parseFloat(getComputedStyle(document.documentElement).fontSize) ? "end" : "start");
      }
    });
  });

  /* Escape hides an expansion shown by hover or focus too, until the pointer or focus moves on. */
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      closeAll(null);
      document.querySelectorAll("#document-text .acronym:hover, #document-text .acronym:focus").forEach(function (el) {
        el.classList.add("is-dismissed");
      });
    }
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (event.target.classList && event.target.classList.contains("is-dismissed")) { event.target.classList.remove("is-dismissed"); }
    });
  });
})();
/* ==== end of acronyms ==== */

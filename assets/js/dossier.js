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

  /* Where the Clipboard API is missing (a page served over plain http from another host) or refuses
     (no permission, as some browsers answer for file:// pages), copy through a hidden text area. */
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
   works without JavaScript; with it, the click also copies the paragraph's full address, and a
   shift-click on a second paragraph's link copies the run from the paragraph in the address to it
   ("#para-4--para-10", see below). */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest("#document-text a.permalink");
    if (!link || !window.dossier) { return; }
    var fragment = link.getAttribute("href");
    var run = event.shiftKey && window.dossier.runTo ? window.dossier.runTo(link.parentElement) : null;
    if (run) {
      event.preventDefault();
      fragment = "#" + run;
      location.hash = run;
    }
    window.dossier.copyText(window.dossier.pageUrl() + fragment, link);
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

/* ==== For teachers (issue 24): runs of paragraphs, links to a passage, the place in the citation, the contents list ====
   A run's address names its first and last paragraph, "#para-4--para-10": the page opens at the first with
   the run marked. A passage's address names its paragraph, then its words as a W3C text fragment,
   "#para-12:~:text=…": a browser that follows text fragments opens on the words (Chromium hides the part
   from ":~:" on from scripts); for one that does not, this script goes to the paragraph. */
(function () {
  "use strict";
  var text = document.getElementById("document-text");
  if (!text || !window.dossier) { return; }
  var RUN = "--";
  var DIRECTIVE = ":~:";

  /* An anchored block: an element of the text with a permalink of its own. */
  function isBlock(el) {
    return el && text.contains(el) && el.querySelector(":scope > a.permalink") !== null;
  }
  function blocks() {
    return Array.prototype.filter.call(text.querySelectorAll("[id]"), isBlock);
  }
  /* "para. 4": the permalink's accessible name is "Link to " and the label model.AnchorLabels gives it. */
  function label(block) {
    return block.querySelector(":scope > a.permalink").getAttribute("aria-label").replace(/^Link to /, "");
  }
  /* A numbered paragraph's label: its part ("annex, ") and its number ("3 (b)"). An unnumbered paragraph's
     label, "para. 2 (unnumbered)", counts places, not a part's numbers, so it is no end of "paras. 4–10". */
  var NUMBERED = /^(.*)para\. (?!.*\(unnumbered\)$)(.+)$/;
  /* "paras. 4–10" for two numbered paragraphs of one part; otherwise the two labels, "para. 12 – annex, para. 3". */
  function runLabel(first, last) {
    var a = NUMBERED.exec(first);
    var b = NUMBERED.exec(last);
    return a && b && a[1] === b[1] ? a[1] + "paras. " + a[2] + "\u2013" + b[2] : first + " \u2013 " + last;
  }

  /* The address's fragment, decoded ("" when malformed). */
  function fragment() {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch (malformed) {
      return "";
    }
  }

  /* The blocks the address names, in reading order: one, a run, or none. */
  function named() {
    var ends = fragment().split(DIRECTIVE)[0].split(RUN).map(function (id) { return document.getElementById(id); });
    if (ends.length > 2 || !ends.every(isBlock)) { return []; }
    var all = blocks();
    var from = all.indexOf(ends[0]);
    var to = all.indexOf(ends[ends.length - 1]);
    return all.slice(Math.min(from, to), Math.max(from, to) + 1);
  }

  /* The run from the block the address names to {@code block}, as a fragment without "#"; null if none. */
  window.dossier.runTo = function (block) {
    var current = named();
    if (!current.length || !isBlock(block) || current[0] === block) { return null; }
    var all = blocks();
    var ends = [current[0], block].sort(function (a, b) { return all.indexOf(a) - all.indexOf(b); });
    return ends[0].id + RUN + ends[1].id;
  };

  var place = document.querySelector("[data-cite-place]");
  var citeUrl = document.querySelector("[data-cite-url]");
  var pageAddress = citeUrl ? citeUrl.textContent : "";

  function show(scroll) {
    var run = named();
    text.querySelectorAll(".in-run").forEach(function (el) { el.classList.remove("in-run"); });
    if (run.length > 1) {
      run.forEach(function (el) { el.classList.add("in-run"); });
    }
    if (place && citeUrl) {
      place.textContent = run.length === 0 ? "" : ", " + (run.length === 1 ? label(run[0])
          : runLabel(label(run[0]), label(run[run.length - 1])));
      citeUrl.textContent = pageAddress + (run.length === 0 ? "" : "#" + run[0].id
          + (run.length > 1 ? RUN + run[run.length - 1].id : ""));
    }
    // The browser scrolls to a single id itself; not to a run, nor to a passage it cannot follow.
    if (scroll && run.length && (run.length > 1 || fragment().indexOf(DIRECTIVE) >= 0)) {
      run[0].scrollIntoView();
    }
  }
  show(true);
  window.addEventListener("hashchange", function () { show(true); });

  /* "Copy link to this passage", offered below words selected inside one paragraph. */
  var offer = document.createElement("div");
  offer.className = "passage-offer";
  offer.setAttribute("data-added", "");
  offer.hidden = true;
  var offerLink = document.createElement("a");
  offerLink.className = "passage-link";
  offerLink.textContent = "Copy link to this passage";
  offer.appendChild(offerLink);
  // Inside the main landmark, beside the text it is about.
  (document.getElementById("main") || document.body).appendChild(offer);
  // Pressing the offer must not clear the selection it is about.
  offer.addEventListener("mousedown", function (event) { event.preventDefault(); });
  offerLink.addEventListener("click", function (event) {
    event.preventDefault();
    window.dossier.copyText(window.dossier.pageUrl() + offerLink.getAttribute("href"), offerLink);
  });

  var WORD = /[\p{L}\p{N}\u2019']/u;
  function words(s) { return s.replace(/\s+/g, " ").trim(); }
  /* A text directive's term: percent-encoded, with "-" "," "&" encoded too, as the syntax reserves them. */
  function term(s) { return encodeURIComponent(s).replace(/-/g, "%2D"); }
  function offsetIn(block, node, offset) {
    var before = document.createRange();
    before.selectNodeContents(block);
    before.setEnd(node, offset);
    return before.toString().length;
  }

  /* The fragment for the selection: "#para-12:~:text=prefix-,start,end", or null when it is not inside one block. */
  function passageFragment(selection) {
    if (selection.rangeCount === 0 || selection.isCollapsed) { return null; }
    var range = selection.getRangeAt(0);
    var node = range.commonAncestorContainer;
    var block = node.nodeType === 1 ? node : node.parentElement;
    while (block && !isBlock(block)) { block = block.parentElement; }
    if (!block) { return null; }
    var full = block.textContent;
    // The permalink and the printed number are no words of the passage.
    var lead = block.querySelector(":scope > .number") || block.querySelector(":scope > a.permalink");
    var first = offsetIn(block, lead, lead.childNodes.length);
    var start = Math.max(first, offsetIn(block, range.startContainer, range.startOffset));
    var end = Math.max(start, offsetIn(block, range.endContainer, range.endOffset));
    // Whole words only: a text fragment matches at word boundaries.
    while (start > first && WORD.test(full[start - 1]) && WORD.test(full[start] || "")) { start--; }
    while (end < full.length && WORD.test(full[end]) && WORD.test(full[end - 1] || "")) { end++; }
    var passage = words(full.slice(start, end)).split(" ").filter(Boolean);
    if (!passage.length) { return null; }
    var prefix = words(full.slice(first, start)).split(" ").filter(Boolean).slice(-3);
    var directive = (prefix.length ? term(prefix.join(" ")) + "-," : "")
        + (passage.length <= 8 ? term(passage.join(" "))
            : term(passage.slice(0, 4).join(" ")) + "," + term(passage.slice(-4).join(" ")));
    return "#" + block.id + DIRECTIVE + "text=" + directive;
  }

  var pending = null;
  document.addEventListener("selectionchange", function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      var selection = window.getSelection();
      var passage = passageFragment(selection);
      if (!passage) { offer.hidden = true; return; }
      offerLink.setAttribute("href", passage);
      offerLink.textContent = "Copy link to this passage";
      offer.hidden = false;
      var rect = selection.getRangeAt(0).getBoundingClientRect();
      var room = document.documentElement.clientWidth - offer.offsetWidth - 8;
      offer.style.top = (rect.bottom + window.scrollY + 6) + "px";
      offer.style.left = Math.max(8, Math.min(rect.left + window.scrollX, room)) + "px";
    }, 150);
  });

  /* The contents list: open beside the text on a wide screen; on a narrow one closed, below the title and cover. */
  var toc = document.querySelector(".document > .toc");
  var title = text.querySelector(":scope > h1");
  if (toc) {
    var details = toc.querySelector("details");
    var home = toc.nextSibling;
    var wide = window.matchMedia("(min-width: 72rem)");
    var arrange = function () {
      details.open = wide.matches;
      if (wide.matches) {
        home.parentNode.insertBefore(toc, home);
      } else if (title) {
        title.after(toc);
      }
    };
    arrange();
    wide.addEventListener("change", arrange);
  }
})();
/* ==== end of for teachers ==== */

/* dossier: paragraph-level search over window.dossierSearchIndex, which search-index.js assigns (a script,
   not a fetched file, so that search works from disk). The term rules below mirror
   dossier.publishing.search.SearchTerms line for line: change both together. */
(function () {
  "use strict";

  /* ---- Terms: the same rules as SearchTerms.java ---- */

  var STOP_WORDS = new Set(["an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had",
    "has", "have", "he", "her", "his", "in", "into", "is", "it", "its", "of", "on", "or", "our", "she", "that",
    "the", "their", "them", "there", "these", "they", "this", "those", "to", "was", "were", "which", "who",
    "will", "with"]);
  var TOKEN = /[A-Za-z]{1,6}(?:\/[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)+(?: ?\(\d{4}\))?|[\p{L}\p{N}\p{M}]+/gu;
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;

  var ASCII = /^[\x00-\x7f]*$/;

  function fold(text) {
    if (ASCII.test(text)) { return text.toLowerCase(); } /* the same result, without the slow Unicode steps */
    return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase()
      .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss");
  }

  function symbol(text) {
    return fold(text).replace(/\s+/g, "");
  }

  /* SearchTerms.IRREGULAR_PLURALS */
  var IRREGULAR_PLURALS = new Map([["crises", "crisis"], ["analyses", "analysis"], ["theses", "thesis"],
    ["hypotheses", "hypothesis"], ["syntheses", "synthesis"], ["diagnoses", "diagnosis"],
    ["parentheses", "parenthesis"], ["emphases", "emphasis"], ["synopses", "synopsis"],
    ["criteria", "criterion"], ["phenomena", "phenomenon"], ["memoranda", "memorandum"],
    ["addenda", "addendum"], ["corrigenda", "corrigendum"], ["strata", "stratum"],
    ["curricula", "curriculum"], ["indices", "index"], ["appendices", "appendix"],
    ["matrices", "matrix"], ["men", "man"], ["women", "woman"],
    ["children", "child"], ["feet", "foot"], ["teeth", "tooth"], ["mice", "mouse"],
    ["lives", "life"], ["wives", "wife"], ["knives", "knife"], ["halves", "half"],
    ["thieves", "thief"]]);

  function stem(word) {
    var irregular = IRREGULAR_PLURALS.get(word);
    if (irregular !== undefined) { return irregular; }
    var n = word.length;
    if (n <= 3 || !word.endsWith("s")) { return word; }
    if (word.endsWith("ies") && n > 4 && !word.endsWith("eies") && !word.endsWith("aies")) {
      return word.slice(0, n - 3) + "y";
    }
    if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")
        || word.endsWith("zes")) {
      return word.slice(0, n - 2);
    }
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) { return word; }
    return word.slice(0, n - 1);
  }

  /* A word's term, or "" for none; remembered, as snippets tokenize whole paragraphs on every keystroke. */
  var termOfWord = new Map();

  function wordTerm(word) {
    var term = termOfWord.get(word);
    if (term === undefined) {
      var folded = fold(word);
      term = folded.length > 1 && !STOP_WORDS.has(folded) ? stem(folded) : "";
      termOfWord.set(word, term);
    }
    return term;
  }

  function addWord(out, word, start, end) {
    var term = wordTerm(word);
    if (term) {
      out.push({ term: term, start: start, end: end, symbol: false });
    }
  }

  /* Every term of a text, in order, with where its word stands. */
  function tokens(text) {
    var out = [];
    var token;
    TOKEN.lastIndex = 0;
    while ((token = TOKEN.exec(text)) !== null) {
      var found = token[0];
      if (found.indexOf("/") < 0) {
        addWord(out, found, token.index, token.index + found.length);
        continue;
      }
      if (/\d/.test(found)) {
        out.push({ term: symbol(found), start: token.index, end: token.index + found.length, symbol: true });
      }
      for (var word of found.matchAll(WORD)) {
        addWord(out, word[0], token.index + word.index, token.index + word.index + word[0].length);
      }
    }
    return out;
  }

  function terms(text) {
    return tokens(text).map(function (t) { return t.term; });
  }

  /* ---- The index ---- */

  var index = window.dossierSearchIndex;
  var own = function (object, key) { return Object.prototype.hasOwnProperty.call(object, key); };
  var sortedTerms = [];
  var postingsOf = new Map();
  var decoded = new Map();

  /* The terms, front-coded and sorted, and their postings (see SearchIndex.java for the format). */
  function load() {
    if (!index.terms) { return; } /* a dossier without any paragraph */
    var encoded = index.postings.split(" ");
    var previous = "";
    index.terms.split(" ").forEach(function (entry, i) {
      var term = previous.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1);
      sortedTerms.push(term);
      postingsOf.set(term, encoded[i]);
      previous = term;
    });
  }

  if (index) { load(); }
  var documentSymbols = index ? index.documents.map(function (d) { return symbol(d[1]); }) : [];

  function indexed(term) {
    return postingsOf.has(term);
  }

  /* A posting's digits (SearchIndex.HIGH and SearchIndex.LOW): a value, gap × 26 + weight − 1. */
  var LOW = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  var HIGH = "!#$%&'()*+,-./:;=>?@[]^_`{|}";
  var digitOf = new Map();
  Array.from(LOW).forEach(function (c, i) { digitOf.set(c, i); });
  Array.from(HIGH).forEach(function (c, i) { digitOf.set(c, -1 - i); });

  /* A term's postings: paragraph number → weight. */
  function postings(term) {
    if (decoded.has(term)) { return decoded.get(term); }
    var out = new Map();
    var encoded = postingsOf.get(term) || "";
    var number = 0, quotient = 0;
    for (var i = 0; i < encoded.length; i++) {
      var digit = digitOf.get(encoded[i]);
      if (digit < 0) {
        quotient = quotient * HIGH.length - 1 - digit;
      } else {
        var value = quotient * LOW.length + digit;
        number += Math.floor(value / 26);
        out.set(number, value % 26 + 1);
        quotient = 0;
      }
    }
    decoded.set(term, out);
    return out;
  }

  /* Rarer terms count more. */
  function rarity(term) {
    return Math.log(1 + index.paragraphs.length / Math.max(1, postings(term).size));
  }

  /* Every indexed term that starts with a prefix (binary search in the sorted terms). */
  function termsStartingWith(prefix) {
    var low = 0, high = sortedTerms.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (sortedTerms[mid] < prefix) { low = mid + 1; } else { high = mid; }
    }
    var out = [];
    for (var i = low; i < sortedTerms.length && sortedTerms[i].startsWith(prefix); i++) { out.push(sortedTerms[i]); }
    return out;
  }

  /* ---- Queries ---- */

  /* What a reader typed, as clauses: one per word or symbol, and one per quoted phrase of several words
     ("political process"), which a paragraph meets only with its words in that order. The word being typed
     (the last, with nothing after it) and symbols also match as prefixes. */
  var QUOTED = /["“”„]([^"“”„]*)(?:["“”„]|$)/g;

  function parse(query) {
    var clauses = [];
    var at = 0;
    var quoted;
    QUOTED.lastIndex = 0;
    while ((quoted = QUOTED.exec(query)) !== null) {
      addWords(clauses, query.slice(at, quoted.index), false);
      var inside = tokens(quoted[1]);
      if (inside.length > 1) {
        clauses.push({ phrase: inside.map(function (t) { return t.term; }), word: quoted[1].trim(), prefix: false,
          symbol: false, hits: new Map(), matched: new Set() });
      } else {
        addWords(clauses, quoted[1], false);
      }
      at = quoted.index + quoted[0].length;
    }
    addWords(clauses, query.slice(at), true);
    return clauses;
  }

  /* The clauses of unquoted text; its last word is a prefix when it ends the query (typing goes on there). */
  function addWords(clauses, text, endsQuery) {
    var symbolEnd = -1;
    tokens(text).forEach(function (t) {
      if (t.start < symbolEnd) { return; }
      if (t.symbol) { symbolEnd = t.end; }
      clauses.push({
        term: t.term,
        word: t.symbol ? t.term : text.slice(t.start, t.end),
        prefix: t.symbol || (endsQuery && t.end === text.length),
        symbol: t.symbol,
        hits: new Map(),
        matched: new Set()
      });
    });
  }

  function better(hits, paragraph, score) {
    if (!(hits.get(paragraph) >= score)) { hits.set(paragraph, score); }
  }

  function addTerm(clause, term, factor) {
    if (!indexed(term)) { return; }
    var weight = rarity(term) * factor;
    clause.matched.add(term);
    postings(term).forEach(function (w, paragraph) { better(clause.hits, paragraph, weight * w); });
  }

  /* An acronym's expansion matches a paragraph that names all of its words. */
  function addExpansion(clause, expansion, factor) {
    var lists = expansion.map(postings);
    if (lists.some(function (l) { return l.size === 0; })) { return; }
    lists[0].forEach(function (w, paragraph) {
      if (lists.every(function (l) { return l.has(paragraph); })) {
        var sum = 0;
        expansion.forEach(function (t, i) { sum += rarity(t) * lists[i].get(paragraph); });
        better(clause.hits, paragraph, factor * sum / expansion.length);
      }
    });
  }

  /* A quoted phrase: the paragraphs that hold all its terms, kept when their text has them one after the
     other (words that are no terms, such as "of", may stand between). */
  function addPhrase(clause) {
    var lists = clause.phrase.map(postings);
    if (lists.some(function (l) { return l.size === 0; })) { return; }
    lists[0].forEach(function (w, paragraph) {
      if (!lists.every(function (l) { return l.has(paragraph); })) { return; }
      if (phraseRanges(tokens(index.paragraphs[paragraph][3]), clause.phrase).length === 0) { return; }
      var sum = 0;
      clause.phrase.forEach(function (t, i) { sum += rarity(t) * lists[i].get(paragraph); });
      better(clause.hits, paragraph, sum);
    });
  }

  /* Where a text's terms (tokens) run as a phrase's terms, in order: [start, end] character ranges. */
  function phraseRanges(found, phrase) {
    var ranges = [];
    for (var i = 0; i + phrase.length <= found.length; i++) {
      var all = phrase.every(function (term, k) { return found[i + k].term === term; });
      if (all) { ranges.push([found[i].start, found[i + phrase.length - 1].end]); }
    }
    return ranges;
  }

  /* Each clause's paragraphs: its term, the terms it starts (while typing), an acronym's expansion.
     Returns the expansions of the acronyms met, to highlight them. */
  function matchClauses(clauses) {
    var expansions = [];
    var acronymsFound = new Set();
    clauses.forEach(function (clause) {
      if (clause.phrase) {
        addPhrase(clause);
        return;
      }
      addTerm(clause, clause.term, 1);
      if (clause.prefix && fold(clause.word).length >= 2) {
        termsStartingWith(fold(clause.word)).forEach(function (t) { if (t !== clause.term) { addTerm(clause, t, 0.5); } });
      }
      [clause.term].concat(Array.from(clause.matched)).forEach(function (t) {
        if (own(index.acronyms, t) && !acronymsFound.has(t)) {
          acronymsFound.add(t);
          expansions.push(index.acronyms[t]);
          addExpansion(clause, index.acronyms[t], t === clause.term ? 0.8 : 0.4);
        }
      });
    });
    return expansions;
  }

  /* The reverse: a query that spells out an expansion also finds the acronym. Returns the acronyms. */
  function matchSpelledOutAcronyms(clauses) {
    var found = [];
    Object.keys(index.acronyms).forEach(function (acronym) {
      var expansion = index.acronyms[acronym];
      var spells = function (c, e) { return !c.phrase && (e === c.term || (c.prefix && e.startsWith(fold(c.word)))); };
      var group = clauses.filter(function (c) { return expansion.some(function (e) { return spells(c, e); }); });
      var covered = expansion.every(function (e) { return group.some(function (c) { return spells(c, e); }); });
      if (covered && group.length > 0) {
        found.push(acronym);
        var weight = rarity(acronym) * 0.8;
        postings(acronym).forEach(function (w, paragraph) {
          group.forEach(function (c) { better(c.hits, paragraph, weight * w); });
        });
      }
    });
    return found;
  }

  /* A document's symbol next to other words keeps the search to that document. */
  function matchDocumentsNamed(clauses) {
    if (clauses.length < 2) { return; }
    clauses.forEach(function (clause) {
      if (!clause.symbol) { return; }
      index.paragraphs.forEach(function (p, paragraph) {
        if (documentSymbols[p[0]] && documentSymbols[p[0]].startsWith(clause.term)) { better(clause.hits, paragraph, 0.1); }
      });
    });
  }

  /* Paragraphs that meet every clause first, then those that meet most of them (at least half of the words;
     a symbol, which names the documents to search, always), each with the clauses it misses; best first
     within each, a tie keeping document order. */
  function rank(clauses) {
    var results = [];
    var words = clauses.filter(function (c) { return !c.symbol; }).length;
    var needed = clauses.length - Math.floor(words / 2);
    var candidates = new Set();
    clauses.forEach(function (c) { c.hits.forEach(function (unused, paragraph) { candidates.add(paragraph); }); });
    candidates.forEach(function (paragraph) {
      var score = 0, missing = [];
      for (var c of clauses) {
        if (c.hits.has(paragraph)) {
          score += c.hits.get(paragraph);
        } else if (c.symbol) {
          return;
        } else {
          missing.push(c.word);
        }
      }
      if (clauses.length - missing.length >= needed) {
        results.push({ paragraph: paragraph, score: score, missing: missing });
      }
    });
    return results.sort(function (a, b) {
      return a.missing.length - b.missing.length || b.score - a.score || a.paragraph - b.paragraph;
    });
  }

  function search(query) {
    var clauses = parse(query);
    var expansions = matchClauses(clauses);
    var matched = new Set(matchSpelledOutAcronyms(clauses));
    matchDocumentsNamed(clauses);
    clauses.forEach(function (c) {
      c.matched.forEach(function (t) { matched.add(t); });
      if (c.phrase) { expansions.push(c.phrase); }
    });
    return {
      clauses: clauses.length,
      documents: documentsWithSymbol(clauses),
      paragraphs: rank(clauses),
      highlight: { terms: matched, phrases: expansions }
    };
  }

  /* Documents whose symbol starts with a symbol typed, so "S/2012/894" finds the report itself. */
  function documentsWithSymbol(clauses) {
    var out = [];
    documentSymbols.forEach(function (documentSymbol, i) {
      var named = clauses.some(function (c) { return c.symbol && documentSymbol && documentSymbol.startsWith(c.term); });
      if (named) { out.push(i); }
    });
    return out;
  }

  /* ---- Snippets ---- */

  var SNIPPET = 300;

  /* The character ranges of a text to mark: matched terms, and acronym expansions spelled out in full. */
  function marks(text, highlight) {
    var found = tokens(text);
    var ranges = [];
    found.forEach(function (t) { if (highlight.terms.has(t.term)) { ranges.push([t.start, t.end]); } });
    highlight.phrases.forEach(function (phrase) { ranges.push.apply(ranges, phraseRanges(found, phrase)); });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) { last[1] = Math.max(last[1], r[1]); } else { merged.push(r.slice()); }
    });
    return merged;
  }

  /* A window of the text around its first match, cut at spaces, with the matches (ranges) in <mark>. */
  function snippet(text, ranges) {
    var from = 0, to = text.length;
    if (text.length > SNIPPET) {
      var first = ranges.length ? ranges[0][0] : 0;
      from = Math.max(0, first - 80);
      if (from > 0) { from = text.indexOf(" ", from) + 1 || from; }
      to = Math.min(text.length, from + SNIPPET);
      if (to < text.length) { to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to; }
    }
    var p = document.createElement("p");
    p.className = "result-snippet";
    var at = from;
    if (from > 0) { p.appendChild(document.createTextNode("… ")); }
    ranges.forEach(function (r) {
      var start = Math.max(r[0], at), end = Math.min(r[1], to);
      if (start >= end) { return; }
      p.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      p.appendChild(mark);
      at = end;
    });
    p.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? " …" : "")));
    return p;
  }

  /* ---- The page ---- */

  var SHOWN = 100;
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var lastQueryMs = 0;

  function item(href, documentName, where, title) {
    var li = document.createElement("li");
    li.className = "search-result";
    var a = document.createElement("a");
    a.href = href;
    var name = document.createElement("span");
    name.className = "result-document";
    name.textContent = documentName;
    var place = document.createElement("span");
    place.className = "result-paragraph";
    place.textContent = where;
    a.append(name, " · ", place);
    li.appendChild(a);
    if (title) {
      var t = document.createElement("span");
      t.className = "result-title";
      t.textContent = title;
      li.appendChild(t);
    }
    return li;
  }

  /* "missing: crises": the words a result lacks, struck through. */
  function missing(words) {
    var p = document.createElement("p");
    p.className = "result-missing";
    p.appendChild(document.createTextNode("missing: "));
    words.forEach(function (word, i) {
      if (i > 0) { p.appendChild(document.createTextNode(", ")); }
      var s = document.createElement("s");
      s.textContent = word;
      p.appendChild(s);
    });
    return p;
  }

  /* Where a result lands: the item printed inside the paragraph (p[4]: anchor, label, offset) that holds
     the first match, or the paragraph itself when the match comes before any item. */
  function landing(p, ranges) {
    var place = [p[1], p[2]];
    var first = ranges.length ? ranges[0][0] : 0;
    (p[4] || []).forEach(function (inside) { if (inside[2] <= first) { place = inside; } });
    return place;
  }

  function documentName(d) {
    return d[1] || d[2];
  }

  function show(query) {
    var started = performance.now();
    list.textContent = "";
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    var found = search(query);
    found.documents.forEach(function (i) {
      var d = index.documents[i];
      list.appendChild(item(d[0], documentName(d), "the whole document", d[2] + (d[3] ? ", " + d[3] : "")));
    });
    found.paragraphs.slice(0, SHOWN).forEach(function (r) {
      var p = index.paragraphs[r.paragraph];
      var d = index.documents[p[0]];
      var ranges = marks(p[3], found.highlight);
      var place = landing(p, ranges);
      var li = item(d[0] + "#" + place[0], documentName(d), place[1], d[1] ? d[2] : "");
      if (r.missing.length) { li.appendChild(missing(r.missing)); }
      li.appendChild(snippet(p[3], ranges));
      list.appendChild(li);
    });
    var n = found.paragraphs.length;
    if (found.clauses === 0) {
      status.textContent = "Type a word of two letters or more; common words such as “the” are not searched.";
      return;
    }
    var all = found.paragraphs.filter(function (r) { return r.missing.length === 0; }).length;
    var some = n - all;
    status.textContent = (all === 0 ? "No paragraph matches" : all === 1 ? "1 paragraph matches" : all + " paragraphs match")
      + (found.clauses > 1 && all > 0 ? " every word of" : "") + " “" + query.trim() + "”"
      + (some > 0 ? "; " + (some === 1 ? "1 more matches" : some + " more match") + " some of the words, shown after with the words they miss" : "")
      + (n > SHOWN ? "; the first " + SHOWN + " are shown, add a word to narrow the search." : ".")
      + (n === 0 ? " Try fewer words, or the start of a word." : "");
    lastQueryMs = performance.now() - started;
  }

  function remember(query) {
    try {
      history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
    } catch (e) { /* some browsers refuse this on pages opened from disk; the search still works */ }
  }

  if (input && list) {
    if (!index) {
      status.textContent = "The search index did not load: rebuild the site, or browse the document list.";
    } else {
      var query = new URLSearchParams(location.search).get("q") || "";
      input.value = query;
      show(query);
      input.addEventListener("input", function () {
        show(input.value);
        remember(input.value);
      });
      input.closest("form").addEventListener("submit", function (event) {
        event.preventDefault();
        show(input.value);
        remember(input.value);
      });
      performance.mark("search-ready");
    }
  }

  window.dossierSearch = {
    terms: terms,
    indexedTerms: function () { return sortedTerms.slice(); },
    postings: function (term) { return Array.from(postings(term)); },
    search: search,
    lastQueryMs: function () { return lastQueryMs; }
  };
})();

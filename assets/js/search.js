/* dossier: paragraph-level search over the parts of the index in search/, each a script that registers
   itself in window.dossierSearchParts (a script, not a fetched file, so that search works from disk): the
   search page loads search/index.js, and a query the few term and text parts it needs. fold and stem below
   mirror dossier.model.Folding and dossier.publishing.search.SearchTerms line for line (change both
   together); the rules' data comes from the build. */
(function () {
  "use strict";

  /* ---- Terms: the same rules as SearchTerms.java, whose data (stop words, irregular plurals, the token
     and word patterns) the build writes into the index's first part; fold and stem are mirrored here ---- */

  var parts = window.dossierSearchParts = window.dossierSearchParts || {};
  var index = parts.index;
  var rules = index ? index.rules : { stopWords: [], irregularPlurals: {}, token: "$^", word: "$^", low: "", high: "" };
  var STOP_WORDS = new Set(rules.stopWords);
  var TOKEN = new RegExp(rules.token, "gu");
  var WORD = new RegExp(rules.word, "gu");

  /* Folding.of, for one character: NFKD without marks, lower case, œ æ ß spelled out, apostrophes straight, spaces plain. */
  var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
  var SPACE = /^[\t-\r\x1c-\x1f\p{Z}]$/u;
  var SPELLED = { "œ": "oe", "æ": "ae", "ß": "ss" };

  function foldChar(c) {
    if (SPACE.test(c)) { return " "; }
    if (c === "’" || c === "‘" || c === "ʼ") { return "'"; }
    return Array.from(c.normalize("NFKD").replace(/\p{M}+/gu, ""), function (d) {
      var lower = d.toLowerCase();
      return SPELLED[lower] || lower;
    }).join("");
  }

  function fold(text) {
    if (PRINTABLE_ASCII.test(text)) { return text.toLowerCase(); } /* the same result, without the slow Unicode steps */
    return Array.from(text, foldChar).join("");
  }

  function symbol(text) {
    return fold(text).replace(/\s+/g, "");
  }

  var IRREGULAR_PLURALS = new Map(Object.entries(rules.irregularPlurals));

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

  /* ---- The index: parts loaded as a query needs them (see SearchParts.java for the format) ---- */

  var own = function (object, key) { return Object.prototype.hasOwnProperty.call(object, key); };
  var absent = new Set();    /* parts the last run of a query needed and did not have */
  var requested = new Map(); /* part → its script element, once asked for */
  var loaded = [];           /* parts loaded by this page, in order */
  var failed = false;
  var termParts = new Map();
  var decoded = new Map();

  /* A part, or null (noted as missing) when it is not loaded yet. */
  function part(name) {
    if (own(parts, name)) { return parts[name]; }
    if (!failed) { absent.add(name); }
    return null;
  }

  /* Loads parts, each a script that registers itself (a page opened from disk may not fetch), then calls back. */
  function load(names, then) {
    var waiting = names.length;
    names.forEach(function (name) {
      var script = requested.get(name);
      if (!script) {
        script = document.createElement("script");
        script.src = "search/" + name + ".js";
        script.addEventListener("load", function () { loaded.push(name); });
        script.addEventListener("error", function () { failed = true; });
        requested.set(name, script);
        document.head.appendChild(script);
      } else if (own(parts, name) || failed) {
        waiting--;
        return;
      }
      var done = function () { if (--waiting === 0) { then(); } };
      script.addEventListener("load", done);
      script.addEventListener("error", done);
    });
    if (waiting === 0) { then(); }
  }

  /* The term part that holds a term: the last whose first term is not after it (-1 for none). */
  function partOf(term) {
    var firsts = index.parts, low = 0, high = firsts.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (firsts[mid] <= term) { low = mid + 1; } else { high = mid; }
    }
    return low - 1;
  }

  /* A term part decoded: its sorted terms, and each one's value and the name of its postings' own part. */
  function termPart(number) {
    if (termParts.has(number)) { return termParts.get(number); }
    var encoded = part("t" + number);
    if (!encoded) { return null; }
    var out = { terms: [], values: new Map() };
    var values = encoded.postings.split(" ");
    var previous = "";
    encoded.terms.split(" ").forEach(function (entry, i) {
      var term = previous.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1);
      out.terms.push(term);
      out.values.set(term, { value: values[i], own: "t" + number + "-" + i });
      previous = term;
    });
    termParts.set(number, out);
    return out;
  }

  /* A term's value in its part, or undefined when it is not indexed (or its part is not loaded yet). */
  function valueOf(term) {
    var number = partOf(term);
    var found = number < 0 ? null : termPart(number);
    return found ? found.values.get(term) : undefined;
  }

  function indexed(term) {
    return valueOf(term) !== undefined;
  }

  /* A posting's digits (SearchIndex.HIGH and SearchIndex.LOW, from the build): a value, gap × 26 + weight − 1. */
  var LOW = rules.low;
  var HIGH = rules.high;
  var OWN = "~";
  var digitOf = new Int8Array(128); /* by character code: LOW's digits from 0, HIGH's from -1 down (all ASCII) */
  Array.from(LOW).forEach(function (c, i) { digitOf[c.charCodeAt(0)] = i; });
  Array.from(HIGH).forEach(function (c, i) { digitOf[c.charCodeAt(0)] = -1 - i; });

  /* A term's postings decoded: its paragraphs' numbers in order and each one's weight, asked as a Map is
     (size, forEach, has, get); not a Map, which costs far more to build for tens of thousands of paragraphs. */
  function PostingList(paragraphs, weights) {
    this.paragraphs = paragraphs;
    this.weights = weights;
    this.size = paragraphs.length;
  }

  PostingList.prototype.forEach = function (each) {
    for (var i = 0; i < this.size; i++) { each(this.weights[i], this.paragraphs[i]); }
  };

  /* Where a paragraph stands in the list, by halving (-1 when it is not in it). */
  PostingList.prototype.at = function (paragraph) {
    var low = 0, high = this.size - 1;
    while (low <= high) {
      var mid = (low + high) >> 1, found = this.paragraphs[mid];
      if (found === paragraph) { return mid; }
      if (found < paragraph) { low = mid + 1; } else { high = mid - 1; }
    }
    return -1;
  };

  PostingList.prototype.has = function (paragraph) {
    return this.at(paragraph) >= 0;
  };

  PostingList.prototype.get = function (paragraph) {
    var i = this.at(paragraph);
    return i < 0 ? undefined : this.weights[i];
  };

  var NO_POSTINGS = new PostingList(new Int32Array(0), new Uint8Array(0));

  /* A term's postings (none while its part is not loaded). */
  function postings(term) {
    if (decoded.has(term)) { return decoded.get(term); }
    var value = valueOf(term);
    var encoded = value ? value.value : "";
    if (encoded[0] === OWN) {
      encoded = part(value.own);
      if (encoded === null) { return NO_POSTINGS; }
    }
    var n = 0, i;
    for (i = 0; i < encoded.length; i++) { n += digitOf[encoded.charCodeAt(i)] >= 0 ? 1 : 0; }
    var out = new PostingList(new Int32Array(n), new Uint8Array(n));
    var number = 0, quotient = 0, at = 0;
    for (i = 0; i < encoded.length; i++) {
      var digit = digitOf[encoded.charCodeAt(i)];
      if (digit < 0) {
        quotient = quotient * HIGH.length - 1 - digit;
      } else {
        var v = quotient * LOW.length + digit;
        number += Math.floor(v / 26);
        out.paragraphs[at] = number;
        out.weights[at++] = v % 26 + 1;
        quotient = 0;
      }
    }
    if (value) { decoded.set(term, out); }
    return out;
  }

  /* How many paragraphs name a term, without loading postings that have a part of their own. */
  function count(term) {
    var value = valueOf(term);
    return value && value.value[0] === OWN ? Number(value.value.slice(1)) : postings(term).size;
  }

  /* Rarer terms count more. */
  function rarity(term) {
    return Math.log(1 + index.paragraphs / Math.max(1, count(term)));
  }

  /* Every indexed term that starts with a prefix, from the term parts that may hold one. */
  function termsStartingWith(prefix) {
    var out = [];
    var firsts = index.parts;
    for (var number = Math.max(0, partOf(prefix)); number < firsts.length; number++) {
      if (number > partOf(prefix) && !firsts[number].startsWith(prefix)) { break; }
      var found = termPart(number);
      if (!found) { continue; }
      var terms = found.terms, low = 0, high = terms.length;
      while (low < high) {
        var mid = (low + high) >> 1;
        if (terms[mid] < prefix) { low = mid + 1; } else { high = mid; }
      }
      for (var i = low; i < terms.length && terms[i].startsWith(prefix); i++) { out.push(terms[i]); }
    }
    return out;
  }

  /* Documents whose symbol starts with a symbol typed: number, first paragraph and paragraph count of each. */
  var DOCUMENT = "#";

  function documentsNamed(symbolTerm) {
    var out = [];
    termsStartingWith(DOCUMENT + symbolTerm).forEach(function (key) {
      valueOf(key).value.split(";").forEach(function (d) {
        var n = d.split(",").map(Number);
        out.push({ document: n[0], first: n[1], count: n[2] });
      });
    });
    return out.sort(function (a, b) { return a.document - b.document; });
  }

  /* A paragraph ([document, anchor, label, text, places]), or null while its text part is not loaded. */
  function paragraphAt(number) {
    var text = part("x" + Math.floor(number / index.perText));
    return text ? text.paragraphs[number % index.perText] : null;
  }

  /* A document ([page, symbol, title, date]) as the text part of one of its paragraphs lists it. */
  function documentOf(document, paragraphNumber) {
    var text = part("x" + Math.floor(paragraphNumber / index.perText));
    return text ? text.documents[document] : null;
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
          symbol: false, hits: hitsOf(), matched: new Set(), unchecked: new Set() });
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
        hits: hitsOf(),
        matched: new Set()
      });
    });
  }

  /* A clause's paragraphs with the best score of each: the scores by paragraph number (0 for none: every
     score is above 0), and the paragraphs in the order met. Not a Map: a common word meets tens of thousands. */
  function hitsOf() {
    return { scores: null, list: [] };
  }

  function scoreOf(hits, paragraph) {
    return hits.scores === null ? 0 : hits.scores[paragraph];
  }

  function better(hits, paragraph, score) {
    if (hits.scores === null) { hits.scores = new Float64Array(index.paragraphs); }
    var was = hits.scores[paragraph];
    if (was === 0) { hits.list.push(paragraph); }
    if (was < score) { hits.scores[paragraph] = score; }
  }

  function addTerm(clause, term, factor) {
    if (!indexed(term)) { return; }
    var weight = rarity(term) * factor;
    clause.matched.add(term);
    postings(term).forEach(function (w, paragraph) { better(clause.hits, paragraph, weight * w); });
  }

  /* An acronym's expansion matches a paragraph that names all of its words. Where a word's postings have a
     part of their own ("state"), the build wrote each word's postings kept to those paragraphs, under
     "=acronym=word", so that a common word costs little. */
  var EXPANSION = "=";

  function addExpansion(clause, acronym, factor) {
    var expansion = index.acronyms[acronym];
    var values = expansion.map(valueOf);
    if (values.some(function (v) { return v === undefined; })) { return; } /* not indexed, or its part not loaded yet */
    var condensed = values.some(function (v) { return v.value[0] === OWN; });
    var lists = expansion.map(function (t) { return postings(condensed ? EXPANSION + acronym + EXPANSION + t : t); });
    if (lists.some(function (l) { return l.size === 0; })) { return; }
    var rarities = expansion.map(rarity);
    lists[0].forEach(function (w, paragraph) {
      if (lists.every(function (l) { return l.has(paragraph); })) {
        var sum = 0;
        rarities.forEach(function (r, i) { sum += r * lists[i].get(paragraph); });
        better(clause.hits, paragraph, factor * sum / expansion.length);
      }
    });
  }

  /* A quoted phrase: the paragraphs that hold all its terms, kept when their text has them one after the
     other (words that are no terms, such as "of", may stand between). */
  function addPhrase(clause) {
    var lists = clause.phrase.map(postings);
    if (lists.some(function (l) { return l.size === 0; })) { return; }
    var candidates = [];
    lists[0].forEach(function (w, paragraph) {
      if (lists.every(function (l) { return l.has(paragraph); })) { candidates.push(paragraph); }
    });
    /* Past PHRASE_PARTS text parts, only the texts already loaded are read now; the others are checked
       when their result comes to be shown (see results), so a phrase does not read the whole dossier. */
    var textParts = new Set(candidates.map(function (paragraph) { return Math.floor(paragraph / index.perText); }));
    var readAll = textParts.size <= PHRASE_PARTS;
    var rarities = clause.phrase.map(rarity);
    candidates.forEach(function (paragraph) {
      if (readAll || own(parts, "x" + Math.floor(paragraph / index.perText))) {
        var p = paragraphAt(paragraph);
        if (!p || phraseRanges(tokens(p[3]), clause.phrase).length === 0) { return; }
      } else {
        clause.unchecked.add(paragraph);
      }
      var sum = 0;
      rarities.forEach(function (r, i) { sum += r * lists[i].get(paragraph); });
      better(clause.hits, paragraph, sum);
    });
  }

  var PHRASE_PARTS = 16;

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
          addExpansion(clause, t, t === clause.term ? 0.8 : 0.4);
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
      documentsNamed(clause.term).forEach(function (d) {
        for (var paragraph = d.first; paragraph < d.first + d.count; paragraph++) { better(clause.hits, paragraph, 0.1); }
      });
    });
  }

  /* Paragraphs that meet every clause first, then those that meet most of them (at least half of the words;
     a symbol, which names the documents to search, always), each with the clauses it misses; best first
     within each, a tie keeping document order. A common word meets tens of thousands of paragraphs, of
     which a reader sees twenty: only the best asked for are put in order (best), the others only counted. */
  function rank(clauses) {
    var words = clauses.filter(function (c) { return !c.symbol; }).length;
    var needed = clauses.length - Math.floor(words / 2);
    var phrases = clauses.filter(function (c) { return c.phrase; });
    var seen = new Uint8Array(index.paragraphs), candidates = [];
    clauses.forEach(function (c) {
      c.hits.list.forEach(function (paragraph) {
        if (!seen[paragraph]) { seen[paragraph] = 1; candidates.push(paragraph); }
      });
    });
    /* Each result as a place in three arrays, not an object: a common word makes tens of thousands. */
    var paragraphs = new Int32Array(candidates.length), scores = new Float64Array(candidates.length);
    var misses = new Uint16Array(candidates.length);
    var size = 0, all = 0, unchecked = false;
    candidates.forEach(function (paragraph) {
      var score = 0, missed = 0;
      for (var c of clauses) {
        var hit = scoreOf(c.hits, paragraph);
        if (hit > 0) {
          score += hit;
        } else if (c.symbol) {
          return;
        } else {
          missed++;
        }
      }
      if (clauses.length - missed >= needed) {
        paragraphs[size] = paragraph;
        scores[size] = score;
        misses[size] = missed;
        size++;
        all += missed === 0 ? 1 : 0;
        unchecked = unchecked || phrases.some(function (c) { return c.unchecked.has(paragraph); });
      }
    });
    var order = function (a, b) {
      return misses[a] - misses[b] || scores[b] - scores[a] || paragraphs[a] - paragraphs[b];
    };
    var described = function (i) {
      return {
        paragraph: paragraphs[i],
        missing: clauses.filter(function (c) { return !(scoreOf(c.hits, paragraphs[i]) > 0); }).map(function (c) { return c.word; }),
        unchecked: phrases.filter(function (c) { return c.unchecked.has(paragraphs[i]); }).map(function (c) { return c.phrase; })
      };
    };
    var sorted = [];
    return {
      size: size,
      all: all,
      unchecked: unchecked,
      /* The first k results in order, each with the words it misses and the phrases whose order is unchecked. */
      best: function (k) {
        if (sorted.length < Math.min(k, size)) {
          var places = Array.from({ length: size }, function (unused, i) { return i; });
          sorted = (k >= size / 4 ? places.sort(order) : top(places, k, order)).map(described);
        }
        return sorted.slice(0, k);
      }
    };
  }

  /* The k first of a list in order, by one pass that keeps the best k in a heap (the last of them at its root). */
  function top(list, k, order) {
    var heap = [];
    var swap = function (i, j) { var t = heap[i]; heap[i] = heap[j]; heap[j] = t; };
    list.forEach(function (item) {
      if (heap.length < k) {
        heap.push(item);
        for (var i = heap.length - 1; i > 0 && order(heap[i], heap[(i - 1) >> 1]) > 0; i = (i - 1) >> 1) { swap(i, (i - 1) >> 1); }
      } else if (order(item, heap[0]) < 0) {
        heap[0] = item;
        for (var at = 0; ;) {
          var last = at, l = 2 * at + 1, r = l + 1;
          if (l < heap.length && order(heap[l], heap[last]) > 0) { last = l; }
          if (r < heap.length && order(heap[r], heap[last]) > 0) { last = r; }
          if (last === at) { break; }
          swap(at, last);
          at = last;
        }
      }
    });
    return heap.sort(order);
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
    var out = new Map();
    clauses.forEach(function (c) {
      if (c.symbol) { documentsNamed(c.term).forEach(function (d) { out.set(d.document, d); }); }
    });
    return Array.from(out.values()).sort(function (a, b) { return a.document - b.document; });
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

  var SHOWN = 20; /* results shown at first, and added by each "Show more results" */
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

  /* Index entries (index-entries.js, written from the index page) that the query names: a word of their
     heading or of a variant starts with it, folded as the build folds them. */
  function indexEntriesFor(query) {
    var words = fold(query).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (words.length < 2 || !window.dossierIndexEntries) { return []; }
    return window.dossierIndexEntries.filter(function (e) {
      return e.w.some(function (w) { return (" " + w).indexOf(" " + words) >= 0; });
    });
  }

  /* A query's ranking, kept while the query is the same: loading the texts of its results changes nothing
     in it (unless a quoted phrase waits for them to check its order, see addPhrase). */
  var ranked = { query: null, found: null };

  function ranking(query) {
    if (ranked.query === query) { return ranked.found; }
    var found = search(query);
    if (absent.size === 0 && !found.paragraphs.unchecked) { ranked = { query: query, found: found }; }
    return found;
  }

  /* The items of a query's first results, up to limit of the shown ones (the rest come once their texts are
     loaded), or null when they need parts not loaded yet (noted in absent). */
  function results(query, shown, limit) {
    var found = ranking(query);
    if (absent.size > 0) { return null; }
    var wanted, best;
    for (var k = shown; ; k *= 2) {
      best = found.paragraphs.best(k);
      wanted = [];
      for (var i = 0; i < best.length && wanted.length < limit; i++) {
        var r = best[i];
        var p = paragraphAt(r.paragraph);
        var out = p && r.unchecked.some(function (phrase) { return phraseRanges(tokens(p[3]), phrase).length === 0; });
        if (!out) { wanted.push(r); }
      }
      if (wanted.length >= limit || best.length >= found.paragraphs.size) { break; }
    }
    found.documents.forEach(function (d) { documentOf(d.document, d.first); });
    if (absent.size > 0) { return null; }
    var items = indexEntriesFor(query).map(function (e) {
      var li = item(window.dossierIndexPage + "#" + e.id, e.h + (e.q ? " (" + e.q + ")" : ""), "in the index (" + e.c + ")", e.d);
      li.className = "index-result";
      return li;
    });
    found.documents.forEach(function (named) {
      var d = documentOf(named.document, named.first);
      if (!d) { return; } /* a part that failed to load */
      items.push(item(d[0], documentName(d), "the whole document", d[2] + (d[3] ? ", " + d[3] : "")));
    });
    wanted.forEach(function (r) {
      var p = paragraphAt(r.paragraph);
      var d = p && documentOf(p[0], r.paragraph);
      if (!d) { return; }
      var ranges = marks(p[3], found.highlight);
      var place = landing(p, ranges);
      var li = item(d[0] + "#" + place[0], documentName(d), place[1], d[1] ? d[2] : "");
      if (r.missing.length) { li.appendChild(missing(r.missing)); }
      li.appendChild(snippet(p[3], ranges));
      items.push(li);
    });
    return { items: items, status: statusOf(query, found, shown), more: found.paragraphs.size > shown,
      complete: limit >= shown || wanted.length < limit };
  }

  function statusOf(query, found, shown) {
    if (found.clauses === 0) {
      return "Type a word of two letters or more; common words such as “the” are not searched.";
    }
    var counted = found.paragraphs.unchecked
      ? " (counting paragraphs that hold the quoted words in any order: their order is checked as they are shown)" : "";
    var n = found.paragraphs.size;
    var all = found.paragraphs.all;
    var some = n - all;
    return (all === 0 ? "No paragraph matches" : all === 1 ? "1 paragraph matches" : all + " paragraphs match")
      + (found.clauses > 1 ? " every word of" : "") + " “" + query.trim() + "”"
      + (some > 0 ? "; " + some + (all > 0 ? " more" : "") + (some === 1 ? " matches" : " match")
        + " some of the words, shown " + (all > 0 ? "after, " : "") + "with the words they miss" : "")
      + counted + (n > shown ? "; the first " + shown + " are shown." : ".")
      + (n === 0 ? " Try fewer words, or the start of a word." : "");
  }

  var generation = 0;
  var current = { query: "", shown: SHOWN };
  /* A new query's results shown as soon as their texts are loaded, before the texts of the others are. */
  var FIRST = 5;

  /* Runs a query again each time the parts it lacked have loaded, then shows its first results: the
     parts already loaded are not asked for again, so a second query often loads nothing. A new query
     shows its FIRST results, then the others; "Show more results" shows them all at once. */
  function show(query, shown) {
    var mine = ++generation;
    var started = performance.now();
    current = { query: query, shown: shown || SHOWN };
    var limit = shown ? current.shown : FIRST;
    list.setAttribute("aria-busy", "true");
    (function attempt() {
      if (mine !== generation) { return; }
      absent.clear();
      var view = query.trim() ? results(query, current.shown, limit) : { items: [], status: "", more: false, complete: true };
      if (view === null) {
        load(Array.from(absent), attempt);
        return;
      }
      list.replaceChildren.apply(list, view.items);
      status.textContent = failed ? "Part of the search index did not load: rebuild the site, or browse the document list."
        : view.status;
      if (!view.complete) {
        performance.mark("search-first-results");
        limit = current.shown;
        attempt();
        return;
      }
      moreButton.hidden = !view.more;
      list.removeAttribute("aria-busy");
      lastQueryMs = performance.now() - started;
      performance.mark("search-results");
    })();
  }

  function remember(query) {
    try {
      history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
    } catch (e) { /* some browsers refuse this on pages opened from disk; the search still works */ }
  }

  var moreButton = document.createElement("button");
  moreButton.type = "button";
  moreButton.className = "search-more";
  moreButton.textContent = "Show more results";
  moreButton.hidden = true;
  moreButton.addEventListener("click", function () { show(current.query, current.shown + SHOWN); });

  if (input && list) {
    list.after(moreButton);
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

  /* Every part, for tests that compare a query's results with those of the whole index. */
  function loadEverything(then) {
    var names = index.parts.map(function (first, i) { return "t" + i; });
    for (var x = 0; x * index.perText < index.paragraphs; x++) { names.push("x" + x); }
    load(names, function () {
      var owns = [];
      index.parts.forEach(function (first, i) {
        termPart(i).values.forEach(function (v) { if (v.value[0] === OWN) { owns.push(v.own); } });
      });
      load(owns, then);
    });
  }

  window.dossierSearch = {
    terms: terms,
    indexedTerms: function () {
      var out = [];
      termParts.forEach(function (p) {
        p.terms.forEach(function (t) { if (t[0] !== DOCUMENT && t[0] !== EXPANSION) { out.push(t); } });
      });
      return out.sort();
    },
    postings: function (term) {
      var list = postings(term), pairs = [];
      list.forEach(function (w, paragraph) { pairs.push([paragraph, w]); });
      return pairs;
    },
    search: search,
    loaded: function () { return loaded.slice(); },
    loadEverything: loadEverything,
    lastQueryMs: function () { return lastQueryMs; }
  };
})();

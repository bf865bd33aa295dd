<#ftl output_format="HTML">
<#-- Paragraph-level search. The index is a script (search-index.js) loaded here only: a page opened from
     disk may load scripts but not fetch files. The form works as a plain link too: search.html?q=… -->
<#import "layout.ftl" as layout>
<@layout.page title=content.title rootpath=content.rootpath kind="search">
<article class="search-page">
  <h1>Search the dossier</h1>
  <form class="search-form" role="search" action="search.html" method="get">
    <label for="search-input">Words, an acronym or a UN symbol</label>
    <input id="search-input" name="q" type="search" autocomplete="off" spellcheck="false">
    <button type="submit">Search</button>
  </form>
  <noscript>
    <p class="search-noscript">Search needs JavaScript, which is off in this browser. Every document is on the
      <a href="${content.rootpath}index.html">document list</a>; open one and use your browser's find in page
      (Ctrl+F, or ⌘F on a Mac) to search it.</p>
  </noscript>
  <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
  <ol id="search-results" class="search-results"></ol>
</article>
<script src="${content.rootpath}search-index.js"></script>
<#if config.dossier_plan.pages()?filter(p -> p.file() == "subjects.html")?has_content><script src="${content.rootpath}index-entries.js"></script></#if>
<script src="${content.rootpath}js/search.js"></script>
</@layout.page>

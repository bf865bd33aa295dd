<#ftl output_format="HTML">
<#-- The page a web server shows for an address the site does not have (an old or mistyped link). A server
     shows it at that address, at any depth, so a published site links from its public address; an offline
     copy, opened from disk, links relatively. Rendered by JBake's own 404 renderer; not in the sitemap. -->
<#import "layout.ftl" as layout>
<#assign plan = config.dossier_plan>
<#assign root = config.dossier_web.isPublic()?then(config.dossier_web.base(), (content.rootpath)!"")>
<@layout.page title="Page not found" rootpath=root kind="not-found" uri="404.html">
<article class="not-found">
  <h1>This page is not in the dossier</h1>
  <p class="lede">The address may be old or mistyped. Search for what you were looking for, or choose a document below.</p>
  <#if plan.pages()?filter(p -> p.file() == "search.html")?has_content>
  <form class="search-form" role="search" action="${root}search.html" method="get">
    <label for="not-found-q">Words, an acronym or a UN symbol</label>
    <input id="not-found-q" name="q" type="search" autocomplete="off" spellcheck="false">
    <button type="submit">Search</button>
  </form>
  </#if>
  <#list plan.pages()?filter(p -> p.file() == "subjects.html") as p>
  <p>Or look a subject up in the <a href="${root}${p.file()}">${p.title()}</a>.</p>
  </#list>
  <h2 id="not-found-documents">The documents of the dossier</h2>
  <ul class="not-found-documents" aria-labelledby="not-found-documents">
  <#list plan.documents() as d>
    <li><a href="${root}documents/${d.slug()}.html"><#if d.metadata().symbol()?has_content><span class="symbol">${d.metadata().symbol()}</span> · </#if>${config.dossier_web.shortTitle(d.metadata().title())}</a><#if plan.displayDate(d)?has_content> <span class="document-date">(${plan.displayDate(d)})</span></#if></li>
  </#list>
  </ul>
  <p><a href="${root}index.html">The home page</a> says what the dossier is.</p>
</article>
</@layout.page>

<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign plan = config.dossier_plan>
<@layout.page title="Documents" rootpath="" kind="index" description="An annotated dossier of United Nations documents: ${config.dossier_plan.dossierTitle()}">
<header class="page-header">
  <h1>${config.dossier_plan.dossierTitle()}</h1>
  <p class="lede">An annotated dossier of ${plan.documents()?size} United Nations documents: each one as a clean,
    cross-linked page with every paragraph numbered and linkable.<#list published_pages?filter(e -> e.uri == "pages/about.html") as e> <a href="${e.uri}">${e.title}</a>.</#list></p>
  <#-- The build fills in the zip's address and size (dossier.publishing.OfflineZip). -->
  <p class="offline-download" data-offline-download hidden><a download>Download for offline reading</a> <span data-offline-size></span></p>
</header>
<section aria-labelledby="documents-heading">
  <h2 id="documents-heading">Documents, oldest first</h2>
  <#-- Sorting and filtering (js/documents.js): shown only where the script runs; the list works without it. -->
  <#assign kinds = [] bodies = [] years = []>
  <#list plan.documents() as d>
    <#if !kinds?seq_contains(d.metadata().kind().label())><#assign kinds = kinds + [d.metadata().kind().label()]></#if>
    <#if d.metadata().body()?has_content && !bodies?seq_contains(d.metadata().body())><#assign bodies = bodies + [d.metadata().body()]></#if>
    <#if plan.isoDate(d)?has_content && !years?seq_contains(plan.isoDate(d)[0..3])><#assign years = years + [plan.isoDate(d)[0..3]]></#if>
  </#list>
  <form class="document-controls" data-document-controls hidden>
    <label>Kind <select name="kind"><option value="">all</option><#list kinds?sort as k><option>${k}</option></#list></select></label>
    <label>Body <select name="body"><option value="">all</option><#list bodies?sort as b><option>${b}</option></#list></select></label>
    <label>Year <select name="year"><option value="">all</option><#list years?sort as y><option>${y}</option></#list></select></label>
    <label>Order <select name="order">
      <option value="oldest">oldest first</option><option value="newest">newest first</option>
      <option value="symbol">by symbol</option><option value="title">by title</option>
    </select></label>
    <p class="document-count" role="status" aria-live="polite" data-document-count></p>
  </form>
  <ol class="document-list" data-document-list>
  <#list plan.documents() as d>
    <li class="document-card" data-kind="${d.metadata().kind().label()}" data-body="${d.metadata().body()}"
        data-date="${plan.isoDate(d)}" data-symbol="${d.metadata().symbol()}" data-title="${d.metadata().title()}">
      <p class="document-meta">
        <#if plan.isoDate(d)?has_content><time datetime="${plan.isoDate(d)}">${plan.displayDate(d)}</time> · </#if>
        <span class="kind">${d.metadata().kind().label()}</span>
        <#if d.metadata().symbol()?has_content> · <span class="symbol">${d.metadata().symbol()}</span></#if>
      </p>
      <h3><a href="${plan.address(d)}">${d.metadata().title()}</a></h3>
      <#if d.metadata().body()?has_content><p class="document-body">${d.metadata().body()}</p></#if>
    </li>
  </#list>
  </ol>
</section>
<script src="js/documents.js" defer></script>
</@layout.page>

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
  <ol class="document-list">
  <#list plan.documents() as d>
    <li class="document-card">
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
</@layout.page>

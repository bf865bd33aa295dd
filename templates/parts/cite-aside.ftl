<#-- How to cite this document: the text to copy, with the public address (dossier.base_url) or, offline, the page's own address
     filled in by dossier.js. -->
<aside class="cite" aria-labelledby="cite-heading">
  <h2 id="cite-heading">Cite this document</h2>
  <p class="citation" id="citation-text">${content.title}<#if content.symbol?has_content>, UN document ${content.symbol}</#if><#if content.document_date?has_content>, ${content.document_date}</#if>. In: ${config.dossier_plan.dossierTitle()}. <#if config.dossier_web.isPublic()><span class="cite-url">${config.dossier_web.url("documents/" + content.slug + ".html")}</span><#else><span class="cite-url" data-page-url>documents/${content.slug}.html</span></#if></p>
  <button type="button" class="copy-button" data-copy-target="citation-text">Copy citation</button>
</aside>

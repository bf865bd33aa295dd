<#ftl output_format="HTML">
<#-- Every document cited across the dossier, in it or not, by body and symbol, with the paragraphs that
     cite it; above the list, a drawing of the same (dossier.annotation.references). -->
<#import "layout.ftl" as layout>
<@layout.page title=content.title rootpath=content.rootpath kind="citations" description="Every document cited in ${config.dossier_plan.dossierTitle()}, with the paragraphs that cite it">
<header class="page-header">
  <h1>${content.title}</h1>
  <p class="lede">The ${content.cited_count} documents cited by the documents of this dossier, by issuing body and
    symbol, each with the paragraphs that cite it. Documents of the dossier open here; the others open at the
    United Nations' Official Document System (external links).</p>
</header>
<#if content.sections?has_content>
<nav class="citations-bodies" aria-label="Bodies">
  <ul><#list content.sections as s><li><a href="#${s.id}">${s.body}</a> (${s.works?size})</li></#list></ul>
</nav>
<#if content.network_svg?has_content>
<figure class="citation-network-figure">
  ${content.network_svg?no_esc}
  <figcaption>Who cites whom: each line joins a document of the dossier (left) to a document it cites (right).
    Filled boxes are documents of the dossier. The list below says the same in words.</figcaption>
</figure>
</#if>
<#list content.sections as s>
<section aria-labelledby="${s.id}">
  <h2 id="${s.id}">${s.body}</h2>
  <ul class="cited-works">
  <#list s.works as w>
    <li id="${w.id}" class="cited-work">
      <p class="cited-name"><a href="${w.href}" class="ref<#if w.external> ref-external" rel="external<#else> ref-dossier</#if>"><#if w.symbol?has_content><span class="symbol">${w.symbol}</span><#else>${w.title}</#if><#if w.part?has_content>, ${w.part}</#if><#if w.external><span class="ref-external-hint"> (external link)</span></#if></a><#if w.title != w.name> <span class="ref-title">${w.title}</span></#if><#if !w.external> <span class="in-dossier">in this dossier</span></#if></p>
      <ul class="cited-in">
      <#list w.cited_in as c>
        <li>cited by <a href="${c.href}">${c.name}</a><#if c.paragraphs?has_content> in <#list c.paragraphs as p><a href="${p.href}">${p.label}</a><#sep>, </#list></#if></li>
      </#list>
      </ul>
    </li>
  </#list>
  </ul>
</section>
</#list>
<#else>
<p>No document of this dossier cites another document that the build recognised.</p>
</#if>
</@layout.page>

<#ftl output_format="HTML">
<#-- References of this document (dossier.annotation.references): the relations its editor declared,
     what it cites and which dossier documents cite it, each with the paragraphs concerned. -->
<#macro citationTarget e>
<a href="${e.href}" class="ref<#if e.external> ref-external" rel="external<#else> ref-dossier</#if>"><#if e.symbol?has_content><span class="symbol">${e.symbol}</span><#else>${e.title}</#if><#if e.part?has_content>, ${e.part}</#if><#if e.external><span class="ref-external-hint"> (external link)</span></#if></a><#if e.title?has_content && e.title != e.name> <span class="ref-title">${e.title}</span></#if>
</#macro>
<aside class="citations" aria-labelledby="citations-heading">
  <h2 id="citations-heading">References</h2>
  <#if content.linked_relations?has_content>
  <ul class="relations">
    <#list content.linked_relations as r>
    <li>${r.label} <a href="${r.href}" class="ref<#if r.external> ref-external" rel="external<#else> ref-dossier</#if>"><#if r.symbol?has_content><span class="symbol">${r.symbol}</span><#else>${r.title}</#if><#if r.external><span class="ref-external-hint"> (external link)</span></#if></a><#if r.title != r.name> <span class="ref-title">${r.title}</span></#if></li>
    </#list>
  </ul>
  </#if>
  <h3 id="cites-heading">Cites</h3>
  <#if content.cites?has_content>
  <ul class="citation-list" aria-labelledby="cites-heading">
    <#list content.cites as c>
    <li><@citationTarget c/><#if c.paragraphs?has_content> <span class="cited-from">— in <#list c.paragraphs as p><a href="${p.href}">${p.label}</a><#sep>, </#list></span></#if></li>
    </#list>
  </ul>
  <#else>
  <p>This document cites no other document that the build recognised.</p>
  </#if>
  <h3 id="cited-by-heading">Cited by</h3>
  <#if content.cited_by?has_content>
  <ul class="citation-list" aria-labelledby="cited-by-heading">
    <#list content.cited_by as c>
    <li><@citationTarget c/><#if c.paragraphs?has_content> <span class="cited-from">— in <#list c.paragraphs as p><a href="${p.href}">${p.label}</a><#sep>, </#list></span></#if></li>
    </#list>
  </ul>
  <#else>
  <p>No other document of the dossier cites this one.</p>
  </#if>
  <p><a href="${content.rootpath}citations.html">Every document cited in the dossier</a></p>
</aside>

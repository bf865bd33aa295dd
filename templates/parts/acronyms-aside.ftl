<#-- The acronyms this document spells out or uses, each linked to its glossary entry (data from AcronymAnnotator). -->
<#if content.acronyms?? && content.acronyms?has_content>
<aside class="acronyms-aside" aria-labelledby="acronyms-heading">
  <h2 id="acronyms-heading">Acronyms in this document</h2>
  <dl>
  <#list content.acronyms as a>
    <dt><a href="${content.rootpath}glossary.html#${a.id}"><abbr>${a.acronym}</abbr></a></dt>
    <dd>${a.expansion} <span class="use-count">(<#if a.defined>spelled out here<#if (a.count > 0)>; </#if></#if><#if (a.count > 0)>${a.count} ${(a.count == 1)?then("use", "uses")}</#if>)</span></dd>
  </#list>
  </dl>
</aside>
</#if>

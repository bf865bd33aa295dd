<#-- The index entries this document speaks of, each linked to the index page (data from IndexAnnotator). -->
<#if content.index_entries?? && content.index_entries?has_content>
<aside class="index-aside" aria-labelledby="index-aside-heading">
  <h2 id="index-aside-heading">In the index</h2>
  <ul class="use-places">
  <#list content.index_entries as e>
    <li><a href="${e.href}">${e.heading}<#if e.qualifier?has_content> (${e.qualifier})</#if></a> <span class="use-count">(${e.count} ${(e.count == 1)?then("paragraph", "paragraphs")})</span></li>
  </#list>
  </ul>
</aside>
</#if>

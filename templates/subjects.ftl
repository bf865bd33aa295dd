<#ftl output_format="HTML">
<#-- The index of people, places, organizations and subjects (dossier.annotation.index.DossierIndex). -->
<#import "layout.ftl" as layout>
<#assign index = content.index>
<#macro locators view>
  <#if view.documents()?has_content>
  <ul class="index-locators">
  <#list view.documents() as d>
    <#if d.compact()>
    <li>${d.document()}, paras. <#list d.links() as l><a href="${l.href()}">${l.label()}</a><#sep>, </#list></li>
    <#else>
    <#list d.links() as l><li><a href="${l.href()}">${l.label()}</a></li></#list>
    </#if>
  </#list>
  </ul>
  </#if>
</#macro>
<#macro entry view level>
  <#assign e = view.entry()>
  <article class="glossary-entry index-entry index-${e.category().key()}" id="${e.id()}" aria-labelledby="${e.id()}-heading">
    <#if level == 3><h3 id="${e.id()}-heading"><#else><h4 id="${e.id()}-heading"></#if>${e.heading()}<#if e.qualifier()?has_content> <span class="qualifier">(${e.qualifier()})</span></#if><#if level == 3></h3><#else></h4></#if>
    <p class="index-category">${e.category().key()}</p>
    <#assign others = e.variants()?filter(v -> v != e.heading())>
    <#if others?has_content><p class="variants">Written <#list others as v><span class="variant">${v}</span><#sep>; </#list></p></#if>
    <#if e.description()?has_content>
    <p class="description">${e.description()} <span class="source">(Source: ${e.source()}.)</span></p>
    </#if>
    <@locators view=view/>
    <#if !view.documents()?has_content && !view.subEntries()?has_content><p class="uses">Not named in the documents of this dossier.</p></#if>
    <#if view.seeAlso()?has_content>
    <p class="see-also"><em>See also</em> <#list view.seeAlso() as r><a href="#${r.id()}">${r.label()}</a><#sep>; </#list></p>
    </#if>
    <#list view.subEntries() as sub><@entry view=sub level=4/></#list>
  </article>
</#macro>
<@layout.page title=content.title rootpath=content.rootpath kind="subjects">
<header class="page-header">
  <h1>${content.title}</h1>
  <p class="lede">The people, places, organizations and subjects the documents speak of, each with a link to
    every paragraph that names it. Headings and descriptions are the editor’s and say where they come from;
    a name written in another form leads to its heading (<em>see</em>).</p>
</header>
<#if !index.entries()?has_content>
<p>This dossier has no index registry (content/index.yml) and its glossary names no organization.</p>
<#else>
<nav class="letter-nav" aria-label="Letters">
  <ul>
  <#list index.letters() as l>
    <li><#if l.items()?has_content><a href="#${l.id()}">${l.label()}</a><#else><span aria-hidden="true">${l.label()}</span></#if></li>
  </#list>
  </ul>
</nav>
<nav class="index-views" aria-labelledby="index-views-heading">
  <h2 id="index-views-heading">By category</h2>
  <#list index.categories() as c>
  <details id="view-${c.key()}">
    <summary>${c.title()} (${c.entries()?size})</summary>
    <ul class="use-places"><#list c.entries() as r><li><a href="#${r.id()}">${r.label()}</a></li></#list></ul>
  </details>
  </#list>
</nav>
<#assign map = index.map()>
<#if !map.isEmpty()>
<figure class="index-map">
  <svg viewBox="0 0 ${map.width()?c} ${map.height()?c}" width="100%" role="group" aria-labelledby="index-map-caption">
    <#list map.pins() as p>
    <a href="#${p.id()}" aria-label="${p.label()}">
      <circle fill="currentColor" cx="${p.x()?c}" cy="${p.y()?c}" r="3.5"><title>${p.label()}</title></circle>
      <#if p.anchor()?has_content><text fill="currentColor" font-size="11" font-family="system-ui, sans-serif" x="${p.labelX()?c}" y="${p.labelY()?c}" text-anchor="${p.anchor()}">${p.label()}</text></#if>
    </a>
    </#list>
  </svg>
  <figcaption id="index-map-caption">The places of the index that have coordinates, drawn to scale (no borders); each dot leads to its entry.</figcaption>
</figure>
</#if>
<#list index.letters() as l>
<#if l.items()?has_content>
<section class="glossary-letter" aria-labelledby="${l.id()}">
  <h2 id="${l.id()}">${l.label()}</h2>
  <#list l.items() as item>
  <#if item.entry()??>
  <@entry view=item.entry() level=3/>
  <#else>
  <p class="index-see">${item.see().text()} <em>see</em> <#list item.see().targets() as r><a href="#${r.id()}">${r.label()}</a><#sep>; </#list></p>
  </#if>
  </#list>
</section>
</#if>
</#list>
</#if>
</@layout.page>

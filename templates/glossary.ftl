<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign glossary = content.glossary>
<@layout.page title=content.title rootpath=content.rootpath kind="glossary">
<header class="page-header">
  <h1>${content.title}</h1>
  <p class="lede">The acronyms of the dossier’s documents: what each stands for, where a document first
    spells it out, and every paragraph that uses it. Descriptions are the editor’s and say where they
    come from; everything else is taken from the documents themselves.</p>
</header>
<#if !glossary.entries()?has_content>
<p>The documents of this dossier spell out no acronym, and it has no glossary file (content/glossary.yml).</p>
</#if>
<nav class="letter-nav" aria-label="Letters">
  <ul>
  <#list glossary.letters() as l>
    <li><#if l.entries()?has_content><a href="#letter-${l.letter()?lower_case}">${l.letter()}</a><#else><span aria-hidden="true">${l.letter()}</span></#if></li>
  </#list>
  </ul>
</nav>
<#list glossary.letters() as l>
<#if l.entries()?has_content>
<section class="glossary-letter" aria-labelledby="letter-${l.letter()?lower_case}">
  <h2 id="letter-${l.letter()?lower_case}">${l.letter()}</h2>
  <#list l.entries() as e>
  <article class="glossary-entry" id="${e.id()}" aria-labelledby="${e.id()}-term">
    <h3 id="${e.id()}-term"><abbr>${e.acronym()}</abbr><#list e.aliases() as a> · <abbr>${a}</abbr></#list></h3>
    <#if e.aliases()?has_content><p class="aliases">Also written <#list e.aliases() as a>${a}<#sep>, </#list>: the same entry.</p></#if>
    <dl class="expansions">
    <#list e.expansions() as x>
      <dt>${x.languageName()}</dt><dd<#if x.language()?has_content> lang="${x.language()}"</#if>>${x.text()}</dd>
    </#list>
    <#if e.writtenForms()?has_content>
      <dt>As the documents write it</dt>
      <#list e.writtenForms() as w><dd>${w}</dd></#list>
    </#if>
    </dl>
    <#if e.description()?has_content>
    <p class="description">${e.description()}<#if e.source()?has_content> <span class="source">(Source: ${e.source()}.)</span></#if></p>
    <#elseif !e.inEditorFile()>
    <p class="description missing">No description yet: the editor’s glossary file does not have this acronym.</p>
    </#if>
    <#if e.definitions()?has_content>
    <#assign first = e.definitions()[0]>
    <p class="defined">First defined in <a href="${first.href()}">${first.document()}, ${first.paragraph()}</a><#if (e.definitions()?size > 1)>; also spelled out in
      <#list e.definitions()[1..] as d><a href="${d.href()}">${d.document()}, ${d.paragraph()}</a><#sep>; </#list></#if>.</p>
    <#else>
    <p class="defined">Not spelled out in the documents.</p>
    </#if>
    <#if e.uses()?has_content>
    <div class="uses">
      <p>Used <span class="use-total">${e.useCount()}</span> ${(e.useCount() == 1)?then("time", "times")} in ${e.uses()?size} ${(e.uses()?size == 1)?then("document", "documents")}:</p>
      <ul>
      <#list e.uses() as u>
        <#assign written = e.writtenIn()[u.slug()]![]>
        <li><a href="${config.dossier_plan.page(u.slug())}">${u.document()}</a><#if written?has_content && (written?size > 1 || written[0] != e.acronym())> (as ${written?join(", ")})</#if> — <span class="use-count" data-count="${u.count()?c}">${u.count()} ${(u.count() == 1)?then("use", "uses")}</span>
          <ul class="use-places">
          <#list u.paragraphs() as p><li><a href="${p.place().href()}">${p.place().paragraph()}</a><#if (p.count() > 1)> ×${p.count()}</#if></li></#list>
          </ul>
        </li>
      </#list>
      </ul>
    </div>
    <#elseif e.definitions()?has_content>
    <p class="uses">Used only where it is spelled out.</p>
    <#else>
    <p class="uses">Not used in the documents of this dossier.</p>
    </#if>
    <#if e.seeAlso()?has_content>
    <p class="see-also">See also <#list e.seeAlso() as r><a href="#${r.id()}">${r.acronym()}</a><#sep>, </#list>.</p>
    </#if>
  </article>
  </#list>
</section>
</#if>
</#list>
</@layout.page>

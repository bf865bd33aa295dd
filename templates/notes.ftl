<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign plan = config.dossier_plan>
<@layout.page title=content.title rootpath=content.rootpath kind="notes">
<header class="page-header">
  <h1>${content.title}</h1>
  <p class="lede">What the editors of this dossier add to the documents: facts from the public record that
    help to read them, each with its source. On the document pages each note stands beside the paragraph
    it is about.</p>
</header>
<#list plan.documents() as d>
<#assign onThis = content.notes?filter(n -> n.slug() == d.slug())>
<#if onThis?has_content>
<section class="notes-on" aria-labelledby="notes-${d.slug()}">
  <h2 id="notes-${d.slug()}"><a href="${plan.page(d.slug())}">${d.metadata().title()}</a><#if d.metadata().symbol()?has_content> <span class="symbol">${d.metadata().symbol()}</span></#if></h2>
  <#list onThis as n>
  <article class="editor-note">
    <h3><a href="${plan.page(d.slug())}#${n.id()}">${n.title()?has_content?then(n.title(), "Editor's note")}</a></h3>
    ${n.html()?no_esc}
  </article>
  </#list>
</section>
</#if>
</#list>
</@layout.page>

<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#-- The tab and preview title: symbol and short title; the description: an editor's summary header, or the
     first sentence of the text. -->
<#assign summary = (content.summary?has_content)?then(content.summary!"", config.dossier_web.summary(content.slug))>
<@layout.page title=(content.symbol?has_content)?then(content.symbol + " · ", "") + config.dossier_web.shortTitle(content.title)
    rootpath=content.rootpath kind="document" description=summary uri="documents/${content.slug}.html" type="article">
<article class="document" aria-labelledby="document-title">
  <header class="document-header" data-added>
    <p class="document-meta">
      <span class="kind">${content.kind}</span><#if content.symbol?has_content> · <span class="symbol">${content.symbol}</span></#if>
      <#if content.document_date?has_content> · <time datetime="${content.iso_date}">${content.document_date}</time></#if>
      <#if content.issuing_body?has_content> · ${content.issuing_body}</#if>
    </p>
    <#if !(content.title_printed!false)><h1 id="document-title">${content.title}</h1></#if>
  </header>
  <#if content.toc?has_content>
  <nav class="toc" aria-label="Contents of this document">
    <h2>Contents</h2>
    <ol>
    <#list content.toc as h><li class="toc-level-${h.level}"><a href="#${h.anchor}"><#if h.number?has_content>${h.number} </#if>${h.text}</a></li></#list>
    </ol>
  </nav>
  </#if>
  ${content.body?no_esc}
  <#include "parts/acronyms-aside.ftl">
  <#include "parts/index-aside.ftl">
  <#include "parts/citations-aside.ftl">
  <#include "parts/cite-aside.ftl">
</article>
</@layout.page>

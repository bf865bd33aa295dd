<#ftl output_format="XML">
<#-- The Atom feed of the documents, newest first, rendered by JBake's feed renderer (only for a site with a
     public address: a feed names absolute addresses). Each entry: symbol and title, the document's date, and
     an editor's summary header or the first sentence of the text. -->
<#assign plan = config.dossier_plan>
<#assign web = config.dossier_web>
<#assign documents = published_documents?sort_by("iso_date")?reverse>
<#assign dated = documents?filter(d -> d.iso_date?has_content)>
<#assign newest = dated?has_content?then(dated[0].iso_date, "2000-01-01")>
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${plan.dossierTitle()}</title>
  <subtitle>The documents of the dossier, newest first</subtitle>
  <id>${web.url("feed.xml")}</id>
  <link rel="self" type="application/atom+xml" href="${web.url("feed.xml")}"/>
  <link rel="alternate" type="text/html" href="${web.url("index.html")}"/>
  <updated>${newest}T00:00:00Z</updated>
  <author><name>${plan.dossierTitle()}</name></author>
<#list documents as d>
  <#assign page = web.url("documents/" + d.slug + ".html")>
  <entry>
    <title><#if d.symbol?has_content>${d.symbol} · </#if>${d.title}</title>
    <id>${page}</id>
    <link rel="alternate" type="text/html" href="${page}"/>
    <updated>${d.iso_date?has_content?then(d.iso_date, newest)}T00:00:00Z</updated>
    <#if d.iso_date?has_content><published>${d.iso_date}T00:00:00Z</published></#if>
    <category term="${d.kind}"/>
    <summary>${(d.summary?has_content)?then(d.summary!"", web.summary(d.slug))}</summary>
  </entry>
</#list>
</feed>

<#ftl output_format="XML">
<#-- The Atom feed of the documents, newest first, rendered by JBake's feed renderer (only for a site with a
     public address: a feed names absolute addresses). Each entry: symbol and title, the document's date, and
     an editor's summary header or the first sentence of the text. -->
<#assign plan = config.dossier_plan>
<#assign web = config.dossier_web>
<#-- The plan holds the documents oldest first; they never enter JBake's content store. -->
<#assign documents = plan.documents()?reverse>
<#assign dated = documents?filter(d -> plan.isoDate(d)?has_content)>
<#assign newest = dated?has_content?then(plan.isoDate(dated[0]), "2000-01-01")>
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
  <#assign page = web.url(plan.address(d))>
  <entry>
    <title><#if d.metadata().symbol()?has_content>${d.metadata().symbol()} · </#if>${d.metadata().title()}</title>
    <id>${page}</id>
    <link rel="alternate" type="text/html" href="${page}"/>
    <updated>${plan.isoDate(d)?has_content?then(plan.isoDate(d), newest)}T00:00:00Z</updated>
    <#if plan.isoDate(d)?has_content><published>${plan.isoDate(d)}T00:00:00Z</published></#if>
    <category term="${d.metadata().kind().label()}"/>
    <summary>${web.summary(d.slug())}</summary>
  </entry>
</#list>
</feed>

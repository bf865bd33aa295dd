<#ftl output_format="HTML">
<#-- The frame of every page. Pages call <@layout.page> with their title, the path back to the site root
     and a kind (document, index, page, glossary …) used for styling. -->
<#macro page title rootpath kind description="">
<#assign plan = config.dossier_plan>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title} · ${config.dossier_plan.dossierTitle()}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<link rel="stylesheet" href="${rootpath}css/dossier.css">
</head>
<body class="kind-${kind}">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <nav class="site-nav" aria-label="Site">
    <a class="site-title" href="${rootpath}index.html">${config.dossier_plan.dossierTitle()}</a>
    <ul>
      <li><a href="${rootpath}index.html"<#if kind == "index"> aria-current="page"</#if>>Documents</a></li>
      <#list plan.pages() as p>
      <li><a href="${rootpath}${p.file()}"<#if title == p.title()> aria-current="page"</#if>>${p.title()}</a></li>
      </#list>
      <#-- The dossier's own editorial pages (content/pages): a dossier may have none, or others. -->
      <#list published_pages?sort_by("title") as e>
      <li><a href="${rootpath}${e.uri}"<#if title == e.title> aria-current="page"</#if>>${e.title}</a></li>
      </#list>
    </ul>
    <#if kind != "search" && plan.pages()?filter(p -> p.file() == "search.html")?has_content>
    <form class="site-search" role="search" action="${rootpath}search.html" method="get">
      <label class="visually-hidden" for="site-search-q">Search the dossier</label>
      <input id="site-search-q" name="q" type="search" placeholder="Search the dossier" autocomplete="off">
    </form>
    </#if>
  </nav>
</header>
<main id="main" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <p>${config.dossier_plan.dossierTitle()} · built with dossier from the United Nations' own documents<#list published_pages?filter(e -> e.uri == "pages/about.html") as e> ·
     <a href="${rootpath}${e.uri}">about this dossier</a></#list></p>
</footer>
<script src="${rootpath}js/dossier.js"></script>
</body>
</html>
</#macro>

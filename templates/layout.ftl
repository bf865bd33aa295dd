<#ftl output_format="HTML">
<#-- The frame of every page. Pages call <@layout.page> with their title, the path back to the site root
     and a kind (document, index, page, glossary …) used for styling; uri is the page's own path from the
     site root (JBake's content.uri when not given) and type its Open Graph type. -->
<#macro page title rootpath kind description="" uri="" type="website">
<#assign plan = config.dossier_plan>
<#assign web = config.dossier_web>
<#assign pageUri = uri?has_content?then(uri, (content.uri)!"index.html")>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title} · ${plan.dossierTitle()}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<#-- Only a site with a public address (dossier.base_url) names itself absolutely: an offline copy must not. -->
<#if kind == "not-found"><meta name="robots" content="noindex"></#if>
<#if web.isPublic() && kind != "not-found">
<link rel="canonical" href="${web.url(pageUri)}">
<link rel="alternate" type="application/atom+xml" title="${plan.dossierTitle()}: documents" href="${web.url("feed.xml")}">
<meta property="og:site_name" content="${plan.dossierTitle()}">
<meta property="og:title" content="${title}">
<meta property="og:type" content="${type}">
<meta property="og:url" content="${web.url(pageUri)}">
<#if description?has_content><meta property="og:description" content="${description}"></#if>
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${title}">
<#if description?has_content><meta name="twitter:description" content="${description}"></#if>
</#if>
<link rel="stylesheet" href="${rootpath}css/dossier.css">
</head>
<body class="kind-${kind}">
<a class="skip-link" href="#main">Skip to main content</a>
<#-- One bar: the dossier's name, the search box and, on a narrow screen, a menu (a <details>, which works
     without JavaScript) holding the same links the wide screen shows in a row. -->
<header class="site-header">
  <div class="site-bar">
    <a class="site-title" href="${rootpath}index.html">${plan.dossierTitle()}</a>
    <nav class="site-nav site-nav-wide" aria-label="Site"><@navLinks rootpath kind title plan/></nav>
    <#if kind != "search" && plan.pages()?filter(p -> p.file() == "search.html")?has_content>
    <form class="site-search" role="search" action="${rootpath}search.html" method="get">
      <label class="visually-hidden" for="site-search-q">Search the dossier</label>
      <input id="site-search-q" name="q" type="search" placeholder="Search" autocomplete="off">
    </form>
    </#if>
    <details class="site-menu">
      <summary>Menu</summary>
      <nav class="site-nav site-nav-menu" aria-label="Site menu"><@navLinks rootpath kind title plan/></nav>
    </details>
  </div>
</header>
<main id="main" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <p>${plan.dossierTitle()} · built with dossier from the United Nations' own documents<#list published_pages?filter(e -> e.uri == "pages/about.html") as e> ·
     <a href="${rootpath}${e.uri}">about this dossier</a></#list><#if web.isPublic()> ·
     <a href="${rootpath}feed.xml">new documents (Atom feed)</a></#if></p>
</footer>
<script src="${rootpath}js/dossier.js"></script>
</body>
</html>
</#macro>

<#-- The site's navigation links, shown in a row on a wide screen and in the menu on a narrow one. -->
<#macro navLinks rootpath kind title plan>
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
</#macro>

<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=content.title rootpath=content.rootpath kind="page">
<article class="editorial">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
</article>
</@layout.page>

<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign timeline = content.timeline>
<@layout.page title=content.title rootpath=content.rootpath kind="timeline">
<header class="page-header">
  <h1>${content.title}</h1>
  <p class="lede">Every date that the documents give, in order, with the sentence that gives it and a
    link to its paragraph; and the day each document was issued. Where a sentence gives a day and month
    without the year (“On 22 March, a mutiny …”), the year is the one that puts the day on or before the
    document’s own date, and is shown in brackets as inferred.</p>
</header>
<nav class="year-nav" aria-label="Years">
  <ul><#list timeline.years() as y><li><a href="#year-${y.year()?c}">${y.year()?c}</a></li></#list></ul>
</nav>
<#list timeline.years() as y>
<section class="timeline-year" aria-labelledby="year-${y.year()?c}">
  <h2 id="year-${y.year()?c}">${y.year()?c}</h2>
  <ol class="timeline">
  <#list y.days() as day>
    <li class="timeline-day" id="d-${day.date().toString()}">
      <h3><time datetime="${day.date().toString()}">${day.label()}</time></h3>
      <#list day.issued() as d>
      <p class="issued">Issued: <a href="documents/${d.slug()}.html">${d.metadata().title()}</a><#if d.metadata().symbol()?has_content> (<span class="symbol">${d.metadata().symbol()}</span>)</#if></p>
      </#list>
      <#if day.mentions()?has_content>
      <ul class="mentions">
      <#list day.mentions() as m>
        <li><blockquote>${m.before()}<mark>${m.written()}</mark><#if m.yearInferred()> <span class="inferred">[${m.date().getYear()?c}: year inferred from the document’s date]</span></#if>${m.after()}</blockquote>
          <a class="source" href="documents/${m.slug()}.html#${m.anchor()}">${m.document()}, ${m.paragraph()}</a></li>
      </#list>
      </ul>
      </#if>
    </li>
  </#list>
  </ol>
</section>
</#list>
</@layout.page>

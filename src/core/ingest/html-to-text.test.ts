import { describe, expect, it } from 'vitest';
import { htmlToArticle, sniffHtmlCharset } from './html-to-text.ts';

function createPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Digital China Summit opens in Fuzhou | Example News</title>
  <meta property="og:title" content="Sixth Digital China Summit opens in Fuzhou">
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2023-04-27T09:30:00+08:00">
  <link rel="canonical" href="https://news.example.com/2023/04/27/summit.html">
  <style>body { font-family: serif; }</style>
  <script>window.dataLayer = [{ page: "summit" }];</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
  <article>
    <h1>Sixth Digital China Summit opens in Fuzhou</h1>
    <time datetime="2023-04-26">April 26</time>
    <p>The sixth Digital China Summit opened on Thursday in Fuzhou, capital of
       East China&rsquo;s Fujian Province.</p>
    <figure><img src="a.jpg"><figcaption>Visitors at the expo. Photo: Xinhua</figcaption></figure>
    <p>More than 1,500 guests attended &amp; discussed AI.<br>A second line.</p>
    <script>trackRead();</script>
  </article>
  <aside>Related: <a href="/x">Other story</a></aside>
  <footer>© 2023 Example News</footer>
</body>
</html>`;
}

describe('htmlToArticle', () => {
  it('keeps the article text and drops scripts, styles, navigation, asides and footers', () => {
    const { text } = htmlToArticle(createPage());
    expect(text).toContain(
      'The sixth Digital China Summit opened on Thursday in Fuzhou, capital of East China’s Fujian Province.',
    );
    expect(text).toContain('More than 1,500 guests attended & discussed AI.\nA second line.');
    expect(text).not.toMatch(/dataLayer|trackRead|font-family|Home|Related|© 2023/);
  });

  it('separates paragraphs with a blank line', () => {
    const { text } = htmlToArticle('<body><p>One.</p><p>Two.</p></body>');
    expect(text).toBe('One.\n\nTwo.');
  });

  it('takes the title from og:title first', () => {
    expect(htmlToArticle(createPage()).title).toBe('Sixth Digital China Summit opens in Fuzhou');
  });

  it('falls back to the h1, then to <title> without the site name', () => {
    expect(htmlToArticle('<body><h1>Big Data Expo <em>opens</em></h1></body>').title).toBe(
      'Big Data Expo opens',
    );
    expect(htmlToArticle('<title>Big Data Expo opens - Guizhou Daily</title><p>x</p>').title).toBe(
      'Big Data Expo opens',
    );
  });

  it('reads the publication date from article:published_time before <time>', () => {
    expect(htmlToArticle(createPage()).published).toBe('2023-04-27T09:30:00+08:00');
  });

  it('reads the date from <time datetime> when there is no meta date', () => {
    const page = '<article><time datetime="2021-07-08">July 8</time><p>WAIC opened.</p></article>';
    expect(htmlToArticle(page).published).toBe('2021-07-08');
  });

  it('reads the date from JSON-LD datePublished', () => {
    const page =
      '<script type="application/ld+json">{"datePublished":"2022-11-09"}</script><p>x</p>';
    expect(htmlToArticle(page).published).toBe('2022-11-09');
  });

  it('reads the canonical URL and the outlet', () => {
    const page = htmlToArticle(createPage());
    expect(page.url).toBe('https://news.example.com/2023/04/27/summit.html');
    expect(page.outlet).toBe('Example News');
  });

  it('decodes numeric character references', () => {
    expect(htmlToArticle('<p>&#20013;&#x56FD; &#8220;AI&#8221;</p>').text).toBe('中国 “AI”');
  });

  it('drops an unclosed script to the end of the page', () => {
    expect(htmlToArticle('<p>Kept.</p><script>var a = "<p>lost</p>";').text).toBe('Kept.');
  });

  // A quadratic scan of this page runs for minutes: the test's timeout is the guard, not a target.
  it('reads a broken 4 MB page of unclosed tags without backtracking', { timeout: 20_000 }, () => {
    const broken = `<p>Start.</p>${'<script <article <title <meta x <!-- a < b '.repeat(100_000)}`;
    expect(htmlToArticle(broken).text).toMatch(/^Start\./);
  });

  it('drops HTML comments', () => {
    expect(htmlToArticle('<p>Kept<!-- <p>hidden</p> --></p>').text).toBe('Kept');
  });
});

describe('htmlToArticle on broken markup', () => {
  const STORY = '<p>The AI Expo opened in Shenzhen on Monday with 300 exhibitors.</p>';

  it('reads past a <svg> inside an attribute value', () => {
    const page = `<body><div data-icon="<svg viewBox='0 0 1 1'>"></div><article>${STORY}</article></body>`;
    expect(htmlToArticle(page).text).toBe(
      'The AI Expo opened in Shenzhen on Monday with 300 exhibitors.',
    );
  });

  it('reads the article after a <nav> that is never closed', () => {
    const page = `<body><nav><a href="/">Home</a><article>${STORY}</article></body>`;
    expect(htmlToArticle(page).text).toBe(
      'The AI Expo opened in Shenzhen on Monday with 300 exhibitors.',
    );
  });

  it('reads the body after a <head> that is never closed', () => {
    const page = `<html><head><title>Expo</title><body>${STORY}</body></html>`;
    expect(htmlToArticle(page).text).toBe(
      'The AI Expo opened in Shenzhen on Monday with 300 exhibitors.',
    );
  });

  it('does not take a <svg> written in a script for an element', () => {
    const page = `<body><script>const icon = "<svg>";</script>${STORY}</body>`;
    expect(htmlToArticle(page).text).toBe(
      'The AI Expo opened in Shenzhen on Monday with 300 exhibitors.',
    );
  });
});

describe('sniffHtmlCharset', () => {
  it('finds <meta charset>', () => {
    const bytes = new TextEncoder().encode('<html><head><meta charset="gb2312"><title>');
    expect(sniffHtmlCharset(bytes)).toBe('gb2312');
  });

  it('finds the http-equiv form', () => {
    const html = '<meta http-equiv="Content-Type" content="text/html; charset=GBK">';
    expect(sniffHtmlCharset(new TextEncoder().encode(html))).toBe('GBK');
  });

  it('returns null when nothing is declared', () => {
    expect(sniffHtmlCharset(new TextEncoder().encode('<p>plain</p>'))).toBeNull();
  });
});

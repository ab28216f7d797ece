import { describe, expect, it } from 'vitest';
import { markdownToArticle } from './markdown-to-text.ts';

describe('markdownToArticle', () => {
  it('reads title and date from front matter', () => {
    const md = '---\ntitle: "Robotics fair in Beijing"\ndate: 2023-08-16\n---\nThe fair opened.';
    expect(markdownToArticle(md)).toEqual({
      title: 'Robotics fair in Beijing',
      published: '2023-08-16',
      text: 'The fair opened.',
    });
  });

  it('takes a leading heading as the title and keeps it as a line of text', () => {
    const result = markdownToArticle('# World Robot Conference opens\n\nIt opened in **Beijing**.');
    expect(result.title).toBe('World Robot Conference opens');
    expect(result.text).toBe('World Robot Conference opens\n\nIt opened in Beijing.');
  });

  it('strips emphasis, links, images, inline code and blockquotes', () => {
    const md =
      '> The *summit* was held in [Hangzhou](https://x.cn/hz) ![map](m.png) with `5G` demos.\n' +
      'A __bold__ claim and ~~a retraction~~.';
    expect(markdownToArticle(md).text).toBe(
      'The summit was held in Hangzhou  with 5G demos.\nA bold claim and a retraction.',
    );
  });

  it('strips list markers, rules, reference links and table rulers', () => {
    const md =
      '- first item\n1. second item\n\n---\n| City | Date |\n|---|---|\n| Xi’an | May 18 |\n\n[1]: https://x';
    expect(markdownToArticle(md).text).toBe('first item\nsecond item\n\nCity  Date\nXi’an  May 18');
  });

  it('keeps the content of code fences without the fences', () => {
    expect(markdownToArticle('```\nraw text\n```').text).toBe('raw text');
  });

  it('keeps snake_case words intact', () => {
    expect(markdownToArticle('the big_data_expo site').text).toBe('the big_data_expo site');
  });

  // A backtracking pattern takes minutes on this line: the test's timeout is the guard, not a target.
  it('reads a 200,000-character line of unmatched markup', { timeout: 20_000 }, () => {
    const line = '[a ![b `c **d ~~e <x '.repeat(10_000);
    expect(markdownToArticle(line).text.length).toBeGreaterThan(100_000);
  });

  // Each took up to a minute before: the timeout is the guard, not a target.
  it('reads a table rule followed by 200,000 spaces and a letter as text', () => {
    const spaces = ' '.repeat(200_000);
    expect(markdownToArticle(`|---${spaces}x`).text).toBe(`---${spaces}x`);
  });

  it('reads a heading with 200,000 spaces inside as the title', () => {
    const spaces = ' '.repeat(200_000);
    expect(markdownToArticle(`# x${spaces}y`).title).toBe(`x${spaces}y`);
  });

  it('joins table cells with 200,000 spaces before a bar', () => {
    expect(markdownToArticle(`| a${' '.repeat(200_000)}| b |`).text).toBe('a  b');
  });

  it('drops the closing hashes of a heading', () => {
    expect(markdownToArticle('## C# and Rust ##  \n\nText.').title).toBe('C# and Rust');
  });
});

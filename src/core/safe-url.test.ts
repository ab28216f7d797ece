import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url.ts';

describe('safeHttpUrl', () => {
  it('keeps an http URL', () => {
    expect(safeHttpUrl('http://www.shine.cn/news/metro/2309201586/')).toBe(
      'http://www.shine.cn/news/metro/2309201586/',
    );
  });

  it('keeps an https URL', () => {
    expect(safeHttpUrl(' https://example.org/a b ')).toBe('https://example.org/a%20b');
  });

  it('refuses a javascript URL, whatever its case or padding', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('  JavaScript:alert(1)')).toBeNull();
    expect(safeHttpUrl('java\tscript:alert(1)')).toBeNull();
  });

  it('refuses data and file URLs', () => {
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('file:///etc/passwd')).toBeNull();
  });

  it('refuses relative and missing URLs', () => {
    expect(safeHttpUrl('/news/1')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

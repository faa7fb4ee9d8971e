import { describe, expect, it } from 'vitest';
import { matchesPattern, sitePattern } from './match-pattern';

describe('URL match patterns for adapters and allowed sites', () => {
  it.each([
    ['https://or.hospital.example/board/*', 'https://or.hospital.example/board/today?room=3', true],
    ['https://or.hospital.example/board/*', 'https://or.hospital.example/admin', false],
    ['https://or.hospital.example/*', 'http://or.hospital.example/', false],
    ['*://or.hospital.example/*', 'http://or.hospital.example/x', true],
    ['*://*.hospital.example/*', 'https://periop.east.hospital.example/a', true],
    ['*://*.hospital.example/*', 'https://hospital.example/a', true],
    ['*://*.hospital.example/*', 'https://evilhospital.example/a', false],
    ['http://localhost/*', 'http://localhost:8080/or-schedule.html', true],
    ['http://localhost:9000/*', 'http://localhost:8080/', false],
    ['<all_urls>', 'https://any.example/', true],
    ['<all_urls>', 'file:///etc/passwd', false],
    ['not a pattern', 'https://x.example/', false],
  ])('%s against %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it('turns a page URL into the pattern that covers its site, whatever the port and path', () => {
    expect(sitePattern('https://or.hospital.example:8443/board?x=1')).toBe('https://or.hospital.example/*');
    expect(matchesPattern(sitePattern('http://localhost:5173/a'), 'http://localhost:9/b')).toBe(true);
  });

  it('treats dots and other regex characters in paths literally', () => {
    expect(matchesPattern('https://x.example/a.b/*', 'https://x.example/aXb/c')).toBe(false);
    expect(matchesPattern('https://x.example/a.b/*', 'https://x.example/a.b/c')).toBe(true);
  });
});

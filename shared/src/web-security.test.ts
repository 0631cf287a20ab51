import { describe, expect, it } from 'vitest';
import { AllowedOriginsSetting, bodyTypeProblem, pagePolicy, requestSite, TrustedProxySetting } from './web-security.js';

describe('where a request comes from', () => {
  const own = ['http://127.0.0.1:8080'];
  it('believes fetch metadata first, then Origin; neither is not a browser', () => {
    expect(requestSite({ 'sec-fetch-site': 'same-origin', origin: 'null' }, own)).toBe('own');
    expect(requestSite({ origin: 'http://127.0.0.1:8080' }, own)).toBe('own');
    expect(requestSite({}, own)).toBe('not-a-browser');
    expect(requestSite({ 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:9999' }, own)).toBe('foreign');
    expect(requestSite({ origin: 'http://127.0.0.1:9999' }, own)).toBe('foreign');
    expect(requestSite({ origin: 'null' }, [...own, 'null'])).toBe('foreign');
    expect(requestSite({ 'sec-fetch-site': 'cross-site' }, own)).toBe('foreign');
  });
});

describe('the body of a state-changing request', () => {
  it('is JSON, or absent without a content type', () => {
    expect(bodyTypeProblem({ 'content-type': 'application/json; charset=utf-8', 'content-length': '2' })).toBeUndefined();
    expect(bodyTypeProblem({ 'content-type': 'application/merge-patch+json' })).toBeUndefined();
    expect(bodyTypeProblem({})).toBeUndefined();
    expect(bodyTypeProblem({ 'content-length': '0' })).toBeUndefined();
    expect(bodyTypeProblem({ 'content-length': '2' })).toMatch(/JSON/);
    expect(bodyTypeProblem({ 'transfer-encoding': 'chunked' })).toMatch(/JSON/);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
      expect(bodyTypeProblem({ 'content-type': type }), type).toMatch(/not accepted/);
    }
  });
});

describe('the settings', () => {
  it('reads trusted proxies as Express takes them, and refuses trusting everyone', () => {
    expect(TrustedProxySetting.parse('loopback, 10.0.0.0/8,::1')).toEqual(['loopback', '10.0.0.0/8', '::1']);
    expect(TrustedProxySetting.parse('2')).toBe(2);
    expect(TrustedProxySetting.safeParse('true').success).toBe(false);
    expect(TrustedProxySetting.safeParse('proxy.example.dk').error?.issues[0]?.message).toMatch(/"proxy.example.dk" is not an address/);
  });

  it('reads allowed origins as origins only', () => {
    expect(AllowedOriginsSetting.parse('https://intra.example.dk/, http://10.0.0.5:8080')).toEqual(['https://intra.example.dk', 'http://10.0.0.5:8080']);
    expect(AllowedOriginsSetting.safeParse('https://intra.example.dk/staff').success).toBe(false);
    expect(AllowedOriginsSetting.safeParse('intra.example.dk').success).toBe(false);
  });

  it('gives pages a policy without inline code that no other page may frame', () => {
    expect(pagePolicy()).toMatch(/frame-ancestors 'none'/);
    expect(pagePolicy()).not.toMatch(/unsafe/);
    expect(pagePolicy({ connectSources: ['http:', 'https:'] })).toMatch(/connect-src 'self' http: https:/);
  });
});

import { bearerToken, cookieIsSecure } from './session-cookie.js';
import { trustProxy } from './http-setup.js';

describe('session cookie settings', () => {
  it('makes the cookie Secure when configured, or automatically for an https public address', () => {
    expect(cookieIsSecure({ COOKIE_SECURE: 'auto', PUBLIC_URL: 'https://netzwerkstatt.example' })).toBe(true);
    expect(cookieIsSecure({ COOKIE_SECURE: 'auto', PUBLIC_URL: 'http://localhost:3000' })).toBe(false);
    expect(cookieIsSecure({ COOKIE_SECURE: 'true', PUBLIC_URL: 'http://localhost:3000' })).toBe(true);
    expect(cookieIsSecure({ COOKIE_SECURE: 'false', PUBLIC_URL: 'https://netzwerkstatt.example' })).toBe(
      false,
    );
  });

  it('reads only well-formed bearer headers', () => {
    expect(bearerToken('Bearer abc123')).toBe('abc123');
    expect(bearerToken('bearer   abc123 ')).toBe('abc123');
    expect(bearerToken('Basic abc123')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('maps TRUST_PROXY to what Express expects', () => {
    expect(trustProxy('false')).toBe(false);
    expect(trustProxy('true')).toBe(true);
    expect(trustProxy('2')).toBe(2);
    expect(trustProxy('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });
});

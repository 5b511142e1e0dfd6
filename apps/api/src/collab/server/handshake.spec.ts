import { EDITOR_SCHEMA_VERSION } from '@netzwerkstatt/editor';
import { isCollabAddress, originAllowed, parseCollabAddress, sessionTokenOf } from './handshake.js';

const v = EDITOR_SCHEMA_VERSION;

describe('collab handshake', () => {
  it('reads the guideline id and checks the schema version', () => {
    expect(parseCollabAddress(`/collab/0b6c2a0e-1f7d-4c41-9d5b-1f1b7a8b9c0d?v=${v}`)).toEqual({
      guidelineId: '0b6c2a0e-1f7d-4c41-9d5b-1f1b7a8b9c0d',
    });
    expect(parseCollabAddress(`/collab/abc?v=${v + 1}`)).toEqual({ refused: 'OUTDATED_SCHEMA' });
    expect(parseCollabAddress('/collab/abc')).toEqual({ refused: 'BAD_REQUEST' });
    expect(parseCollabAddress(`/collab/?v=${v}`)).toEqual({ refused: 'BAD_REQUEST' });
    expect(parseCollabAddress(`/collab/a%2Fb?v=${v}`)).toEqual({ refused: 'BAD_REQUEST' });
    expect(parseCollabAddress(`/collab/a/b?v=${v}`)).toEqual({ refused: 'BAD_REQUEST' });
  });

  it('knows its own addresses', () => {
    expect(isCollabAddress('/collab/x?v=1')).toBe(true);
    expect(isCollabAddress('/collab')).toBe(true);
    expect(isCollabAddress('/collaborate')).toBe(false);
    expect(isCollabAddress('/graphql')).toBe(false);
  });

  it('takes the bearer token before the cookie', () => {
    expect(sessionTokenOf({ authorization: 'Bearer abc', cookie: 'netzwerkstatt_session=def' })).toEqual({
      token: 'abc',
      viaCookie: false,
    });
    expect(sessionTokenOf({ cookie: 'a=1; netzwerkstatt_session=d%3Def; b=2' })).toEqual({
      token: 'd=ef',
      viaCookie: true,
    });
    expect(sessionTokenOf({ cookie: 'other=1' })).toBeNull();
  });

  it('accepts a browser only from the site itself', () => {
    const publicUrl = 'https://netzwerkstatt.example';
    expect(originAllowed({ origin: 'https://netzwerkstatt.example', host: 'internal:3000' }, publicUrl)).toBe(
      true,
    );
    expect(originAllowed({ origin: 'http://localhost:5173', host: 'localhost:5173' }, publicUrl)).toBe(true);
    expect(originAllowed({ origin: 'https://evil.example', host: 'netzwerkstatt.example' }, publicUrl)).toBe(
      false,
    );
    expect(originAllowed({ origin: 'null', host: 'netzwerkstatt.example' }, publicUrl)).toBe(false);
    expect(originAllowed({ host: 'netzwerkstatt.example' }, publicUrl)).toBe(true);
  });
});

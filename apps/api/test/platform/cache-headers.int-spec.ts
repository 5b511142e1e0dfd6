import { startTestApp, TestApp } from '../support/test-app.js';

/** GraphQL answers hold personal and access-controlled data: no browser or proxy may store them. */
describe('GraphQL response caching', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
  });
  afterAll(() => t.close());

  async function cacheControl(
    query: string,
    bearer?: string,
  ): Promise<{ status: number; header: string | null }> {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    await response.arrayBuffer();
    return { status: response.status, header: response.headers.get('cache-control') };
  }

  it('marks answers, refusals and invalid queries as not to be stored', async () => {
    expect(await cacheControl('{ actionFields { key } }', token)).toEqual({
      status: 200,
      header: 'no-store',
    });
    expect(await cacheControl('{ me { id } }')).toEqual({ status: 200, header: 'no-store' });
    expect(await cacheControl('{ actionFields { key } }')).toEqual({ status: 200, header: 'no-store' });
    expect(await cacheControl('{ noSuchField }', token)).toEqual({ status: 400, header: 'no-store' });
  });
});

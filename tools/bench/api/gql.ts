// A minimal GraphQL-over-HTTP client for the benchmark: one POST per request, keep-alive
// connections (Node's fetch pools them), errors surfaced as exceptions with the server's message.

export interface GraphQLClient {
  url: string;
  request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

const TIMEOUT_MS = 60_000;

export function graphqlClient(url: string, token?: string): GraphQLClient {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return {
    url,
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const text = await response.text();
      let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error(`${url}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
      }
      if (body.errors?.length) {
        const first = body.errors[0];
        const code = first.extensions?.code ? ` (${first.extensions.code})` : '';
        throw new Error(`${url}: ${first.message}${code}`);
      }
      if (!response.ok || body.data === undefined || body.data === null) {
        throw new Error(`${url}: HTTP ${response.status} without data`);
      }
      return body.data;
    },
  };
}

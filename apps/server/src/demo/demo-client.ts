import type { FastifyInstance } from 'fastify';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A browser-like client over app.inject, as the web app would be: keeps the cookies and echoes the CSRF cookie
 * in its header. Any answer but the expected status stops the demo with the route and the error code.
 */
export class DemoClient {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly app: FastifyInstance) {}

  async request<T>(method: Method, url: string, body?: unknown): Promise<T> {
    if (method !== 'GET' && !this.cookies.has('ld_csrf')) await this.request('GET', '/api/setup/status');
    const csrf = this.cookies.get('ld_csrf');
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      headers: {
        'user-agent': 'liandong-demo',
        ...(cookie ? { cookie } : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    for (const set of response.cookies) {
      if (set.value === '' || (set.expires && set.expires.getTime() < Date.now())) this.cookies.delete(set.name);
      else this.cookies.set(set.name, set.value);
    }
    if (response.statusCode >= 300) {
      throw new Error(`Demo data: ${method} ${url} answered ${response.statusCode} ${response.body}`);
    }
    return response.json() as T;
  }

  get = <T>(url: string) => this.request<T>('GET', url);
  post = <T>(url: string, body: unknown) => this.request<T>('POST', url, body);
  patch = <T>(url: string, body: unknown) => this.request<T>('PATCH', url, body);
}

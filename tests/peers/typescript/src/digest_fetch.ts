// HTTP Digest for openapi-fetch, shared by the programs here.
import DigestClient from "digest-fetch";

/**
 * openapi-fetch calls its `fetch` with a Request; digest-fetch takes (url, init) and sends the
 * init again after the 401 challenge, so the body is read once into a string. digest-fetch keeps
 * the nonce: after the first challenge each call is one request.
 */
export function digestFetch(username: string, password: string): (request: Request) => Promise<Response> {
  const digest = new DigestClient(username, password);
  return async (request) => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.text();
    return (await digest.fetch(request.url, { method: request.method, headers, body })) as Response;
  };
}

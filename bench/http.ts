/** One GraphQL request over HTTP, returning the raw body so front doors can be compared byte for byte and as data. */
export async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status} de ${url}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`Errores GraphQL de ${url}: ${body.errors.map((error) => error.message).join('; ')}`);
  return text;
}

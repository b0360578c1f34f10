/** Error codes of a connection the other side closed: undici's, and the socket's own. */
const CLOSED_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/**
 * Whether a request failed because the server closed its kept-alive connection under it, before
 * answering (undici rejects before any response headers). A read is then safe to send once more on a
 * fresh connection: the subgraph never ran it, or ran it without changing anything.
 */
export function closedByPeer(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && CLOSED_CODES.has(code)) || message === 'other side closed';
}

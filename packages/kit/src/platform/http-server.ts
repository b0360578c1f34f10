import { createServer, type RequestListener, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { outlastClientKeepAlive } from './keep-alive.js';

/** What Node's HTTP parser refuses before any request reaches Express, said as a GraphQL error in JSON. */
function answerInJson(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'La URL o las cabeceras de la petición pasan de 16 KB; envíe la consulta por POST.']
      : [400, 'Bad Request', 'La petición HTTP está mal formada.'];
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The HTTP server of the gateway and of every subgraph: keeps idle connections longer than its
 * clients do (keep-alive.ts), and answers requests Node itself refuses (a GET whose URL passes 16 KB,
 * a malformed request line) in JSON like every other refusal, instead of an empty answer.
 */
export function createGraphQLHttpServer(listener: RequestListener): Server {
  const server = outlastClientKeepAlive(createServer(listener));
  server.on('clientError', answerInJson);
  return server;
}

import type { IncomingMessage } from 'node:http';
import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { createRequestVerifier, type NonceMemory, type Verification } from '../modules/reporting/gateway-signature.js';
import { ANONYMOUS, verifyAuthorization, type Identity } from '../modules/reporting/identity.js';

/** The exact bytes of each request body, kept by express.json's `verify` hook for the signature check. */
const rawBodies = new WeakMap<IncomingMessage, Buffer>();

export const keepRawBody = (request: IncomingMessage, _response: unknown, body: Buffer): void => {
  rawBodies.set(request, body);
};

function refuse(
  request: IncomingMessage & { log?: { warn(object: object, message: string): void } },
  response: Response,
  message: string,
): void {
  request.log?.warn({ reason: message }, 'autenticación rechazada');
  response.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/** The identity the middleware below settled on for this request. */
export function identityOf(response: Response): Identity {
  return (response.locals.identity as Identity | undefined) ?? ANONYMOUS;
}

/**
 * Who a subgraph request comes from, settled before Apollo Server sees it: the identity the gateway
 * signed for (a signature that does not verify is refused with HTTP 401 and a GraphQL error, never
 * trusted, never a 500); in development mode only, a bearer token sent straight to the subgraph;
 * otherwise an anonymous reader.
 */
export function verifyRequestIdentity(gatewaySecret: string, directTokenKey: Uint8Array | null, nonces: NonceMemory): RequestHandler {
  const verify = createRequestVerifier(gatewaySecret, nonces);
  return async (request, response, next) => {
    let verification: Verification;
    try {
      verification = await verify(request.headers, rawBodies.get(request));
    } catch (error) {
      // The nonce store did not answer (its database is down): not the client's fault, and nothing is trusted.
      return next(error);
    }
    if (verification.signed) {
      if ('refused' in verification) return refuse(request, response, `Petición rechazada: ${verification.refused}.`);
      response.locals.identity = verification.identity;
      return next();
    }
    if (!directTokenKey || !request.headers.authorization) return next();
    verifyAuthorization(request.headers.authorization, directTokenKey).then(
      (identity) => {
        response.locals.identity = identity;
        next();
      },
      (error: unknown) => refuse(request, response, error instanceof GraphQLError ? error.message : 'El token no es válido.'),
    );
  };
}

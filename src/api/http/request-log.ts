import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { stdSerializers } from 'pino';
import { pinoHttp } from 'pino-http';

/** GET /graphql URLs carry the whole document; the head of one is enough to find it again. */
const MAX_LOGGED_URL = 1024;

interface LoggedRequest {
  readonly id: unknown;
  readonly method: string | undefined;
  readonly url: string;
}

/**
 * What a request log line says about the request: its id, method and (shortened) URL. Headers
 * are never logged: an Authorization header holds an editor's API key. Also cheap, which
 * matters on the widget's every page view: the standard serializer copies every header and
 * parses the query string for each request.
 */
function serializeRequest(req: IncomingMessage & { id?: unknown; originalUrl?: string }): LoggedRequest {
  const url = req.originalUrl ?? req.url ?? '';
  return { id: req.id, method: req.method, url: url.length > MAX_LOGGED_URL ? `${url.slice(0, MAX_LOGGED_URL)}…` : url };
}

function serializeResponse(res: ServerResponse): { readonly statusCode: number } {
  return { statusCode: res.statusCode };
}

/** Request ids: a caller's X-Request-Id when it is a plain token, else a fresh UUID; echoed back. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.-]{1,64}$/u.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** One log line per finished request (probes excluded), with its id, status and time. */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: requestId,
    wrapSerializers: false,
    serializers: { req: serializeRequest, res: serializeResponse, err: stdSerializers.err },
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
  });
}

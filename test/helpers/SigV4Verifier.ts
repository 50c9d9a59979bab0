/**
 * Server-side check of AWS Signature Version 4 `Authorization` headers, for {@link FakeLambdaServer}.
 *
 * @module helpers
 */
import { timingSafeEqual } from 'node:crypto';
import { type IncomingHttpHeaders } from 'node:http';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';

/** The identity and scope a request must be signed with. */
export interface SigV4VerifierOptions {
  /** Expected access key id (`Credential=<id>/...`). */
  readonly accessKeyId: string;
  /** Secret used to recompute the signature. */
  readonly secretAccessKey: string;
  /** Expected signing region, e.g. `us-east-1`. */
  readonly region: string;
  /** Expected signing service; default `lambda`. */
  readonly service?: string;
}

/** The parts of an incoming HTTP request that SigV4 covers. */
export interface SigV4IncomingRequest {
  /** HTTP method. */
  readonly method: string;
  /** Raw path as sent on the wire (still URI-encoded), without the query string. */
  readonly path: string;
  /** Raw query string without the leading `?` (may be empty). */
  readonly query: string;
  /** Request headers (names lower-cased, as node delivers them). */
  readonly headers: IncomingHttpHeaders;
  /** Raw request body. */
  readonly body: Buffer;
}

/** Error types the verifier reports, as AWS names them. */
export type SigV4ErrorType = 'MissingAuthenticationTokenException' | 'InvalidSignatureException' | 'UnrecognizedClientException';

/** Outcome of {@link SigV4Verifier.verify}. */
export type SigV4Result =
  | { readonly valid: true }
  | { readonly valid: false; readonly errorType: SigV4ErrorType; readonly message: string };

interface ParsedAuthorization {
  readonly accessKeyId: string;
  readonly shortDate: string;
  readonly region: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const CONTENT_SHA256 = 'x-amz-content-sha256';
const AMZ_DATE = 'x-amz-date';

/**
 * Recomputes a request's SigV4 signature with the SDK's own signer (@smithy/signature-v4), using the request's
 * `X-Amz-Date` and its list of signed headers, and compares it with the `Authorization` header.
 * The payload hash is always recomputed from the body, so a tampered body fails even when the client's
 * `x-amz-content-sha256` header was left as signed. Only header-based signing is supported (no presigned URLs).
 */
export class SigV4Verifier {
  private readonly _options: Required<SigV4VerifierOptions>;

  /**
   * Creates a verifier.
   *
   * @param options - expected access key, secret, region and service
   */
  public constructor(options: SigV4VerifierOptions) {
    this._options = { service: 'lambda', ...options };
  }

  /**
   * Checks one request.
   *
   * @param request - the incoming request
   * @returns `{ valid: true }`, or the AWS error type and a message explaining the rejection
   */
  public async verify(request: SigV4IncomingRequest): Promise<SigV4Result> {
    const header = firstValue(request.headers.authorization);
    if (header === undefined || header === '') {
      return reject('MissingAuthenticationTokenException', 'Missing Authentication Token');
    }
    const auth = parseAuthorization(header);
    if (auth === undefined) {
      return reject('InvalidSignatureException', `Malformed ${ALGORITHM} Authorization header`);
    }
    if (auth.accessKeyId !== this._options.accessKeyId) {
      return reject('UnrecognizedClientException', `Unknown access key id '${auth.accessKeyId}'`);
    }
    if (auth.region !== this._options.region || auth.service !== this._options.service) {
      return reject(
        'InvalidSignatureException',
        `Credential scope ${auth.region}/${auth.service} does not match ${this._options.region}/${this._options.service}`,
      );
    }
    const amzDate = firstValue(request.headers[AMZ_DATE]);
    const signingDate = amzDate === undefined ? undefined : parseAmzDate(amzDate);
    if (amzDate === undefined || signingDate === undefined || !amzDate.startsWith(auth.shortDate)) {
      return reject('InvalidSignatureException', 'Missing or inconsistent X-Amz-Date header');
    }

    const headers: Record<string, string> = {};
    for (const name of auth.signedHeaders) {
      // The signer sets x-amz-date from signingDate and, with applyChecksum, x-amz-content-sha256 from the body.
      if (name === AMZ_DATE || name === CONTENT_SHA256) {
        continue;
      }
      const value = request.headers[name];
      if (value === undefined) {
        return reject('InvalidSignatureException', `Signed header '${name}' is missing from the request`);
      }
      headers[name] = Array.isArray(value) ? value.join(',') : value;
    }

    const signer = new SignatureV4({
      service: this._options.service,
      region: this._options.region,
      credentials: { accessKeyId: this._options.accessKeyId, secretAccessKey: this._options.secretAccessKey },
      sha256: Sha256,
      applyChecksum: auth.signedHeaders.includes(CONTENT_SHA256),
      uriEscapePath: true,
    });
    const signed = await signer.sign(
      new HttpRequest({
        method: request.method,
        protocol: 'http:',
        hostname: headers.host ?? '',
        path: request.path,
        query: parseQuery(request.query),
        headers,
        body: request.body,
      }),
      { signingDate, signableHeaders: new Set(auth.signedHeaders) },
    );
    const expected = parseAuthorization(String(signed.headers.authorization));
    if (expected === undefined || !sameSignature(expected.signature, auth.signature)) {
      return reject('InvalidSignatureException', 'Signature mismatch: the signature recomputed by the fake server differs from the request\'s');
    }
    return { valid: true };
  }
}

function reject(errorType: SigV4ErrorType, message: string): SigV4Result {
  return { valid: false, errorType, message };
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseAuthorization(header: string): ParsedAuthorization | undefined {
  const trimmed = header.trim();
  if (!trimmed.startsWith(`${ALGORITHM} `)) {
    return undefined;
  }
  const fields = new Map<string, string>();
  for (const part of trimmed.slice(ALGORITHM.length + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) {
      fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
  }
  const credential = fields.get('Credential')?.split('/');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (credential?.length !== 5 || credential[4] !== 'aws4_request' || !signedHeaders || !signature || !/^[0-9a-f]{64}$/.test(signature)) {
    return undefined;
  }
  return {
    accessKeyId: credential[0],
    shortDate: credential[1],
    region: credential[2],
    service: credential[3],
    signedHeaders: signedHeaders.split(';'),
    signature,
  };
}

function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) {
    return undefined;
  }
  const [, y, mo, d, h, mi, s] = m.map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

function parseQuery(query: string): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const existing = result[key];
    if (existing === undefined) {
      result[key] = value;
    } else {
      result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
  }
  return result;
}

function sameSignature(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

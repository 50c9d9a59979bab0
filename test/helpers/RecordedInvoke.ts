/**
 * One Invoke request as {@link FakeLambdaServer} received it.
 *
 * @module helpers
 */
import { type IncomingHttpHeaders } from 'node:http';

/** One Invoke request as the fake server received it (recorded before the handler runs). */
export interface RecordedInvoke {
  /** 0-based arrival order since the server started or was last reset. */
  readonly index: number;
  /** Id (1-based) of the TCP connection that carried the request; equal ids mean a reused keep-alive socket. */
  readonly connectionId: number;
  /** HTTP method (always `POST` for a routed Invoke). */
  readonly method: string;
  /** Raw request path, still URI-encoded (an ARN arrives as `arn%3Aaws%3A...`). */
  readonly path: string;
  /** Decoded `{FunctionName}` path segment: a name, `name:qualifier`, or a (partial) ARN. */
  readonly functionName: string;
  /** `Qualifier` query parameter, if sent. */
  readonly qualifier: string | undefined;
  /** `X-Amz-Invocation-Type`; `RequestResponse` when the header is absent (Lambda's default). */
  readonly invocationType: string;
  /** `X-Amz-Log-Type` (`None` or `Tail`), if sent. */
  readonly logType: string | undefined;
  /** `X-Amz-Client-Context` as sent (base64-encoded JSON), if sent. */
  readonly clientContext: string | undefined;
  /** All request headers, names lower-cased (node's `IncomingHttpHeaders`). */
  readonly headers: IncomingHttpHeaders;
  /** Raw request body (the Invoke `Payload`). */
  readonly body: Buffer;
  /** The body parsed as JSON; `undefined` when the body is empty or not valid JSON. */
  readonly json: unknown;
  /**
   * Result of SigV4 verification: `true`/`false` when the server was started with `verifySignature`,
   * `null` when verification is off.
   */
  readonly signatureValid: boolean | null;
}

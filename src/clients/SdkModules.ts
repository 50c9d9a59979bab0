/** @module clients */
/* eslint-disable @typescript-eslint/no-require-imports -- deferred loading is the point of this class */

import type * as ClientLambda from '@aws-sdk/client-lambda';
import type * as SmithyClient from '@smithy/core/client';
import type * as SmithyRetry from '@smithy/core/retry';
import type * as NodeHttpHandler from '@smithy/node-http-handler';

type ClientLambdaModule = typeof ClientLambda;
type NodeHttpHandlerModule = typeof NodeHttpHandler;
type SmithyClientModule = typeof SmithyClient;
type SmithyRetryModule = typeof SmithyRetry;

/**
 * Loads the AWS SDK's modules on first use rather than when this package is imported: `@aws-sdk/client-lambda`
 * alone takes about 40 ms to load, which a service would otherwise pay at start-up even before it opens a client.
 * Each module is loaded once, by Node's own cache, so a test's `mockClient(LambdaClient)` and this library see the
 * same classes.
 *
 * @internal
 */
export class SdkModules {
    private static _lambda: ClientLambdaModule | null = null;
    private static _httpHandler: NodeHttpHandlerModule | null = null;
    private static _client: SmithyClientModule | null = null;
    private static _retry: SmithyRetryModule | null = null;

    /** @returns `@aws-sdk/client-lambda`. */
    public static lambda(): ClientLambdaModule {
        return SdkModules._lambda ??= require('@aws-sdk/client-lambda') as ClientLambdaModule;
    }

    /** @returns `@smithy/node-http-handler`. */
    public static httpHandler(): NodeHttpHandlerModule {
        return SdkModules._httpHandler ??= require('@smithy/node-http-handler') as NodeHttpHandlerModule;
    }

    /** @returns `@smithy/core/client`, home of the SDK clients' base class. */
    public static client(): SmithyClientModule {
        return SdkModules._client ??= require('@smithy/core/client') as SmithyClientModule;
    }

    /** @returns `@smithy/core/retry`. */
    public static retry(): SmithyRetryModule {
        return SdkModules._retry ??= require('@smithy/core/retry') as SmithyRetryModule;
    }
}

import { type InvokeCommandInput, type InvokeCommandOutput } from '@aws-sdk/client-lambda';

import { decodePayload, jsonPayload } from './payloads';

/** A Lambda handler as the Node.js runtime calls it. */
export type LambdaHandler = (event: Record<string, unknown>) => Promise<unknown>;

/**
 * Loads one of the emulator's handlers (plain CommonJS, shared with the e2e tests) to run in-process.
 *
 * @param file - the handler file under emulator/handlers, without extension.
 * @returns its `handler` export.
 */
export function loadEmulatorHandler(file: 'dummy' | 'dummyCommandable'): LambdaHandler {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the handlers are plain JS, loaded as the runtime does
    return (require(`../../emulator/handlers/${file}.js`) as { handler: LambdaHandler }).handler;
}

/**
 * Answers an InvokeCommand the way the Lambda Node.js runtime does: the handler's result as JSON (an empty payload
 * for undefined), or a thrown error as `FunctionError: Unhandled` with `errorType`, `errorMessage` and `trace`.
 *
 * @param handler - the function's handler.
 * @returns a fake for aws-sdk-client-mock's `callsFake`.
 */
export function runtimeFor(handler: LambdaHandler): (input: InvokeCommandInput) => Promise<Partial<InvokeCommandOutput>> {
    return async (input) => {
        const event = decodePayload(input.Payload);
        try {
            const result = await handler(event);
            return { StatusCode: 200, Payload: result === undefined ? undefined : jsonPayload(result) };
        } catch (err) {
            const error = err as Error;
            return {
                StatusCode: 200,
                FunctionError: 'Unhandled',
                Payload: jsonPayload({ errorType: error.name, errorMessage: error.message, trace: String(error.stack).split('\n') }),
            };
        }
    };
}

import { Uint8ArrayBlobAdapter } from '@smithy/util-stream';

/** An SDK response payload holding the JSON of a value. */
export function jsonPayload(value: unknown): Uint8ArrayBlobAdapter {
    return Uint8ArrayBlobAdapter.fromString(JSON.stringify(value));
}

/** An SDK response payload holding a raw text. */
export function textPayload(text: string): Uint8ArrayBlobAdapter {
    return Uint8ArrayBlobAdapter.fromString(text);
}

/** Decodes the JSON payload of a recorded InvokeCommand input. */
export function decodePayload(payload: unknown): Record<string, unknown> {
    if (typeof payload === 'string') {
        return JSON.parse(payload) as Record<string, unknown>;
    }
    return JSON.parse(Buffer.from(payload as Uint8Array).toString('utf8')) as Record<string, unknown>;
}

/** @module clients */

type AbortListener = () => void;

/**
 * A minimal abort signal for one call: what the SDK's request handler and retry loop read (`aborted`, `reason`,
 * `onabort`, `addEventListener`, `removeEventListener`), without the cost of Node's EventTarget-based
 * AbortController on every call.
 *
 * @internal
 */
export class CallSignal {
    /** True once {@link CallSignal.abort} was called. */
    public aborted = false;
    /** Why the call was aborted. */
    public reason: unknown = undefined;
    /** A single listener, for consumers that assign it instead of adding an event listener. */
    public onabort: AbortListener | null = null;
    private _listeners: AbortListener[] | null = null;

    /**
     * Registers a listener for the `abort` event.
     *
     * @param type - the event type; only `abort` is ever fired.
     * @param listener - the function to call once on abort.
     * @param _options - accepted for compatibility (`{ once: true }`); every listener is called at most once anyway.
     */
    public addEventListener(type: string, listener: AbortListener, _options?: unknown): void {
        if (type === 'abort') {
            (this._listeners ??= []).push(listener);
        }
    }

    /**
     * Removes a listener registered with {@link CallSignal.addEventListener}.
     *
     * @param type - the event type.
     * @param listener - the function to remove.
     */
    public removeEventListener(type: string, listener: AbortListener): void {
        if (type === 'abort' && this._listeners != null) {
            const index = this._listeners.indexOf(listener);
            if (index >= 0) {
                this._listeners.splice(index, 1);
            }
        }
    }

    /**
     * Aborts the call: sets `aborted` and `reason` and calls every listener once. Later calls do nothing.
     *
     * @param reason - why the call was aborted.
     */
    public abort(reason: unknown): void {
        if (this.aborted) {
            return;
        }
        this.aborted = true;
        this.reason = reason;
        const listeners = this._listeners ?? [];
        this._listeners = null;
        this.onabort?.();
        for (const listener of listeners) {
            listener();
        }
    }
}

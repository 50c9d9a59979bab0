import { CallSignal } from '../../../src/clients/CallSignal';

describe('Class: CallSignal', () => {
    it('calls onabort and each listener once, with the reason set first', () => {
        const signal = new CallSignal();
        const seen: unknown[] = [];
        signal.onabort = () => seen.push(['onabort', signal.aborted, signal.reason]);
        signal.addEventListener('abort', () => seen.push('listener'), { once: true });

        signal.abort('timeout');
        signal.abort('again');

        expect(seen).toEqual([['onabort', true, 'timeout'], 'listener']);
        expect(signal.reason).toBe('timeout');
    });

    it('does not call a removed listener nor listeners of other events', () => {
        const signal = new CallSignal();
        const listener = jest.fn();
        const other = jest.fn();
        signal.addEventListener('abort', listener);
        signal.addEventListener('other', other);
        signal.removeEventListener('abort', listener);
        signal.removeEventListener('abort', () => undefined);

        signal.abort('closed');

        expect(listener).not.toHaveBeenCalled();
        expect(other).not.toHaveBeenCalled();
        expect(signal.aborted).toBe(true);
    });
});

import { CounterTiming } from '../../../../../src/pip-services4/observability/count/CounterTiming';

describe('Class: CounterTiming', () => {
    afterEach(() => {
        jest.useRealTimers();
    });

    describe('Method: endTiming', () => {
        it('passes the counter name and the elapsed milliseconds to the callback', () => {
            // Prepare
            jest.useFakeTimers();
            const callback = { endTiming: jest.fn() };
            const timing = new CounterTiming('my.exec_time', callback);
            // Act
            jest.advanceTimersByTime(25);
            timing.endTiming();
            // Assess
            expect(callback.endTiming).toHaveBeenCalledWith('my.exec_time', 25);
        });

        it('does nothing without a callback', () => {
            expect(() => new CounterTiming().endTiming()).not.toThrow();
            expect(() => new CounterTiming('name', null).endTiming()).not.toThrow();
        });

        it('reports an empty name when none was given', () => {
            const callback = { endTiming: jest.fn() };
            new CounterTiming(null, callback).endTiming();
            expect(callback.endTiming).toHaveBeenCalledWith('', expect.any(Number));
        });
    });
});

import { ConfigParams } from '../../../../../src/pip-services4/components/config/ConfigParams';
import { ConsoleLogger } from '../../../../../src/pip-services4/observability/log/ConsoleLogger';
import { LogLevel } from '../../../../../src/pip-services4/observability/log/LogLevel';
import { RealStyleContext } from '../RealStyleReferences';

const ISO = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z';

describe('Class: ConsoleLogger', () => {
    let out: jest.SpyInstance;
    let err: jest.SpyInstance;

    beforeEach(() => {
        out = jest.spyOn(console, 'log').mockImplementation(() => undefined);
        err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    });

    afterEach(() => {
        out.mockRestore();
        err.mockRestore();
    });

    describe('Method: constructor', () => {
        it('starts at level Info', () => {
            expect(new ConsoleLogger().getLevel()).toBe(LogLevel.Info);
        });
    });

    describe('Method: info', () => {
        it('prints [trace id:LEVEL:ISO time] message to stdout', () => {
            const logger = new ConsoleLogger();
            logger.info(new RealStyleContext({ trace_id: 'abc' }), 'Hello %s', 'world');
            expect(out).toHaveBeenCalledTimes(1);
            expect(out.mock.calls[0][0]).toMatch(new RegExp(`^\\[abc:INFO:${ISO}\\] Hello world$`));
            expect(err).not.toHaveBeenCalled();
        });

        it('prints --- when there is no trace id', () => {
            const logger = new ConsoleLogger();
            logger.info(null, 'a');
            logger.info(new RealStyleContext({}), 'b');
            expect(out.mock.calls[0][0]).toMatch(new RegExp(`^\\[---:INFO:${ISO}\\] a$`));
            expect(out.mock.calls[1][0]).toMatch(/^\[---:INFO:/);
        });

        it('does not throw on a context without get', () => {
            const logger = new ConsoleLogger();
            logger.info('not-a-context' as unknown as null, 'a');
            expect(out.mock.calls[0][0]).toMatch(/^\[---:INFO:/);
        });
    });

    describe('Method: debug', () => {
        it('is filtered out at the default level', () => {
            const logger = new ConsoleLogger();
            logger.debug(null, 'hidden');
            logger.trace(null, 'hidden');
            expect(out).not.toHaveBeenCalled();
        });

        it('is printed after setLevel(Debug)', () => {
            const logger = new ConsoleLogger();
            logger.setLevel(LogLevel.Debug);
            logger.debug(null, 'shown');
            logger.trace(null, 'hidden');
            expect(out).toHaveBeenCalledTimes(1);
            expect(out.mock.calls[0][0]).toMatch(/:DEBUG:.*\] shown$/);
        });

        it('is printed when configured with level trace', () => {
            const logger = new ConsoleLogger();
            logger.configure(ConfigParams.fromTuples('level', 'trace'));
            logger.trace(null, 'shown');
            expect(out.mock.calls[0][0]).toMatch(/:TRACE:.*\] shown$/);
        });
    });

    describe('Method: error', () => {
        it('prints fatal, error and warn to stderr', () => {
            const logger = new ConsoleLogger();
            logger.fatal(null, null, 'f');
            logger.error(null, null, 'e');
            logger.warn(null, 'w');
            expect(out).not.toHaveBeenCalled();
            expect(err.mock.calls.map((call) => String(call[0]).replace(/:\d{4}-.*\]/, ']'))).toEqual([
                '[---:FATAL] f', '[---:ERROR] e', '[---:WARN] w',
            ]);
        });

        it('appends the error after ": "', () => {
            const logger = new ConsoleLogger();
            const error = new Error('boom');
            logger.error(null, error, 'Failed to call %s method', 'dummy.get');
            expect(err.mock.calls[0][0]).toContain('] Failed to call dummy.get method: boom Stack trace: Error: boom');
        });

        it('writes "Error: " before the error when the message is empty', () => {
            const logger = new ConsoleLogger();
            logger.error(null, new Error('boom'), '');
            expect(err.mock.calls[0][0]).toMatch(/\] Error: boom/);
        });

        it('prints nothing at level None', () => {
            const logger = new ConsoleLogger();
            logger.setLevel(LogLevel.None);
            logger.fatal(null, new Error('x'), 'f');
            expect(err).not.toHaveBeenCalled();
        });
    });
});

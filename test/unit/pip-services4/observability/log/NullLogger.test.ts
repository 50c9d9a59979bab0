import { LogLevel } from '../../../../../src/pip-services4/observability/log/LogLevel';
import { NullLogger } from '../../../../../src/pip-services4/observability/log/NullLogger';

describe('Class: NullLogger', () => {
    describe('Method: getLevel', () => {
        it('reports None, also after setLevel', () => {
            const logger = new NullLogger();
            logger.setLevel(LogLevel.Trace);
            expect(logger.getLevel()).toBe(LogLevel.None);
        });
    });

    describe('Method: log', () => {
        it('discards every message without printing', () => {
            const out = jest.spyOn(console, 'log').mockImplementation(() => undefined);
            const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
            try {
                const logger = new NullLogger();
                logger.log(LogLevel.Info, null, null, 'a %s', 'b');
                logger.fatal(null, new Error('x'), 'fatal');
                logger.error(null, new Error('x'), 'error');
                logger.warn(null, 'warn');
                logger.info(null, 'info');
                logger.debug(null, 'debug');
                logger.trace(null, 'trace');
                expect(out).not.toHaveBeenCalled();
                expect(err).not.toHaveBeenCalled();
            } finally {
                out.mockRestore();
                err.mockRestore();
            }
        });
    });
});

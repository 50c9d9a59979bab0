import { LogLevel } from '../../../../../src/pip-services4/observability/log/LogLevel';
import { LogLevelConverter } from '../../../../../src/pip-services4/observability/log/LogLevelConverter';

describe('Class: LogLevelConverter', () => {
    describe('Method: toLogLevel', () => {
        it.each([
            [0, LogLevel.None], ['NOTHING', LogLevel.None], ['none', LogLevel.None],
            [1, LogLevel.Fatal], ['fatal', LogLevel.Fatal],
            [2, LogLevel.Error], ['Error', LogLevel.Error],
            ['3', LogLevel.Warn], ['warn', LogLevel.Warn], ['WARNING', LogLevel.Warn],
            [4, LogLevel.Info], ['info', LogLevel.Info],
            [5, LogLevel.Debug], ['DEBUG', LogLevel.Debug],
            [6, LogLevel.Trace], [' trace ', LogLevel.Trace],
        ])('converts %p to %p', (value, expected) => {
            expect(LogLevelConverter.toLogLevel(value)).toBe(expected);
        });

        it('returns the default for null and undefined', () => {
            expect(LogLevelConverter.toLogLevel(null, LogLevel.Debug)).toBe(LogLevel.Debug);
            expect(LogLevelConverter.toLogLevel(undefined, LogLevel.Error)).toBe(LogLevel.Error);
        });

        it('returns the default for unknown values', () => {
            expect(LogLevelConverter.toLogLevel('verbose', LogLevel.Warn)).toBe(LogLevel.Warn);
            expect(LogLevelConverter.toLogLevel(7, LogLevel.Trace)).toBe(LogLevel.Trace);
            expect(LogLevelConverter.toLogLevel({}, LogLevel.Fatal)).toBe(LogLevel.Fatal);
        });

        it('uses Info as the default default', () => {
            expect(LogLevelConverter.toLogLevel('nonsense')).toBe(LogLevel.Info);
        });
    });

    describe('Method: toString', () => {
        it.each([
            [LogLevel.Fatal, 'FATAL'], [LogLevel.Error, 'ERROR'], [LogLevel.Warn, 'WARN'],
            [LogLevel.Info, 'INFO'], [LogLevel.Debug, 'DEBUG'], [LogLevel.Trace, 'TRACE'],
        ])('names level %p as %p', (level, expected) => {
            expect(LogLevelConverter.toString(level)).toBe(expected);
        });

        it('returns UNDEF for None and out-of-range values', () => {
            expect(LogLevelConverter.toString(LogLevel.None)).toBe('UNDEF');
            expect(LogLevelConverter.toString(42 as LogLevel)).toBe('UNDEF');
        });
    });

    describe('Method: toInteger', () => {
        it('returns the level number', () => {
            expect(LogLevelConverter.toInteger(LogLevel.Debug)).toBe(5);
        });

        it('returns 0 for null', () => {
            expect(LogLevelConverter.toInteger(null)).toBe(0);
        });
    });
});

/** @module log */
import { LogLevel } from './LogLevel';

/**
 * Converts log levels to and from numbers and strings.
 */
export class LogLevelConverter {
    /**
     * Converts a number or a string (`"3"`, `"warn"`, `"WARNING"`, ...) to a log level.
     *
     * Unlike pip-services4, a null or undefined value yields `defaultValue` (the original returned Info),
     * so configuring a component without a level keeps its current one.
     *
     * @param value - the value to convert: a number 0..6 or a level name (case-insensitive).
     * @param defaultValue - the level to return when the value cannot be converted; Info by default.
     * @returns the converted log level.
     */
    public static toLogLevel(value: unknown, defaultValue: LogLevel = LogLevel.Info): LogLevel {
        if (value == null) {
            return defaultValue;
        }
        switch (String(value).trim().toUpperCase()) {
            case '0': case 'NOTHING': case 'NONE':
                return LogLevel.None;
            case '1': case 'FATAL':
                return LogLevel.Fatal;
            case '2': case 'ERROR':
                return LogLevel.Error;
            case '3': case 'WARN': case 'WARNING':
                return LogLevel.Warn;
            case '4': case 'INFO':
                return LogLevel.Info;
            case '5': case 'DEBUG':
                return LogLevel.Debug;
            case '6': case 'TRACE':
                return LogLevel.Trace;
            default:
                return defaultValue;
        }
    }

    /**
     * Converts a log level to its upper-case name.
     *
     * @param level - the log level to convert.
     * @returns `FATAL`, `ERROR`, `WARN`, `INFO`, `DEBUG`, `TRACE`, or `UNDEF` for anything else (including None).
     */
    public static toString(level: LogLevel): string {
        switch (level) {
            case LogLevel.Fatal: return 'FATAL';
            case LogLevel.Error: return 'ERROR';
            case LogLevel.Warn: return 'WARN';
            case LogLevel.Info: return 'INFO';
            case LogLevel.Debug: return 'DEBUG';
            case LogLevel.Trace: return 'TRACE';
            default: return 'UNDEF';
        }
    }

    /**
     * Converts a log level to its number.
     *
     * @param level - the log level to convert.
     * @returns the number 0..6; 0 (None) when the level is null or undefined.
     */
    public static toInteger(level: LogLevel | null | undefined): number {
        return level ?? LogLevel.None;
    }
}

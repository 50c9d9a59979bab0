/** @module log */

/**
 * Standard log levels. A logger with level L accepts every message whose level is L or lower.
 *
 * The numeric values match pip-services4, so levels can be exchanged as plain numbers.
 */
export enum LogLevel {
    /** Nothing is logged. */
    None = 0,
    /** Unrecoverable errors that crash the process. */
    Fatal = 1,
    /** Recoverable errors. */
    Error = 2,
    /** Warnings that may or may not have a negative impact. */
    Warn = 3,
    /** Important information messages. */
    Info = 4,
    /** High-level debug information. */
    Debug = 5,
    /** Low-level tracing information. */
    Trace = 6,
}

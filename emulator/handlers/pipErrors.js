'use strict';

/**
 * Errors shaped like pip-services4 ApplicationExceptions, without depending on pip-services4
 * (the emulator installs standalone).
 *
 * The emulator always reports errorType "Error" and copies only the error's message into
 * errorMessage, so the whole pip error description travels as the JSON text of the message.
 * The client recognises a JSON description with `category` and `code` and rebuilds the
 * matching exception class from it (e.g. NotFoundException).
 */

/**
 * Builds an Error that carries a pip-services4 error description.
 * @param {string} type exception class name, e.g. 'NotFoundException'
 * @param {string} category pip error category, e.g. 'NotFound'
 * @param {number} status HTTP-like status, e.g. 404
 * @param {string} code UPPER_SNAKE error code
 * @param {string} message human-readable message
 * @param {unknown} traceId the caller's trace id (kept only when it is a string)
 * @param {Record<string, unknown>} [details] extra details
 * @returns {Error} the error to throw from a handler
 */
function createPipError(type, category, status, code, message, traceId, details) {
  const trace_id = typeof traceId === 'string' ? traceId : null;
  // A separate error gives a stack trace that starts with the readable message, not the JSON.
  const origin = new Error(message);
  origin.name = code;
  const description = {
    type,
    category,
    status,
    code,
    message,
    details: details || null,
    trace_id,
    cause: null,
    stack_trace: origin.stack || null,
  };
  const error = new Error(JSON.stringify(description));
  // pip-services sets name = code; the same fields are kept on the object for in-process readers.
  error.name = code;
  Object.assign(error, { category, status, code, trace_id, details: description.details, description });
  return error;
}

/**
 * Builds a NotFoundException-like error (category NotFound, status 404).
 * @param {unknown} traceId the caller's trace id
 * @param {string} code error code
 * @param {string} message error message
 * @param {Record<string, unknown>} [details] extra details
 * @returns {Error} the error
 */
function notFound(traceId, code, message, details) {
  return createPipError('NotFoundException', 'NotFound', 404, code, message, traceId, details);
}

/**
 * Builds a BadRequestException-like error (category BadRequest, status 400).
 * @param {unknown} traceId the caller's trace id
 * @param {string} code error code
 * @param {string} message error message
 * @param {Record<string, unknown>} [details] extra details
 * @returns {Error} the error
 */
function badRequest(traceId, code, message, details) {
  return createPipError('BadRequestException', 'BadRequest', 400, code, message, traceId, details);
}

module.exports = { createPipError, notFound, badRequest };

'use strict';

const { DummyService } = require('./DummyService');
const { notFound, badRequest } = require('./pipErrors');

const service = new DummyService();

/**
 * Actions of the plain dummy service, keyed by the `cmd` the client sends
 * (the pip-services4 LambdaFunction style: bare action names).
 * @type {Record<string, (event: Record<string, unknown>, traceId: unknown) => unknown>}
 */
const actions = {
  get_dummies: (event) => service.getDummies(event.filter, event.paging),
  get_dummy_by_id: (event) => service.getDummyById(event.dummy_id),
  create_dummy: (event, traceId) => service.createDummy(event.dummy, traceId),
  update_dummy: (event, traceId) => service.updateDummy(event.dummy, traceId),
  delete_dummy: (event) => service.deleteDummy(event.dummy_id),
  // Proves the client sends the trace id as a plain string, not as a context object.
  get_trace_id: (event) => ({ trace_id: event.trace_id, type: typeof event.trace_id }),
  fail: (event, traceId) => {
    throw notFound(traceId, 'DUMMY_NOT_FOUND', 'Dummy was not found', { dummy_id: event.dummy_id ?? null });
  },
};

/**
 * Lambda entry point: dispatches on event.cmd.
 * @param {unknown} event the invocation payload: params + cmd + trace_id
 * @returns {Promise<unknown>} the action's result
 * @throws {Error} BadRequest NO_COMMAND / NO_ACTION for a missing or unknown cmd
 */
exports.handler = async (event) => {
  const args = event && typeof event === 'object' ? event : {};
  const traceId = args.trace_id;
  const cmd = args.cmd;
  if (cmd == null || cmd === '') {
    throw badRequest(traceId, 'NO_COMMAND', 'Cmd parameter is missing');
  }
  const action = Object.prototype.hasOwnProperty.call(actions, cmd) ? actions[cmd] : undefined;
  if (!action) {
    throw badRequest(traceId, 'NO_ACTION', `Action ${String(cmd)} was not found`, { command: cmd });
  }
  return action(args, traceId);
};

'use strict';

const { DummyService } = require('./DummyService');
const { badRequest } = require('./pipErrors');

const service = new DummyService();

/**
 * Commands of the commandable dummy service, registered as `<name>.<command>` the way
 * CommandableLambdaClient('dummy') addresses them.
 * @type {Map<string, (event: Record<string, unknown>, traceId: unknown) => unknown>}
 */
const commands = new Map();

/**
 * Registers one command.
 * @param {string} name full command name, e.g. 'dummy.get_dummies'
 * @param {(event: Record<string, unknown>, traceId: unknown) => unknown} fn the command body
 */
function registerCommand(name, fn) {
  commands.set(name, fn);
}

registerCommand('dummy.get_dummies', (event) => service.getDummies(event.filter, event.paging));
registerCommand('dummy.get_dummy_by_id', (event) => service.getDummyById(event.dummy_id));
registerCommand('dummy.create_dummy', (event, traceId) => service.createDummy(event.dummy, traceId));
registerCommand('dummy.update_dummy', (event, traceId) => service.updateDummy(event.dummy, traceId));
registerCommand('dummy.delete_dummy', (event) => service.deleteDummy(event.dummy_id));

/**
 * Lambda entry point: dispatches on event.cmd to a registered command.
 * @param {unknown} event the invocation payload: params + cmd + trace_id
 * @returns {Promise<unknown>} the command's result
 * @throws {Error} BadRequest NO_COMMAND / NO_ACTION for a missing or unknown cmd
 */
exports.handler = async (event) => {
  const args = event && typeof event === 'object' ? event : {};
  const traceId = args.trace_id;
  const cmd = args.cmd;
  if (cmd == null || cmd === '') {
    throw badRequest(traceId, 'NO_COMMAND', 'Cmd parameter is missing');
  }
  const command = commands.get(String(cmd));
  if (!command) {
    throw badRequest(traceId, 'NO_ACTION', `Action ${String(cmd)} was not found`, { command: cmd });
  }
  return command(args, traceId);
};

/** @module clients */
import { type IContext } from '../pip-services4/components/context/IContext';
import { LambdaClient } from './LambdaClient';

/**
 * A Lambda client for functions that register commands named `<name>.<command>`, such as pip-services4's
 * `CommandableLambdaController` with the same name. Every call is logged, counted and traced under that name.
 *
 * ### Configuration parameters and references
 * As {@link LambdaClient}.
 *
 * @example
 * ```ts
 * class MyCommandableLambdaClient extends CommandableLambdaClient {
 *     public constructor() {
 *         super('my_data');
 *     }
 *
 *     public getData(context: IContext | null, id: string): Promise<MyData | null> {
 *         return this.callCommand<MyData | null>('get_data', context, { id });   // sends cmd "my_data.get_data"
 *     }
 * }
 * ```
 */
export class CommandableLambdaClient extends LambdaClient {
    private readonly _name: string;

    /**
     * Creates a new client.
     *
     * @param name - the service name: the prefix of every command.
     */
    public constructor(name: string) {
        super();
        this._name = name;
    }

    /**
     * Calls the function's command `<name>.<cmd>` inside {@link LambdaClient.instrument}, ending the timing on
     * success and on failure.
     *
     * @param cmd - the command name, without the service name prefix.
     * @param context - (optional) a context to trace execution through a call chain.
     * @param params - (optional) command parameters: a plain object.
     * @returns the command result, or null when the function returned nothing.
     * @throws see {@link LambdaClient.invoke}.
     */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pip-services4 subclasses assign results untyped
    public async callCommand<T = any>(cmd: string, context: IContext | null, params?: object | null): Promise<T> {
        const command = this._name + '.' + cmd;
        const timing = this.instrument(context, command);
        try {
            const result = await this.call<T>(command, context, params);
            timing.endTiming();
            return result;
        } catch (err) {
            timing.endTiming(err as Error);
            throw err;
        }
    }
}

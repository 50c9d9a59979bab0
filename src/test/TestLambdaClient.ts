/** @module test */
import { LambdaClient } from '../clients/LambdaClient';
import { type IContext } from '../pip-services4/components/context/IContext';

/**
 * A concrete {@link LambdaClient} that exposes `call` and `callOneWay` publicly, for tests of Lambda functions
 * (as pip-services4 ships it).
 */
export class TestLambdaClient extends LambdaClient {
    /**
     * Calls a Lambda function action and waits for its result.
     *
     * @param cmd - an action name to be called.
     * @param context - (optional) a context to trace execution through a call chain.
     * @param params - (optional) action parameters.
     * @returns the action result.
     */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- same signature as the protected method
    public override async call<T = any>(cmd: string, context: IContext | null, params?: object | null): Promise<T> {
        return super.call<T>(cmd, context, params);
    }

    /**
     * Calls a Lambda function action asynchronously, without waiting for its result.
     *
     * @param cmd - an action name to be called.
     * @param context - (optional) a context to trace execution through a call chain.
     * @param params - (optional) action parameters.
     */
    public override async callOneWay(cmd: string, context: IContext | null, params?: object | null): Promise<void> {
        return super.callOneWay(cmd, context, params);
    }
}

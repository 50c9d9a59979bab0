import { type LambdaClient as AwsLambdaClient, type InvocationType } from '@aws-sdk/client-lambda';

import { LambdaClient } from '../../src/clients/LambdaClient';
import { type AwsConnectionParams } from '../../src/connect/AwsConnectionParams';
import { type IContext } from '../../src/pip-services4/components/context/IContext';
import { type InstrumentTiming } from '../../src/pip-services4/rpc/trace/InstrumentTiming';

/** Re-exposes LambdaClient's protected members so that tests can drive and inspect them. */
export class ProbeLambdaClient extends LambdaClient {
    public get lambda(): AwsLambdaClient | null {
        return this._lambda;
    }

    public get connection(): AwsConnectionParams | null {
        return this._connection;
    }

    public probeInvoke<T = unknown>(type: InvocationType, cmd: string, context: IContext | null, args?: object | null): Promise<T> {
        return this.invoke<T>(type, cmd, context, args);
    }

    public probeCall<T = unknown>(cmd: string, context: IContext | null, params?: object | null): Promise<T> {
        return this.call<T>(cmd, context, params);
    }

    public probeCallOneWay(cmd: string, context: IContext | null, params?: object | null): Promise<void> {
        return this.callOneWay(cmd, context, params);
    }

    public probeInstrument(context: IContext | null, name: string): InstrumentTiming {
        return this.instrument(context, name);
    }
}

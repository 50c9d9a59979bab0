/** @module test */
import { CommandableLambdaClient } from '../clients/CommandableLambdaClient';

/**
 * A concrete {@link CommandableLambdaClient} for tests of commandable Lambda functions (as pip-services4 ships it):
 * `callCommand` is public already.
 */
export class TestCommandableLambdaClient extends CommandableLambdaClient {
    /**
     * Creates a new client.
     *
     * @param baseRoute - the service name: the prefix of every command.
     */
    public constructor(baseRoute: string) {
        super(baseRoute);
    }
}

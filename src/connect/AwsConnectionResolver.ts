/** @module connect */
import { type ConfigParams } from '../pip-services4/components/config/ConfigParams';
import { type IConfigurable } from '../pip-services4/components/config/IConfigurable';
import { type IContext } from '../pip-services4/components/context/IContext';
import { type IReferenceable } from '../pip-services4/components/refer/IReferenceable';
import { type IReferences } from '../pip-services4/components/refer/IReferences';
import { CredentialResolver } from '../pip-services4/config/auth/CredentialResolver';
import { ConnectionResolver } from '../pip-services4/config/connect/ConnectionResolver';
import { AwsConnectionParams } from './AwsConnectionParams';

/**
 * Resolves AWS connection and credential parameters from configuration, discovery services and credential stores.
 *
 * The intended pip-services4 behaviour (the published Node and Java versions construct themselves recursively and
 * overflow the stack): a {@link ConnectionResolver} for the `connection(s)` section, a {@link CredentialResolver}
 * for the `credential(s)` section, merged into one {@link AwsConnectionParams}; credential values win on clashes.
 *
 * ### Configuration parameters
 * - **connection(s)**:
 *   - **discovery_key**: (optional) key to resolve the connection through an IDiscovery service
 *   - **arn**, **region**, **endpoint**, ...: see {@link AwsConnectionParams}
 * - **credential(s)**:
 *   - **store_key**: (optional) key to look the credential up in an ICredentialStore
 *   - **access_id**, **access_key**, **session_token**: AWS credentials
 *
 * ### References
 * - `*:discovery:*:*:1.0` - (optional) IDiscovery services to resolve connections
 * - `*:credential-store:*:*:1.0` - (optional) credential stores to resolve credentials
 */
export class AwsConnectionResolver implements IConfigurable, IReferenceable {
    /** The resolver of the `connection(s)` section. */
    protected _connectionResolver: ConnectionResolver = new ConnectionResolver();
    /** The resolver of the `credential(s)` section. */
    protected _credentialResolver: CredentialResolver = new CredentialResolver();

    /**
     * Configures the connection and credential resolvers.
     *
     * @param config - configuration parameters to be set.
     */
    public configure(config: ConfigParams): void {
        this._connectionResolver.configure(config);
        this._credentialResolver.configure(config);
    }

    /**
     * Sets references to discovery services and credential stores.
     *
     * @param references - references to locate the component dependencies.
     */
    public setReferences(references: IReferences): void {
        this._connectionResolver.setReferences(references);
        this._credentialResolver.setReferences(references);
    }

    /**
     * Resolves the connection and the credential, merges them, parses the ARN and validates the result.
     *
     * @param context - (optional) a context to trace execution through a call chain.
     * @returns the resolved AWS connection parameters.
     * @throws {@link ConfigException} when the result is not valid (see {@link AwsConnectionParams.validate}).
     * @throws ReferenceException when a discovery or store key is configured but no such component is referenced.
     */
    public async resolve(context: IContext | null): Promise<AwsConnectionParams> {
        const result = new AwsConnectionParams();
        const connection = await this._connectionResolver.resolve(context);
        if (connection != null) {
            result.append(connection);
        }
        const credential = await this._credentialResolver.lookup(context);
        if (credential != null) {
            result.append(credential);
        }
        // Parse a configured ARN into its parts; a missing one is composed on demand and never stored,
        // so that a function given only by its parts keeps its exact name.
        const arn = result.getAsNullableString('arn');
        if (arn) {
            result.setArn(arn);
        }
        result.validate(context);
        return result;
    }
}

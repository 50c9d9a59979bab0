/** @module connect */
import { ConfigException } from 'pip-services4-commons-node';

import { ConfigParams } from '../pip-services4/components/config/ConfigParams';
import { type IContext } from '../pip-services4/components/context/IContext';
import { ContextResolver } from '../pip-services4/components/context/ContextResolver';
import { CredentialParams } from '../pip-services4/config/auth/CredentialParams';
import { ConnectionParams } from '../pip-services4/config/connect/ConnectionParams';

/** The ARN that pip-services4 composes when nothing is configured. */
const EMPTY_ARN = 'arn:aws::::';

/** Keys whose values are secrets: never printed by {@link AwsConnectionParams.toString}. */
const SECRET_KEYS: ReadonlySet<string> = new Set(['access_key', 'client_key', 'secret_key', 'session_token']);

/**
 * AWS connection parameters: the function to call (its ARN or name), the region and endpoint, and the
 * credentials to sign with.
 *
 * A port of pip-services4's `AwsConnectionParams`, with these fixes:
 * - `arn` accepts every form Lambda's `FunctionName` accepts (full ARN, ARN with a version or alias suffix,
 *   partial ARN `123456789012:function:name`, bare name with or without a qualifier); parsing never throws.
 * - `secret_key` is honoured as an alias of `access_key`, as documented upstream.
 * - `session_token` and `endpoint` (alias `uri`) are supported.
 * - `toString()` masks secrets.
 *
 * ### Configuration parameters
 * - **arn**: function ARN, partial ARN or name (a `:version` or `:alias` suffix is kept)
 * - **partition**: AWS partition (default `aws`)
 * - **service** (or **protocol**): AWS service, `lambda` for Lambda
 * - **region**: AWS region
 * - **account**: AWS account id
 * - **resource_type**: resource type, `function` for Lambda
 * - **resource**: resource id, the function name for Lambda
 * - **access_id** (or **client_id**): AWS access key id
 * - **access_key** (or **client_key**, **secret_key**): AWS secret access key
 * - **session_token**: AWS session token for temporary credentials
 * - **endpoint** (or **uri**): service endpoint override, for local emulators
 */
export class AwsConnectionParams extends ConfigParams {
    /**
     * Creates new connection parameters, optionally filled from a map of values.
     *
     * @param values - (optional) values to initialize the parameters with.
     */
    public constructor(values?: unknown) {
        super(values);
    }

    /** @returns the AWS partition; `aws` when not set. */
    public getPartition(): string {
        return super.getAsNullableString('partition') || 'aws';
    }

    /** @param value - the AWS partition. */
    public setPartition(value: string | null): void {
        super.put('partition', value);
    }

    /** @returns the AWS service (`service`, then `protocol`), or null. */
    public getService(): string | null {
        return super.getAsNullableString('service') || super.getAsNullableString('protocol');
    }

    /** @param value - the AWS service. */
    public setService(value: string | null): void {
        super.put('service', value);
    }

    /** @returns the AWS region, or null. */
    public getRegion(): string | null {
        return super.getAsNullableString('region');
    }

    /** @param value - the AWS region. */
    public setRegion(value: string | null): void {
        super.put('region', value);
    }

    /** @returns the AWS account id, or null. */
    public getAccount(): string | null {
        return super.getAsNullableString('account');
    }

    /** @param value - the AWS account id. */
    public setAccount(value: string | null): void {
        super.put('account', value);
    }

    /** @returns the AWS resource type (`function` for Lambda), or null. */
    public getResourceType(): string | null {
        return super.getAsNullableString('resource_type');
    }

    /** @param value - the AWS resource type. */
    public setResourceType(value: string | null): void {
        super.put('resource_type', value);
    }

    /** @returns the AWS resource id (the function name for Lambda), or null. */
    public getResource(): string | null {
        return super.getAsNullableString('resource');
    }

    /** @param value - the AWS resource id. */
    public setResource(value: string | null): void {
        super.put('resource', value);
    }

    /** @returns the version or alias that followed the function name in `arn`, or null. */
    public getQualifier(): string | null {
        return super.getAsNullableString('qualifier');
    }

    /**
     * Gets the ARN: the configured `arn` as it was given, or one composed from the parts when none is set
     * (`arn:<partition>:<service>:<region>:<account>[:<resource_type>]:<resource>`, as pip-services4 does).
     *
     * @returns the configured or composed ARN.
     */
    public getArn(): string {
        const arn = super.getAsNullableString('arn');
        if (arn) {
            return arn;
        }
        let composed = 'arn:' + this.getPartition() + ':' + (this.getService() ?? '') + ':' + (this.getRegion() ?? '')
            + ':' + (this.getAccount() ?? '');
        const resourceType = this.getResourceType();
        if (resourceType) {
            composed += ':' + resourceType;
        }
        return composed + ':' + (this.getResource() ?? '');
    }

    /**
     * Sets the ARN and parses it into its parts. Accepts every form Lambda's `FunctionName` accepts;
     * the string is stored unchanged and parsing never throws.
     *
     * @param value - a full ARN, a partial ARN (`account:function:name`) or a function name, each with an optional
     *                `:version` or `:alias` suffix.
     */
    public setArn(value: string | null): void {
        super.put('arn', value);
        if (value == null || value === '') {
            return;
        }
        const parts = value.split(':');
        if (parts[0] === 'arn' && parts.length >= 6) {
            this.setPartition(parts[1] || null);
            this.setService(parts[2] || null);
            this.setRegion(parts[3] || null);
            this.setAccount(parts[4] || null);
            if (parts.length === 6) {
                // `arn:...:<type>/<resource>` or `arn:...:<resource>`
                const slash = parts[5].indexOf('/');
                this.setResourceType(slash > 0 ? parts[5].substring(0, slash) : null);
                this.setResource(slash > 0 ? parts[5].substring(slash + 1) : parts[5]);
                this.putQualifier(null);
            } else {
                this.setResourceType(parts[5] || null);
                this.setResource(parts[6] || null);
                this.putQualifier(parts.slice(7).join(':') || null);
            }
        } else if (parts.length >= 3 && parts[1] === 'function') {
            // Partial ARN: `<account>:function:<name>[:<qualifier>]`
            this.setAccount(parts[0] || null);
            this.setResourceType(parts[1]);
            this.setResource(parts[2] || null);
            this.putQualifier(parts.slice(3).join(':') || null);
        } else {
            // Function name: `<name>[:<qualifier>]`
            this.setResource(parts[0] || null);
            this.putQualifier(parts.slice(1).join(':') || null);
        }
    }

    /**
     * Gets the value to send as Lambda's `FunctionName`: the configured `arn` exactly as given; when no `arn` is set,
     * a full ARN composed from the parts if account and region are known, else the bare `resource` name.
     *
     * @returns the function name to invoke, or null when no function is configured.
     */
    public getFunctionName(): string | null {
        const arn = super.getAsNullableString('arn');
        if (arn && arn !== EMPTY_ARN) {
            return arn;
        }
        const resource = this.getResource();
        if (!resource) {
            return null;
        }
        const account = this.getAccount();
        const region = this.getRegion();
        if (account && region) {
            return 'arn:' + this.getPartition() + ':' + (this.getService() ?? 'lambda') + ':' + region + ':' + account
                + ':' + (this.getResourceType() ?? 'function') + ':' + resource;
        }
        return resource;
    }

    /** @returns the AWS access key id (`access_id`, then `client_id`), or null. */
    public getAccessId(): string | null {
        return super.getAsNullableString('access_id') || super.getAsNullableString('client_id');
    }

    /** @param value - the AWS access key id. */
    public setAccessId(value: string | null): void {
        super.put('access_id', value);
    }

    /** @returns the AWS secret access key (`access_key`, then `client_key`, then `secret_key`), or null. */
    public getAccessKey(): string | null {
        return super.getAsNullableString('access_key') || super.getAsNullableString('client_key')
            || super.getAsNullableString('secret_key');
    }

    /** @param value - the AWS secret access key. */
    public setAccessKey(value: string | null): void {
        super.put('access_key', value);
    }

    /** @returns the AWS session token for temporary credentials, or null. */
    public getSessionToken(): string | null {
        return super.getAsNullableString('session_token');
    }

    /** @param value - the AWS session token. */
    public setSessionToken(value: string | null): void {
        super.put('session_token', value);
    }

    /** @returns the service endpoint override (`endpoint`, then `uri`), or null for the AWS default. */
    public getEndpoint(): string | null {
        return super.getAsNullableString('endpoint') || super.getAsNullableString('uri');
    }

    /** @param value - the service endpoint override. */
    public setEndpoint(value: string | null): void {
        super.put('endpoint', value);
    }

    /**
     * Checks that a function is configured and that static credentials, when given, are complete.
     * With no `access_id` and no `access_key`, the AWS SDK's default credential provider chain is used
     * (a documented extension of pip-services4, which demands static keys).
     *
     * @param context - (optional) a context to trace execution through a call chain.
     * @throws {@link ConfigException} `NO_AWS_CONNECTION` when no function is configured, `NO_ACCESS_ID` or
     *         `NO_ACCESS_KEY` when only half of a key pair (or a session token without keys) is configured.
     */
    public validate(context: IContext | null): void {
        const traceId = ContextResolver.getTraceId(context) ?? undefined;
        if (this.getFunctionName() == null) {
            throw new ConfigException(traceId, 'NO_AWS_CONNECTION',
                'AWS connection is not set: configure connection.arn (a function name or ARN) or connection.resource');
        }
        const accessId = this.getAccessId();
        const accessKey = this.getAccessKey();
        if (accessKey != null && accessId == null) {
            throw new ConfigException(traceId, 'NO_ACCESS_ID',
                'No access_id is configured in AWS credential: credential.access_id is missing while credential.access_key is set');
        }
        if (accessId != null && accessKey == null) {
            throw new ConfigException(traceId, 'NO_ACCESS_KEY',
                'No access_key is configured in AWS credential: credential.access_key is missing while credential.access_id is set');
        }
        if (this.getSessionToken() != null && accessId == null) {
            throw new ConfigException(traceId, 'NO_ACCESS_ID',
                'No access_id is configured in AWS credential: credential.session_token needs credential.access_id and credential.access_key');
        }
    }

    /**
     * Returns the parameters as a `key=value;...` string with secret values masked.
     *
     * @returns a printable form of these parameters that never contains a secret.
     */
    public override toString(): string {
        const masked = new ConfigParams();
        for (const key of this.getKeys()) {
            masked.put(key, SECRET_KEYS.has(key) ? '***' : this.get(key));
        }
        return masked.toString();
    }

    /**
     * Creates connection parameters from a `key=value;...` string.
     *
     * @param line - a string with parameters.
     * @returns new connection parameters.
     */
    public static override fromString(line: string): AwsConnectionParams {
        return AwsConnectionParams.parsed(new AwsConnectionParams(ConfigParams.fromString(line)));
    }

    /**
     * Creates connection parameters from a configuration: every credential section first, then every connection
     * section, so connection keys win on clashes (as in pip-services4).
     *
     * @param config - configuration with `connection(s)` and `credential(s)` sections.
     * @returns new connection parameters.
     */
    public static fromConfig(config: ConfigParams): AwsConnectionParams {
        const result = new AwsConnectionParams();
        for (const credential of CredentialParams.manyFromConfig(config)) {
            result.append(credential);
        }
        for (const connection of ConnectionParams.manyFromConfig(config)) {
            result.append(connection);
        }
        return AwsConnectionParams.parsed(result);
    }

    /**
     * Merges several configurations into one set of connection parameters (later ones win).
     *
     * @param configs - configurations to merge.
     * @returns new connection parameters.
     */
    public static override mergeConfigs(...configs: ConfigParams[]): AwsConnectionParams {
        return AwsConnectionParams.parsed(new AwsConnectionParams(ConfigParams.mergeConfigs(...configs)));
    }

    /** Parses a configured `arn` into its parts, so that every factory gives the same view of it. */
    private static parsed(params: AwsConnectionParams): AwsConnectionParams {
        const arn = params.getAsNullableString('arn');
        if (arn) {
            params.setArn(arn);
        }
        return params;
    }

    private putQualifier(value: string | null): void {
        if (value == null) {
            super.remove('qualifier');
        } else {
            super.put('qualifier', value);
        }
    }
}

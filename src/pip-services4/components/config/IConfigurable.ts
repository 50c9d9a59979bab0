/** @module config */
import { type ConfigParams } from './ConfigParams';

/**
 * A component that can be configured with {@link ConfigParams}, once, right after creation.
 */
export interface IConfigurable {
    /**
     * Configures the component.
     *
     * @param config - the configuration parameters.
     */
    configure(config: ConfigParams): void;
}

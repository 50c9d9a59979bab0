// Shared jest setup: matchers come from aws-sdk-client-mock-jest (see jest.config.js).
// No test may reach AWS: default credentials resolution must never find real keys.
process.env.AWS_EC2_METADATA_DISABLED = 'true';

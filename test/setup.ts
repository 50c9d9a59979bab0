// Shared jest setup. Importing the matchers here also brings their type augmentation into every test file.
import 'aws-sdk-client-mock-jest';

// No test may reach AWS: the default credential chain must never ask an instance metadata service.
process.env.AWS_EC2_METADATA_DISABLED = 'true';

using 'main.bicep'

// Replace the image with the one you pushed (see docs/deploy-azure.md, step 3).
param containerImage = 'cjmbotacr.azurecr.io/cjmbot:1.0.0'
param containerRegistryName = 'cjmbotacr'
param baseName = 'cjmbot'
param minReplicas = 1
param maxReplicas = 3
param allowedTenants = []
param otlpEndpoint = ''
// Never commit the key: pass it on the command line (see docs/deploy-azure.md) or read it from the environment.
param exportSigningKey = readEnvironmentVariable('CJMBOT_EXPORT_SIGNING_KEY')

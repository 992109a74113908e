// CjmBot in Azure: one resource group holding
//   - a user-assigned managed identity: the bot's identity towards the Bot Framework AND towards Table Storage
//     (no client secret, no storage key anywhere),
//   - an Azure Bot (msaAppType UserAssignedMSI) with the Microsoft Teams channel,
//   - a Storage Account whose tables hold all state (key access disabled; the identity has
//     "Storage Table Data Contributor"),
//   - a Container Apps environment and app (several replicas, probes on /healthz/live and /healthz),
//   - a Log Analytics workspace for the container logs.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam
targetScope = 'resourceGroup'

@description('Short name used to derive every resource name (letters and digits, 3-12 characters).')
@minLength(3)
@maxLength(12)
param baseName string = 'cjmbot'

@description('Region of everything but the Azure Bot (which is global).')
param location string = resourceGroup().location

@description('Container image to run, e.g. myregistry.azurecr.io/cjmbot:1.0.0.')
param containerImage string

@description('Name of an Azure Container Registry in this resource group to pull the image from with the managed identity (AcrPull is granted). Empty for a public image.')
param containerRegistryName string = ''

@description('Fewest replicas; at least 1 so that timers and the live map keep running when nobody is chatting.')
@minValue(1)
@maxValue(30)
param minReplicas int = 1

@description('Most replicas. Any number is safe: every replica keeps all state in Table Storage.')
@minValue(1)
@maxValue(30)
param maxReplicas int = 3

@description('Concurrent HTTP requests per replica before another replica is added.')
@minValue(1)
param concurrentRequestsPerReplica int = 50

@description('Tenant ids allowed to use the bot; empty allows every tenant.')
param allowedTenants array = []

@description('Prefix of the table names (letters and digits, starts with a letter).')
param tablePrefix string = 'cjm'

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Azure Bot pricing tier (F0 is free and limited to standard channels such as Teams).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('OTLP endpoint (e.g. an OpenTelemetry Collector) for traces and metrics; empty turns export off.')
param otlpEndpoint string = ''

@description('Key that signs export download links: base64 of at least 32 random bytes (openssl rand -base64 32). Kept as a Container Apps secret.')
@secure()
param exportSigningKey string

@description('Days the container logs are kept.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

var suffix = uniqueString(resourceGroup().id, baseName)
var storageAccountName = toLower(take('${baseName}${suffix}', 24))
// Built-in role ids (the same in every tenant).
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'
var useRegistry = !empty(containerRegistryName)
var port = 8080

var allowedTenantSettings = [
  for (tenantId, index) in allowedTenants: {
    name: 'Bot__AllowedTenants__${index}'
    value: tenantId
  }
]
var otlpSettings = empty(otlpEndpoint)
  ? []
  : [
      {
        name: 'OTEL_EXPORTER_OTLP_ENDPOINT'
        value: otlpEndpoint
      }
      {
        name: 'OTEL_SERVICE_NAME'
        value: baseName
      }
    ]

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${baseName}-id-${suffix}'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: storageSku
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The bot signs in with its managed identity; no account key is needed or accepted.
    allowSharedKeyAccess: false
    publicNetworkAccess: 'Enabled'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource storageTableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = if (useRegistry) {
  name: useRegistry ? containerRegistryName : 'unused'
}

resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useRegistry) {
  name: guid(resourceGroup().id, containerRegistryName, identity.id, acrPullRoleId)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${baseName}-env-${suffix}'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${baseName}-app'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  dependsOn: [
    storageTableDataContributor
    acrPull
  ]
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      secrets: [
        {
          name: 'export-signing-key'
          value: exportSigningKey
        }
      ]
      registries: useRegistry
        ? [
            {
              server: registry!.properties.loginServer
              identity: identity.id
            }
          ]
        : []
    }
    template: {
      containers: [
        {
          name: 'cjmbot'
          image: containerImage
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: concat(
            [
              {
                name: 'ASPNETCORE_ENVIRONMENT'
                value: 'Production'
              }
              {
                name: 'Bot__AppId'
                value: identity.properties.clientId
              }
              {
                name: 'Bot__AppType'
                value: 'UserAssignedMSI'
              }
              {
                name: 'Bot__TenantId'
                value: identity.properties.tenantId
              }
              {
                name: 'Storage__Provider'
                value: 'AzureTables'
              }
              {
                name: 'Storage__ServiceUri'
                value: storage.properties.primaryEndpoints.table
              }
              {
                name: 'Storage__ManagedIdentityClientId'
                value: identity.properties.clientId
              }
              {
                name: 'Storage__TablePrefix'
                value: tablePrefix
              }
              {
                name: 'Exports__SigningKey'
                secretRef: 'export-signing-key'
              }
              {
                // The app's own host name, known before it exists: Container Apps names it <app>.<environment domain>.
                name: 'Exports__PublicBaseUrl'
                value: 'https://${baseName}-app.${environment.properties.defaultDomain}'
              }
            ],
            allowedTenantSettings,
            otlpSettings
          )
          probes: [
            {
              type: 'Startup'
              httpGet: {
                path: '/healthz/live'
                port: port
              }
              periodSeconds: 2
              failureThreshold: 30
            }
            {
              // Liveness never touches storage: a storage outage must not restart healthy replicas.
              type: 'Liveness'
              httpGet: {
                path: '/healthz/live'
                port: port
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              // Readiness includes storage: a replica that cannot reach its tables gets no traffic.
              type: 'Readiness'
              httpGet: {
                path: '/healthz'
                port: port
              }
              periodSeconds: 10
              timeoutSeconds: 5
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http'
            http: {
              metadata: {
                concurrentRequests: string(concurrentRequestsPerReplica)
              }
            }
          }
        ]
      }
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'CJM Bot'
    endpoint: 'https://${app.properties.configuration.ingress.fqdn}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppTenantId: identity.properties.tenantId
    msaAppMSIResourceId: identity.id
    disableLocalAuth: true
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

@description('The bot\'s Microsoft App ID: pass it to manifest/package.sh.')
output botAppId string = identity.properties.clientId

@description('The messaging endpoint registered with the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('Public host name of the container app.')
output appFqdn string = app.properties.configuration.ingress.fqdn

@description('Storage account holding the tables.')
output storageAccountName string = storage.name

@description('Name of the container app, for az containerapp commands.')
output containerAppName string = app.name

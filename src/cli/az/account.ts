// `az login` and `az account show|list`: the playground is always signed in to one simulated
// subscription (the one the AKS cluster's resource ids name), so these only print it.

const SUBSCRIPTION = {
  environmentName: 'AzureCloud',
  homeTenantId: '00000000-0000-0000-0000-000000000002',
  id: '00000000-0000-0000-0000-000000000000',
  isDefault: true,
  managedByTenants: [],
  name: 'Kubeplay Subscription',
  state: 'Enabled',
  tenantId: '00000000-0000-0000-0000-000000000002',
  user: { name: 'learner@kubeplay.dev', type: 'user' },
};

export function accountRow(): Record<string, string> {
  return { EnvironmentName: 'AzureCloud', HomeTenantId: SUBSCRIPTION.homeTenantId, IsDefault: 'True', Name: SUBSCRIPTION.name, State: 'Enabled', TenantId: SUBSCRIPTION.tenantId };
}

export const subscription = (): typeof SUBSCRIPTION => structuredClone(SUBSCRIPTION);

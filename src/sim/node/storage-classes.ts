// The StorageClasses every AKS cluster comes with: Azure Disk (`default`, `managed-csi`,
// `managed-csi-premium`, and the older names `managed`, `managed-premium`) bound when the first pod
// is scheduled, and Azure Files (`azurefile*`) bound at once. `default` is the default class.
// mirrors what `kubectl get storageclass` lists on AKS (the CSI drivers disk.csi.azure.com and
// file.csi.azure.com, reclaimPolicy Delete, allowVolumeExpansion)
import type { SyncKubeApi } from '../api/client';
import { R } from '../api/resources';

const LABELS = { 'addonmanager.kubernetes.io/mode': 'EnsureExists', 'kubernetes.io/cluster-service': 'true' };

const CLASSES: Array<{ name: string; provisioner: string; sku: string; wait: boolean; isDefault?: boolean }> = [
  { name: 'azurefile', provisioner: 'file.csi.azure.com', sku: 'Standard_LRS', wait: false },
  { name: 'azurefile-csi', provisioner: 'file.csi.azure.com', sku: 'Standard_LRS', wait: false },
  { name: 'azurefile-csi-premium', provisioner: 'file.csi.azure.com', sku: 'Premium_LRS', wait: false },
  { name: 'azurefile-premium', provisioner: 'file.csi.azure.com', sku: 'Premium_LRS', wait: false },
  { name: 'default', provisioner: 'disk.csi.azure.com', sku: 'StandardSSD_LRS', wait: true, isDefault: true },
  { name: 'managed', provisioner: 'disk.csi.azure.com', sku: 'StandardSSD_LRS', wait: true },
  { name: 'managed-csi', provisioner: 'disk.csi.azure.com', sku: 'StandardSSD_LRS', wait: true },
  { name: 'managed-csi-premium', provisioner: 'disk.csi.azure.com', sku: 'Premium_LRS', wait: true },
  { name: 'managed-premium', provisioner: 'disk.csi.azure.com', sku: 'Premium_LRS', wait: true },
];

export function installStorageClasses(api: SyncKubeApi): void {
  for (const c of CLASSES) {
    const file = c.provisioner.startsWith('file');
    api.create(R.storageclasses, undefined, {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: c.name, labels: LABELS, ...(c.isDefault ? { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } : {}) },
      provisioner: c.provisioner,
      parameters: file ? { skuName: c.sku } : { skuname: c.sku },
      reclaimPolicy: 'Delete',
      volumeBindingMode: c.wait ? 'WaitForFirstConsumer' : 'Immediate',
      allowVolumeExpansion: true,
      ...(file ? { mountOptions: ['mfsymlinks', 'actimeo=30', 'nosharesock'] } : {}),
    } as never);
  }
}

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../sim/api/types';
import { accessModesString, persistentVolumeClaimPrinter, persistentVolumePrinter, storageClassPrinter } from './storage';

const NOW = Date.UTC(2025, 0, 6, 9, 5, 0);
const obj = (o: Record<string, unknown>, meta: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'X', metadata: { name: 'x', creationTimestamp: '2025-01-06T09:00:00Z', ...meta }, ...o }) as KubeObject;

describe('storage printers', () => {
  it('access modes in kubectl order, each once', () => {
    expect(accessModesString(['ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOnce'])).toBe('RWO,RWX');
    expect(accessModesString(['ReadWriteOncePod', 'ReadOnlyMany'])).toBe('ROX,RWOP');
    expect(accessModesString(undefined)).toBe('');
  });

  it('pvc: capacity and access modes only once bound', () => {
    const pending = obj({ spec: { storageClassName: 'default', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeMode: 'Filesystem' }, status: { phase: 'Pending' } });
    expect(persistentVolumeClaimPrinter.cells(pending, NOW)).toEqual(['x', 'Pending', '', '', '', 'default', '<unset>', '5m', 'Filesystem']);
    const bound = obj({ spec: { storageClassName: 'default', volumeName: 'pvc-1', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1024Mi' } } }, status: { phase: 'Bound', capacity: { storage: '1024Mi' }, accessModes: ['ReadWriteOnce'] } });
    expect(persistentVolumeClaimPrinter.cells(bound, NOW).slice(0, 6)).toEqual(['x', 'Bound', 'pvc-1', '1Gi', 'RWO', 'default']);
    expect(persistentVolumeClaimPrinter.cells(obj({ spec: {}, status: { phase: 'Bound' } }, { deletionTimestamp: '2025-01-06T09:04:00Z' }), NOW)[1]).toBe('Terminating');
    expect(persistentVolumeClaimPrinter.columns.map((c) => c.name.toUpperCase()).filter((_, i) => persistentVolumeClaimPrinter.columns[i].priority === 0)).toEqual(['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'AGE']);
  });

  it('pv: claim as namespace/name', () => {
    const pv = obj({ spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], persistentVolumeReclaimPolicy: 'Delete', storageClassName: 'default', claimRef: { namespace: 'default', name: 'www-web-0' }, volumeMode: 'Filesystem' }, status: { phase: 'Bound' } });
    expect(persistentVolumePrinter.cells(pv, NOW)).toEqual(['x', '1Gi', 'RWO', 'Delete', 'Bound', 'default/www-web-0', 'default', '<unset>', '', '5m', 'Filesystem']);
  });

  it('storageclass: the default marker and the defaults of unset fields', () => {
    const sc = obj({ provisioner: 'disk.csi.azure.com', allowVolumeExpansion: true, volumeBindingMode: 'WaitForFirstConsumer' }, { name: 'default', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } });
    expect(storageClassPrinter.cells(sc, NOW)).toEqual(['default (default)', 'disk.csi.azure.com', 'Delete', 'WaitForFirstConsumer', true, '5m']);
    expect(storageClassPrinter.cells(obj({ provisioner: 'p' }), NOW)).toEqual(['x', 'p', 'Delete', 'Immediate', false, '5m']);
  });
});

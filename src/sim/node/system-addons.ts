// The kube-system add-ons an AKS cluster runs (filled in as their controllers land).
import type { SyncKubeApi } from '../api/client';

export function installSystemAddons(_api: SyncKubeApi, _nodes: string[]): void {}

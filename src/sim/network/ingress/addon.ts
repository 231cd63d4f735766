// The ingress-nginx controller, installed as its upstream "cloud" manifest installs it
// (deploy/static/provider/cloud/deploy.yaml of controller-v1.12.1, as `helm install ingress-nginx`
// does): namespace ingress-nginx, Deployment and LoadBalancer Service ingress-nginx-controller, the
// admission Service, IngressClass `nginx` (controller k8s.io/ingress-nginx). AKS's own add-on
// (application routing, class webapprouting.kubernetes.azure.com) is not simulated: the course's
// manifests use `ingressClassName: nginx`.
import type { SyncKubeApi } from '../../api/client';
import type { KubeObject } from '../../api/types';
import { R } from '../../api/resources';

export const INGRESS_NAMESPACE = 'ingress-nginx';
export const INGRESS_SERVICE = 'ingress-nginx-controller';
export const INGRESS_CONTROLLER = 'k8s.io/ingress-nginx';
export const INGRESS_IMAGE = 'registry.k8s.io/ingress-nginx/controller:v1.12.1';
const VERSION = '1.12.1';

const labels = (component: string) => ({
  'app.kubernetes.io/component': component,
  'app.kubernetes.io/instance': 'ingress-nginx',
  'app.kubernetes.io/name': 'ingress-nginx',
  'app.kubernetes.io/part-of': 'ingress-nginx',
  'app.kubernetes.io/version': VERSION,
});
export const CONTROLLER_SELECTOR = { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' };

export function installIngressNginx(api: SyncKubeApi): void {
  const ns = INGRESS_NAMESPACE;
  api.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' } } });
  api.create(R.serviceaccounts, ns, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'ingress-nginx', namespace: ns, labels: labels('controller') } });
  const deployment: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: INGRESS_SERVICE, namespace: ns, labels: labels('controller') },
    spec: {
      minReadySeconds: 0,
      revisionHistoryLimit: 10,
      selector: { matchLabels: CONTROLLER_SELECTOR },
      strategy: { rollingUpdate: { maxUnavailable: 1 }, type: 'RollingUpdate' },
      template: {
        metadata: { labels: labels('controller') },
        spec: {
          containers: [
            {
              name: 'controller',
              image: INGRESS_IMAGE,
              imagePullPolicy: 'IfNotPresent',
              env: [
                { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                { name: 'LD_PRELOAD', value: '/usr/local/lib/libmimalloc.so' },
              ],
              ports: [
                { containerPort: 80, name: 'http', protocol: 'TCP' },
                { containerPort: 443, name: 'https', protocol: 'TCP' },
                { containerPort: 8443, name: 'webhook', protocol: 'TCP' },
              ],
              resources: { requests: { cpu: '100m', memory: '90Mi' } },
            },
          ],
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          serviceAccountName: 'ingress-nginx',
          terminationGracePeriodSeconds: 300,
        },
      },
    },
  };
  api.create(R.deployments, ns, deployment);
  const ports = [
    { appProtocol: 'http', name: 'http', port: 80, protocol: 'TCP', targetPort: 'http' },
    { appProtocol: 'https', name: 'https', port: 443, protocol: 'TCP', targetPort: 'https' },
  ];
  api.create(R.services, ns, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: INGRESS_SERVICE, namespace: ns, labels: labels('controller') },
    spec: { externalTrafficPolicy: 'Local', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', ports, selector: CONTROLLER_SELECTOR, type: 'LoadBalancer' },
  });
  api.create(R.services, ns, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: `${INGRESS_SERVICE}-admission`, namespace: ns, labels: labels('controller') },
    spec: { ports: [{ appProtocol: 'https', name: 'https-webhook', port: 443, targetPort: 'webhook' }], selector: CONTROLLER_SELECTOR, type: 'ClusterIP' },
  });
  api.create(R.ingressclasses, undefined, { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx', labels: labels('controller') }, spec: { controller: INGRESS_CONTROLLER } });
}

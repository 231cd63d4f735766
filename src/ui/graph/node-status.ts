// Node STATUS as `kubectl get nodes` prints it (Ready, NotReady, Unknown, ",SchedulingDisabled"):
// kubectl's printer is the one implementation.
export { nodeStatus } from '../../cli/kubectl/printers/nodes';

// Response negotiation for clients that would take only protobuf. kubeplay serve decodes protobuf
// request bodies but always answers JSON (client-go decodes by the response's Content-Type, and the
// real kubectl and helm send `Accept: application/vnd.kubernetes.protobuf, application/json`). A
// client whose Accept lists protobuf and nothing else gets 406, worded as the apiserver words it.
// mirrors staging/src/k8s.io/apiserver/pkg/endpoints/handlers/negotiation/errors.go (errNotAcceptable)
import { StatusError } from '../../sim/api/status';
import { statusBody } from '../http';

export const PROTOBUF = 'application/vnd.kubernetes.protobuf';
/** the response media types this server can write */
export const RESPONSE_TYPES = ['application/json'];

/** the media types of an Accept header, lower-cased, without parameters (`;stream=watch`, `;as=Table`…) */
function mediaTypes(accept: string): string[] {
  return accept.split(',').map((a) => a.split(';')[0].trim().toLowerCase()).filter((a) => a !== '');
}

/** true when the Accept header names protobuf and no type this server can write */
export function insistsOnProtobuf(accept: string | undefined): boolean {
  const types = mediaTypes(accept ?? '');
  return types.length > 0 && types.every((t) => t === PROTOBUF);
}

/** throws the apiserver's 406 Status when the client would accept only protobuf */
export function checkAccept(accept: string | undefined): void {
  if (!insistsOnProtobuf(accept)) return;
  const message = `only the following media types are accepted: ${RESPONSE_TYPES.join(', ')}`;
  throw new StatusError(statusBody(406, 'NotAcceptable', message) as StatusError['status']);
}
